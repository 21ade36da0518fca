import { offsetMs, zonedTimeToUtc } from '../time/zoned-time.js';
import type { IsoDate } from './calendar-date.js';

/**
 * The calendar day an instant falls on in a time zone: a forum starting
 * 2027-03-08T23:30Z starts on 9 March in Stockholm.
 */
export function localDateOf(instant: Date, timeZone: string): IsoDate {
  const ms = instant.getTime();
  return new Date(ms + offsetMs(ms, timeZone)).toISOString().slice(0, 10);
}

/**
 * The instant a local wall-clock time names on a day. On the night the clocks go forward a
 * time in the missing hour (02:30) comes out one hour later (03:30 summer time); on the night
 * they go back, a time in the repeated hour is the second, winter-time one.
 */
export function localInstant(date: IsoDate, time: string, timeZone: string): Date {
  return zonedTimeToUtc(`${date}T${time}`, timeZone);
}
