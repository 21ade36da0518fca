import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';

/** The annual cycle in chat: its commands and the nudge job. */
export const cycleCommands: readonly Command[] = [];
export const cycleJobs: readonly Job[] = [];
