import {
  addDays,
  dateParts,
  daysBetween,
  daysInMonth,
  type IsoDate,
  isoDate,
} from '../time/calendar-date.js';
import { cronMatches } from './cron-schedule.js';
import type { CycleItem } from './cycle-file.js';
import { isWorkingDay, moveToWorkingDay } from './swedish-holidays.js';

/** A forum's first day, for items relative to a forum; the caller reads them from the store. */
export interface ForumDate {
  slug: string;
  startsOn: IsoDate;
}

export interface Occurrence {
  itemId: string;
  /** The day it happens, after the working-day move. Nudges and their keys use this day. */
  date: IsoDate;
  /** The day the rule gives, before any move. */
  originalDate: IsoDate;
}

export interface OccurrenceOptions {
  /**
   * Forums for items relative to a forum. An item `{ forum: "framtidsforum" }` follows every
   * forum whose slug is `framtidsforum` or starts with `framtidsforum-`.
   */
  forums?: readonly ForumDate[];
  /** Also give paused items' dates, e.g. for showing the whole cycle to a coordinator. */
  includePaused?: boolean;
}

/** Sweden has at most five days off in a row; a move never reaches further than this. */
const moveReach = 7;

/**
 * Every occurrence whose (moved) date is in `from`…`to`, both included, sorted by date and
 * then item. Items relative to another item follow that item's moved dates: "three weeks
 * before the board meeting" means before the day the meeting is actually held. Forum dates
 * are used as given. When a move puts two occurrences of an item on one day, one is kept.
 */
export function occurrencesBetween(
  items: readonly CycleItem[],
  from: IsoDate,
  to: IsoDate,
  options: OccurrenceOptions = {},
): Occurrence[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const all = items.flatMap((item) => datesOf(item, from, to, byId, options, 0));
  return all.sort(
    (a, b) =>
      compare(a.date, b.date) ||
      compare(a.itemId, b.itemId) ||
      compare(a.originalDate, b.originalDate),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function datesOf(
  item: CycleItem,
  from: IsoDate,
  to: IsoDate,
  byId: ReadonlyMap<string, CycleItem>,
  options: OccurrenceOptions,
  depth: number,
): Occurrence[] {
  if (item.paused && !options.includePaused) return [];
  // loadCycle refuses circles; this guards callers that build items by hand.
  if (depth > byId.size) return [];
  const originals = originalDates(
    item,
    addDays(from, -moveReach),
    addDays(to, moveReach),
    byId,
    options,
    depth,
  );
  const seen = new Set<IsoDate>();
  const result: Occurrence[] = [];
  for (const originalDate of originals.sort()) {
    const date = move(originalDate, item.move);
    if (date === undefined || date < from || date > to || seen.has(date)) continue;
    if (item.skipMonths.includes(dateParts(date).month)) continue;
    seen.add(date);
    result.push({ itemId: item.id, date, originalDate });
  }
  return result;
}

function move(date: IsoDate, how: CycleItem['move']): IsoDate | undefined {
  if (how === 'none') return date;
  if (how === 'skip') return isWorkingDay(date) ? date : undefined;
  return moveToWorkingDay(date, how);
}

/** The rule's own days in `from`…`to`, before any move. */
function originalDates(
  item: CycleItem,
  from: IsoDate,
  to: IsoDate,
  byId: ReadonlyMap<string, CycleItem>,
  options: OccurrenceOptions,
  depth: number,
): IsoDate[] {
  const rule = item.rule;
  const years = yearsOf(from, to);
  const inRange = (date: IsoDate) => date >= from && date <= to;
  switch (rule.kind) {
    case 'yearly':
      return years.flatMap((year) => rule.dates.map((md) => `${year}-${md}`)).filter(inRange);
    case 'quarterly':
      return years
        .flatMap((year) =>
          [0, 3, 6, 9].map((q) => {
            const month = q + rule.monthOfQuarter;
            const day = rule.day === 'last' ? daysInMonth(year, month) : rule.day;
            return isoDate(year, month, day);
          }),
        )
        .filter(inRange);
    case 'everyWeeks': {
      const step = rule.weeks * 7;
      const first = Math.max(0, Math.ceil(daysBetween(rule.from, from) / step));
      const dates: IsoDate[] = [];
      for (let k = first; ; k++) {
        const date = addDays(rule.from, k * step);
        if (date > to) break;
        dates.push(date);
      }
      return dates;
    }
    case 'cron': {
      const dates: IsoDate[] = [];
      for (let date = from; date <= to; date = addDays(date, 1)) {
        if (cronMatches(rule.schedule, date)) dates.push(date);
      }
      return dates;
    }
    case 'once':
      return inRange(rule.date) ? [rule.date] : [];
    case 'relative': {
      const shift = rule.offsetDays;
      const bases =
        rule.base.kind === 'forum'
          ? forumDates(rule.base.slug, options.forums ?? [])
          : baseItemDates(
              rule.base.id,
              addDays(from, -shift),
              addDays(to, -shift),
              byId,
              options,
              depth,
            );
      return bases.map((date) => addDays(date, shift)).filter(inRange);
    }
  }
}

function baseItemDates(
  id: string,
  from: IsoDate,
  to: IsoDate,
  byId: ReadonlyMap<string, CycleItem>,
  options: OccurrenceOptions,
  depth: number,
): IsoDate[] {
  const base = byId.get(id);
  if (!base) return [];
  return datesOf(base, from, to, byId, options, depth + 1).map((o) => o.date);
}

function forumDates(prefix: string, forums: readonly ForumDate[]): IsoDate[] {
  return forums
    .filter((f) => f.slug === prefix || f.slug.startsWith(`${prefix}-`))
    .map((f) => f.startsOn);
}

function yearsOf(from: IsoDate, to: IsoDate): number[] {
  const years: number[] = [];
  for (let y = dateParts(from).year; y <= dateParts(to).year; y++) years.push(y);
  return years;
}
