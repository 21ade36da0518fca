import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';

export const figuresCommands: readonly Command[] = [];
export const figuresJobs: readonly Job[] = [];
