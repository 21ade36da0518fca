import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';

export const editionsCommands: readonly Command[] = [];
export const editionsJobs: readonly Job[] = [];
