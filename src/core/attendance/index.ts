import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';

export const attendanceCommands: readonly Command[] = [];
export const attendanceJobs: readonly Job[] = [];
