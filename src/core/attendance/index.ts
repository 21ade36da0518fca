import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';
import { checkInCommand, submitCheckInCommand } from './check-in-command.js';
import { checkinCodeCommand } from './checkin-code-command.js';
import { markCommand, unmarkCommand } from './mark-commands.js';
import { recordAttendanceJob } from './record-attendance-job.js';
import { rosterCommand, searchRosterCommand } from './roster-command.js';

/** Check-in on the forum's two days, the coordinators' list, and who came. */
export const attendanceCommands: readonly Command[] = [
  checkInCommand,
  submitCheckInCommand,
  checkinCodeCommand,
  rosterCommand,
  searchRosterCommand,
  markCommand,
  unmarkCommand,
];
export const attendanceJobs: readonly Job[] = [recordAttendanceJob];
