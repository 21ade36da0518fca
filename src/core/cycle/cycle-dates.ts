import type { Locale } from '../chat.js';
import type { IsoDate } from '../time/calendar-date.js';

const formats = new Map<string, Intl.DateTimeFormat>();

/** A calendar day has no zone: it is formatted at its UTC noon, in UTC. */
function format(date: IsoDate, locale: Locale, options: Intl.DateTimeFormatOptions): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
      timeZone: 'UTC',
      ...options,
    });
    formats.set(key, f);
  }
  return f.format(new Date(`${date}T12:00:00Z`));
}

/** "fredag 29 januari 2027" / "Friday 29 January 2027". */
export function formatDay(date: IsoDate, locale: Locale): string {
  return format(date, locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).replace(',', '');
}

/** "fre 29 jan" / "Fri 29 Jan": for lists, where the month is already in the heading. */
export function formatShortDay(date: IsoDate, locale: Locale): string {
  return format(date, locale, { weekday: 'short', day: 'numeric', month: 'short' })
    .replace(/\.$/, '')
    .replace(',', '');
}

/** "Januari 2027" / "January 2027". */
export function formatMonth(date: IsoDate, locale: Locale): string {
  const text = format(date, locale, { month: 'long', year: 'numeric' });
  return text.charAt(0).toUpperCase() + text.slice(1);
}
