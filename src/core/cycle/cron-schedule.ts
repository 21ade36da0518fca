import { dateParts, dayOfWeek, daysInMonth, type IsoDate } from '../time/calendar-date.js';

/**
 * A five-field cron expression read as a calendar rule: the day fields choose the days, and
 * the minute and hour must name one time, which becomes the item's time of day. The cycle is
 * about days, so an expression that fires several times a day is refused rather than
 * flooding a channel.
 *
 * Our own reader rather than node-cron's `parse`: that one expands `*` into lists, which
 * hides whether day-of-month or day-of-week was restricted, and cron's rule that a day
 * matches *either* restricted day field depends on exactly that. It also accepts seconds,
 * `L` and `#`, which the cycle does not need.
 */
export interface CronSchedule {
  /** `HH:MM`, from the minute and hour fields. */
  time: string;
  months: ReadonlySet<number>;
  /** `undefined` when the field starts with `*`, which matters for the either-or rule. */
  daysOfMonth: ReadonlySet<number> | undefined;
  /** 0 = Sunday; `7` in the expression is Sunday too. */
  daysOfWeek: ReadonlySet<number> | undefined;
}

export type CronPart = 'minute' | 'hour' | 'dayOfMonth' | 'month' | 'dayOfWeek';

export type CronError =
  | { code: 'cron_field_count'; params: { count: number } }
  | { code: 'cron_invalid'; params: { part: CronPart; value: string } }
  | { code: 'cron_needs_one_time'; params: { part: CronPart; value: string } }
  | { code: 'cron_never'; params: Record<string, never> };

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const ranges: Record<CronPart, { min: number; max: number; names?: string[]; nameBase?: number }> =
  {
    minute: { min: 0, max: 59 },
    hour: { min: 0, max: 23 },
    dayOfMonth: { min: 1, max: 31 },
    month: { min: 1, max: 12, names: months, nameBase: 1 },
    dayOfWeek: { min: 0, max: 7, names: weekdays, nameBase: 0 },
  };

function readValue(text: string, part: CronPart): number | undefined {
  const range = ranges[part];
  const named = range.names?.indexOf(text.toLowerCase()) ?? -1;
  if (named >= 0) return named + (range.nameBase ?? 0);
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return value >= range.min && value <= range.max ? value : undefined;
}

/** One field: lists of `*`, `n`, `a-b`, each optionally stepped with `/s`. */
function readField(text: string, part: CronPart): Set<number> | undefined {
  const { min, max } = ranges[part];
  const values = new Set<number>();
  for (const piece of text.split(',')) {
    const match = /^([^/]+)(?:\/(\d+))?$/.exec(piece);
    if (!match) return undefined;
    const [, span = '', stepText] = match;
    const step = stepText === undefined ? 1 : Number(stepText);
    if (step < 1) return undefined;
    let from: number | undefined;
    let to: number | undefined;
    if (span === '*') {
      from = min;
      to = part === 'dayOfWeek' ? 6 : max;
    } else if (span.includes('-')) {
      const [a = '', b = ''] = span.split('-');
      from = readValue(a, part);
      to = readValue(b, part);
    } else {
      from = readValue(span, part);
      // `5/15` means from 5 to the end in steps of 15, as in Vixie cron.
      to = stepText === undefined ? from : part === 'dayOfWeek' ? 6 : max;
    }
    if (from === undefined || to === undefined || from > to) return undefined;
    for (let v = from; v <= to; v += step) values.add(part === 'dayOfWeek' && v === 7 ? 0 : v);
  }
  return values;
}

export function parseCron(expression: string): { schedule: CronSchedule } | { error: CronError } {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) {
    return { error: { code: 'cron_field_count', params: { count: fields.length } } };
  }
  const parts: CronPart[] = ['minute', 'hour', 'dayOfMonth', 'month', 'dayOfWeek'];
  const sets = new Map<CronPart, Set<number>>();
  for (const [i, part] of parts.entries()) {
    const value = fields[i] ?? '';
    const set = readField(value, part);
    if (!set) return { error: { code: 'cron_invalid', params: { part, value } } };
    sets.set(part, set);
  }
  const one = (part: CronPart) => {
    const set = sets.get(part) as Set<number>;
    return set.size === 1 ? [...set][0] : undefined;
  };
  const minute = one('minute');
  const hour = one('hour');
  for (const [part, value] of [
    ['minute', minute],
    ['hour', hour],
  ] as const) {
    if (value === undefined) {
      return {
        error: {
          code: 'cron_needs_one_time',
          params: { part, value: fields[parts.indexOf(part)] ?? '' },
        },
      };
    }
  }
  const starred = (i: number) => fields[i]?.startsWith('*') ?? false;
  const schedule: CronSchedule = {
    time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
    months: sets.get('month') as Set<number>,
    daysOfMonth: starred(2) ? undefined : sets.get('dayOfMonth'),
    daysOfWeek: starred(4) ? undefined : sets.get('dayOfWeek'),
  };
  if (!canEverMatch(schedule)) return { error: { code: 'cron_never', params: {} } };
  return { schedule };
}

/** `0 9 30 2 *` parses but never fires; say so instead of staying silent for ever. */
function canEverMatch(schedule: CronSchedule): boolean {
  if (!schedule.daysOfMonth || schedule.daysOfWeek) return true;
  // 2028 is a leap year, so 29 February counts as possible.
  return [...schedule.months].some((month) =>
    [...(schedule.daysOfMonth ?? [])].some((day) => day <= daysInMonth(2028, month)),
  );
}

/**
 * Whether the schedule fires on a day. As in cron, when both day fields are restricted a
 * day matches if either does (`0 9 1 * 1`: the 1st and every Monday).
 */
export function cronMatches(schedule: CronSchedule, date: IsoDate): boolean {
  const { month, day } = dateParts(date);
  if (!schedule.months.has(month)) return false;
  const { daysOfMonth, daysOfWeek } = schedule;
  const domOk = daysOfMonth?.has(day);
  const dowOk = daysOfWeek?.has(dayOfWeek(date));
  if (daysOfMonth && daysOfWeek) return Boolean(domOk || dowOk);
  if (daysOfMonth) return Boolean(domOk);
  if (daysOfWeek) return Boolean(dowOk);
  return true;
}
