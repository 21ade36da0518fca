import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';

export const evaluationCommands: readonly Command[] = [];
export const evaluationJobs: readonly Job[] = [];
