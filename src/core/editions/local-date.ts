/**
 * Calendar dates and clock times as coordinators type them. Forgiving about the form
 * ("2027-3-9", "9.30", "kl. 12.00") and strict about the substance: 2027-02-30 is no date.
 */

export type DateReading = { date: string } | { problem: 'format' | 'noSuchDate' };

/** "2027-03-09" (or "2027-3-9") → "2027-03-09"; a date that is not in the calendar is refused. */
export function readDate(text: string): DateReading {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (!match) return { problem: 'format' };
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    return { problem: 'noSuchDate' };
  }
  return { date: check.toISOString().slice(0, 10) };
}

/** "12.00", "12:00", "9.30", "kl. 9.30", "0930" → "12:00", "09:30"; undefined when not a time. */
export function readTime(text: string): string | undefined {
  const match = /^(?:kl\.?\s*)?(\d{1,2})[.:]?(\d{2})$/i.exec(text.trim());
  if (!match) return undefined;
  const [h, m] = match.slice(1).map(Number) as [number, number];
  if (h > 23 || m > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The calendar date `days` after `date` (both `YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
