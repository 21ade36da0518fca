import type { Job } from './schedule/job.js';

/** Every capability registers its scheduled jobs here, once; the scheduler runs them in order. */
export const allJobs: readonly Job[] = [];
