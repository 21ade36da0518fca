import type { Command } from '../command.js';
import { backupCommand } from './backup-command.js';

/** Backups: an admin copies the database while the bot runs. */
export const backupCommands: readonly Command[] = [backupCommand];
