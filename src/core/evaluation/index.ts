import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';
import { commentCommand, rateCommand } from './rate-commands.js';
import { sendEvaluationsJob } from './send-evaluations-job.js';
import { exportEvaluationCommand, summaryCommand } from './summary-command.js';

/** After the forum: a short evaluation to those who came, and its anonymous summary. */
export const evaluationCommands: readonly Command[] = [
  rateCommand,
  commentCommand,
  summaryCommand,
  exportEvaluationCommand,
];
export const evaluationJobs: readonly Job[] = [sendEvaluationsJob];
