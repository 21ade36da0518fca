import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';

export const invitationsCommands: readonly Command[] = [];
export const invitationsJobs: readonly Job[] = [];
