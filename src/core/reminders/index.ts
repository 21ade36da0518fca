import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';
import { coordinatorDigestJob } from './coordinator-digest-job.js';
import { practicalInfoJob } from './practical-info-job.js';
import { unansweredRemindersJob } from './unanswered-reminders-job.js';

export const remindersCommands: readonly Command[] = [];
/** Reminders the clock starts: to invitees, to the registered, to the coordinators. */
export const remindersJobs: readonly Job[] = [
  unansweredRemindersJob,
  practicalInfoJob,
  coordinatorDigestJob,
];
