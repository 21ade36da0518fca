import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';

export const remindersCommands: readonly Command[] = [];
export const remindersJobs: readonly Job[] = [];
