import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';

export const rolesCommands: readonly Command[] = [];
export const rolesJobs: readonly Job[] = [];
