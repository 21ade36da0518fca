import { addDays, type IsoDate } from '../time/calendar-date.js';
import { localDateOf, localInstant } from '../time/zoned-date.js';
import type { Cycle, CycleItem } from './cycle-file.js';
import { type Occurrence, type OccurrenceOptions, occurrencesBetween } from './occurrences.js';
import { isWorkingDay, moveToWorkingDay } from './swedish-holidays.js';

/** One message to post: an item's occurrence, `leadDays` before it. */
export interface Nudge {
  /**
   * `itemId:occurrenceDate:leadDays`, e.g. `tillvaxtverket:2027-01-29:7`. The store keeps it
   * unique so a nudge is posted (or recorded as skipped) exactly once.
   */
  key: string;
  itemId: string;
  /** The day the item happens (after its working-day move). */
  occurrenceDate: IsoDate;
  originalDate: IsoDate;
  leadDays: number;
  /** The local day the nudge is posted: `leadDays` before, moved to a working day. */
  on: IsoDate;
  /** When it is posted: the item's (or the file's) time on `on`, in the cycle's time zone. */
  at: Date;
}

/** Item ids are slugs and dates have a fixed form, so the key splits back unambiguously. */
export function nudgeKey(itemId: string, occurrenceDate: IsoDate, leadDays: number): string {
  return `${itemId}:${occurrenceDate}:${leadDays}`;
}

export function parseNudgeKey(
  key: string,
): { itemId: string; occurrenceDate: IsoDate; leadDays: number } | undefined {
  const match = /^([a-z0-9-]+):(\d{4}-\d{2}-\d{2}):(\d+)$/.exec(key);
  if (!match) return undefined;
  return {
    itemId: match[1] as string,
    occurrenceDate: match[2] as IsoDate,
    leadDays: Number(match[3]),
  };
}

/** The local time of day an item's nudges are posted. */
export function nudgeTimeOf(item: CycleItem, cycle: Pick<Cycle, 'nudgeTime'>): string {
  return item.time ?? (item.rule.kind === 'cron' ? item.rule.schedule.time : cycle.nudgeTime);
}

/**
 * The nudges for some occurrences, sorted by time. Lead times count calendar days. With
 * `nudgeDays: 'working'` a nudge day off moves to the working day before (a lead time is
 * notice at least that long); if that puts two lead times of one occurrence on the same day,
 * only the shorter one is kept, so nobody gets two nudges about one thing at once.
 */
export function nudgesFor(cycle: Cycle, occurrences: readonly Occurrence[]): Nudge[] {
  const items = new Map(cycle.items.map((item) => [item.id, item]));
  const nudges: Nudge[] = [];
  for (const occurrence of occurrences) {
    const item = items.get(occurrence.itemId);
    if (!item) continue;
    const time = nudgeTimeOf(item, cycle);
    const days = new Set<IsoDate>();
    // Shortest lead first, so it wins a shared day.
    for (const leadDays of [...item.leadDays].sort((a, b) => a - b)) {
      let on = addDays(occurrence.date, -leadDays);
      if (cycle.nudgeDays === 'working' && !isWorkingDay(on)) on = moveToWorkingDay(on, 'before');
      if (days.has(on)) continue;
      days.add(on);
      nudges.push({
        key: nudgeKey(item.id, occurrence.date, leadDays),
        itemId: item.id,
        occurrenceDate: occurrence.date,
        originalDate: occurrence.originalDate,
        leadDays,
        on,
        at: localInstant(on, time, cycle.timeZone),
      });
    }
  }
  return nudges.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.key < b.key ? -1 : 1));
}

/**
 * Every nudge posted after `after` and up to `until` (both instants): what a tick between
 * the two should post, or what a coordinator's "what is coming" list shows.
 */
export function nudgesBetween(
  cycle: Cycle,
  after: Date,
  until: Date,
  options: OccurrenceOptions = {},
): Nudge[] {
  const longestLead = Math.max(0, ...cycle.items.map((item) => Math.max(0, ...item.leadDays)));
  const first = localDateOf(after, cycle.timeZone);
  // A nudge is never after its occurrence, but may be moved up to a week earlier.
  const last = addDays(localDateOf(until, cycle.timeZone), longestLead + 7);
  const occurrences = occurrencesBetween(cycle.items, first, last, options);
  return nudgesFor(cycle, occurrences).filter(
    (n) => n.at.getTime() > after.getTime() && n.at.getTime() <= until.getTime(),
  );
}
