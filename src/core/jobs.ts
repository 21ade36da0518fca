import { attendanceJobs } from './attendance/index.js';
import { cycleJobs } from './cycle/capability.js';
import { editionsJobs } from './editions/index.js';
import { evaluationJobs } from './evaluation/index.js';
import { figuresJobs } from './figures/index.js';
import { guestsJobs } from './guests/index.js';
import { invitationsJobs } from './invitations/index.js';
import { privacyJobs } from './privacy/index.js';
import { remindersJobs } from './reminders/index.js';
import { rolesJobs } from './roles/index.js';
import { roundsJobs } from './rounds/index.js';
import type { Job } from './schedule/job.js';
import { waitlistJobs } from './waitlist/index.js';

/** Every capability registers its scheduled jobs here, once; the scheduler runs them in order. */
export const allJobs: readonly Job[] = [
  ...rolesJobs,
  ...editionsJobs,
  ...guestsJobs,
  ...invitationsJobs,
  ...waitlistJobs,
  ...remindersJobs,
  ...attendanceJobs,
  ...figuresJobs,
  ...evaluationJobs,
  ...cycleJobs,
  ...roundsJobs,
  ...privacyJobs,
];
