/**
 * The annual cycle (årshjul), pure: the file format, Swedish working days, occurrences and
 * nudges. Storage, ticks, chat commands and doors build on this.
 */
export type { IsoDate } from '../time/calendar-date.js';
export { addDays, dayOfWeek, daysBetween, isIsoDate, isoDate } from '../time/calendar-date.js';
export { localDateOf, localInstant } from '../time/zoned-date.js';
export type { CronSchedule } from './cron-schedule.js';
export { cronMatches, parseCron } from './cron-schedule.js';
export type {
  Cycle,
  CycleFile,
  CycleItem,
  CycleItemInput,
  CycleOwner,
  CycleRule,
  LocalText,
  Move,
} from './cycle-file.js';
export { cycleFileSchema, cycleItemSchema, defaultTimeZone, moves } from './cycle-file.js';
export type { CycleProblem, CycleProblemCode } from './cycle-problem.js';
export { cycleProblemCodes, describeCycleProblem } from './cycle-problem.js';
export type { LoadedCycle } from './load-cycle.js';
export { loadCycle, loadCycleItems, parseCycleItem } from './load-cycle.js';
export type { Nudge } from './nudges.js';
export { nudgeKey, nudgesBetween, nudgesFor, nudgeTimeOf, parseNudgeKey } from './nudges.js';
export type { DueNudges, DueOptions, SkipReason } from './nudges-due.js';
export { defaultGraceMs, nudgesDue } from './nudges-due.js';
export type { ForumDate, Occurrence, OccurrenceOptions } from './occurrences.js';
export { occurrencesBetween } from './occurrences.js';
export { readCycleFile } from './read-cycle-file.js';
export type { Holiday, HolidayKind } from './swedish-holidays.js';
export {
  easterSunday,
  holidayOn,
  isWorkingDay,
  moveToWorkingDay,
  swedishHolidays,
} from './swedish-holidays.js';
