import type { Command } from '../command.js';
import { auditExportCommand, auditLogCommand } from './audit-commands.js';

/** The audit log: admins read who handled other people's personal data, and export it. */
export const auditCommands: readonly Command[] = [auditLogCommand, auditExportCommand];
