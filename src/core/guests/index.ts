import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';
import { fileReceivedCommand } from './file-received-command.js';
import { guestListCommand } from './guest-list-command.js';
import { matchGuestsCommand } from './match-guests-command.js';

/** Guest lists: importing them from a file, reading them, finding invitees in chat. */
export const guestsCommands: readonly Command[] = [
  fileReceivedCommand,
  guestListCommand,
  matchGuestsCommand,
];
export const guestsJobs: readonly Job[] = [];
