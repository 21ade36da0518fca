import type { ForumDay } from '../../store/attendance-repository.js';
import type { Locale } from '../chat.js';
import { UserError } from '../errors.js';
import type { Forum } from '../forum/forum.js';
import { formatDate } from '../time/format-date.js';
import { zonedTimeToUtc } from '../time/zoned-time.js';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date (`YYYY-MM-DD`) an instant falls on in a time zone. */
export function localDate(at: Date | string, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  return format.format(new Date(at));
}

const nextDate = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The forum's two check-in days as dates in its time zone, and an instant at noon of each to
 * format them with. Day 1 is the date the forum starts (lunch), day 2 the date after, even for
 * a forum that ends on day 1: people check in on the days they come.
 */
export function forumDays(forum: Forum, timeZone: string) {
  const day1 = localDate(forum.startsAt, timeZone);
  const day2 = nextDate(day1);
  return {
    day1,
    day2,
    day1At: zonedTimeToUtc(`${day1}T12:00`, timeZone),
    day2At: zonedTimeToUtc(`${day2}T12:00`, timeZone),
  };
}

/** Which day of the forum it is now, or null when it is neither day 1 nor day 2. */
export function checkinDay(forum: Forum, now: Date, timeZone: string): ForumDay | null {
  const today = localDate(now, timeZone);
  const { day1, day2 } = forumDays(forum, timeZone);
  if (today === day1) return 1;
  if (today === day2) return 2;
  return null;
}

/** The refusal on a day that is neither day 1 nor day 2: it names the two days. */
export function checkinClosed(forum: Forum, locale: Locale, timeZone: string): UserError {
  const { day1At, day2At } = forumDays(forum, timeZone);
  return new UserError('attendance.error.notCheckinDay', {
    forum: forum.title,
    day1: formatDate(day1At, locale, timeZone),
    day2: formatDate(day2At, locale, timeZone),
  });
}

/** Whether the forum is over: the day after check-ins are closed and outcomes are final. */
export const forumEnded = (forum: Forum, now: Date): boolean => now >= new Date(forum.endsAt);
