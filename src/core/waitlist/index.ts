import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';

export const waitlistCommands: readonly Command[] = [];
export const waitlistJobs: readonly Job[] = [];
