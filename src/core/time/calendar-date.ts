/**
 * A calendar day written `YYYY-MM-DD`, with no time and no zone: the annual cycle is about
 * days ("the report is due 31 January"), and the time of day is added only when a nudge is
 * posted. Arithmetic runs on UTC midnights, where every day is 24 hours long.
 */
export type IsoDate = string;

const dayMs = 86_400_000;
const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real date in `YYYY-MM-DD` form; `2027-02-30` is not one. */
export function isIsoDate(value: string): boolean {
  const match = isoPattern.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** `isoDate(2027, 1, 31)` → `2027-01-31`; month and day are 1-based. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Year, month (1–12) and day of a date. */
export function dateParts(date: IsoDate): { year: number; month: number; day: number } {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
  };
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(date) + days * dayMs).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / dayMs);
}

/** 0 = Sunday … 6 = Saturday, as in cron and `Date.getDay`. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(Date.parse(date)).getUTCDay();
}
