import type { Locale } from '../chat.js';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', { timeZone, ...options });
    formats.set(key, f);
  }
  return f;
}

/** "tisdag 9 mars 2027" / "Tuesday 9 March 2027". */
export function formatDate(at: Date | string, locale: Locale, timeZone: string): string {
  return format(locale, timeZone, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
    .format(new Date(at))
    .replace(',', '');
}

/** "12.00" in Swedish (the Swedish way has a dot), "12:00" in English. */
export function formatTime(at: Date | string, locale: Locale, timeZone: string): string {
  const hm = format(locale, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date(at))
    .replace(/\D/g, '');
  return `${hm.slice(0, 2)}${locale === 'sv' ? '.' : ':'}${hm.slice(2)}`;
}

/** "tisdag 9 mars 2027 kl. 12.00" / "Tuesday 9 March 2027 at 12:00". */
export function formatDateTime(at: Date | string, locale: Locale, timeZone: string): string {
  const glue = locale === 'sv' ? 'kl.' : 'at';
  return `${formatDate(at, locale, timeZone)} ${glue} ${formatTime(at, locale, timeZone)}`;
}

/** A forum's span: "tisdag 9 mars 2027 kl. 12.00 – onsdag 10 mars 2027 kl. 13.00". */
export function formatSpan(
  from: Date | string,
  to: Date | string,
  locale: Locale,
  timeZone: string,
): string {
  return `${formatDateTime(from, locale, timeZone)} – ${formatDateTime(to, locale, timeZone)}`;
}
