import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';
import { connectCommand, disconnectCommand } from './connect-commands.js';
import { cycleCommand } from './cycle-command.js';
import { confirmRotateFeedCommand, feedCommand, rotateFeedCommand } from './feed-commands.js';
import { importConfirmCommand, importPreviewCommand } from './import-commands.js';
import {
  confirmRemoveItemCommand,
  listItemsCommand,
  pauseItemCommand,
  removeItemCommand,
  resumeItemCommand,
} from './item-commands.js';
import { editItemCommand, newItemCommand, saveItemCommand } from './item-form-commands.js';
import { nudgeJob } from './nudge-job.js';
import { doneCommand, reopenCommand, snoozeCommand } from './occurrence-commands.js';
import { reassignCommand, saveReassignCommand } from './reassign-commands.js';

/** The annual cycle in chat: its commands and the nudge job. */
export const cycleCommands: readonly Command[] = [
  cycleCommand,
  doneCommand,
  reopenCommand,
  snoozeCommand,
  reassignCommand,
  saveReassignCommand,
  listItemsCommand,
  newItemCommand,
  editItemCommand,
  saveItemCommand,
  pauseItemCommand,
  resumeItemCommand,
  removeItemCommand,
  confirmRemoveItemCommand,
  connectCommand,
  disconnectCommand,
  feedCommand,
  rotateFeedCommand,
  confirmRotateFeedCommand,
  importPreviewCommand,
  importConfirmCommand,
];
export const cycleJobs: readonly Job[] = [nudgeJob];
