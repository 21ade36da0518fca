import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';

export const guestsCommands: readonly Command[] = [];
export const guestsJobs: readonly Job[] = [];
