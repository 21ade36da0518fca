import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';
import { acceptSeatCommand, declineSeatCommand } from './answer-offer-commands.js';
import { submitChangeRequestCommand } from './change-request.js';
import { lapseOffersJob } from './lapse-offers-job.js';

/** The waitlist and the rules after the deadline. */
export const waitlistCommands: readonly Command[] = [
  acceptSeatCommand,
  declineSeatCommand,
  submitChangeRequestCommand,
];
export const waitlistJobs: readonly Job[] = [lapseOffersJob];
