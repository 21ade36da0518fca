import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';
import { clearDetailsJob } from './clear-details-job.js';
import {
  confirmEraseMeCommand,
  confirmEraseOtherCommand,
  eraseMeCommand,
  eraseOtherCommand,
  keepDataCommand,
} from './erase-commands.js';
import { myDataCommand } from './my-data-command.js';

/** The data subject's rights: a copy of one's data, erasure, and details that expire. */
export const privacyCommands: readonly Command[] = [
  myDataCommand,
  eraseMeCommand,
  confirmEraseMeCommand,
  keepDataCommand,
  eraseOtherCommand,
  confirmEraseOtherCommand,
];
export const privacyJobs: readonly Job[] = [clearDetailsJob];
