import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';
import { cateringCommand } from './catering-command.js';
import { exportCommand } from './export-command.js';
import { participationCommand } from './participation-command.js';
import { tallyCommand } from './tally-command.js';

export { figuresButtons } from './figures-buttons.js';

/** The coordinators' numbers: the live tally, catering, exports and participation. */
export const figuresCommands: readonly Command[] = [
  tallyCommand,
  cateringCommand,
  exportCommand,
  participationCommand,
];
export const figuresJobs: readonly Job[] = [];
