import { offsetMs } from '../time/zoned-time.js';
import { escapeText } from './escape-text.js';
import { foldLine } from './fold-line.js';
import { type TimeZoneDefinition, timeZoneDefinition } from './time-zone-definition.js';

/** A day without a time, YYYY-MM-DD: an all-day event. An all-day end is exclusive. */
export interface CalendarDay {
  date: string;
}

export interface CalendarEvent {
  /** The same for every version of the entry: calendars find the entry to update by it. */
  uid: string;
  /** 0 the first time; one higher for every change (a calendar ignores a lower one). */
  sequence?: number;
  /** When this version was made (DTSTAMP). */
  stamp: Date;
  start: Date | CalendarDay;
  end: Date | CalendarDay;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status?: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
  organizer?: { name: string; email: string };
}

/**
 * Which METHOD to use. RFC 5546 (iTIP) gives it its meaning, and calendars act on it:
 *
 * - PUBLISH (§3.2.1) is "here is an event, add it if you like", with no one to answer to.
 *   Outlook opens the file as an appointment to save; Google Calendar and Apple Calendar
 *   import it. The same UID again with a higher SEQUENCE is how the entry is updated: Apple
 *   Calendar follows that, but Google Calendar's import has been seen to keep the old version
 *   or add a second entry, so a message about a change should also say what changed.
 * - REQUEST and CANCEL (§3.2.2, §3.2.5) are scheduling messages from an ORGANIZER to ATTENDEEs.
 *   Outlook shows a REQUEST as a meeting to accept or decline and, without an ORGANIZER, as a
 *   "not supported calendar message" or a plain attachment; it applies a CANCEL only when it
 *   comes by e-mail as text/calendar with method=CANCEL from the organizer. Google Calendar
 *   removes an event on CANCEL only if the event itself came as an e-mailed REQUEST, never
 *   one imported from a file. So this writer refuses REQUEST and CANCEL without an organizer.
 *
 * For a file people download from a chat:
 * - "here is your calendar entry": PUBLISH, STATUS:CONFIRMED, SEQUENCE 0; after a change the
 *   same UID with SEQUENCE one higher.
 * - "your registration was cancelled": PUBLISH again, same UID, SEQUENCE one higher,
 *   STATUS:CANCELLED. Apple Calendar then shows the entry struck through, but Outlook and
 *   Google may keep it as it was: no downloaded file reliably removes an entry, so the
 *   message must also ask the person to delete it.
 * REQUEST and CANCEL are for a mailer that sends invitations from the organizer's address
 * (it would also need ATTENDEE lines, which this writer does not write yet).
 */
export type CalendarMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

export interface CalendarInput {
  method?: CalendarMethod;
  /** Shown as the calendar's name by the apps that import a whole file as a calendar. */
  name?: string;
  /** The IANA zone times are written in, e.g. the configured Europe/Stockholm. */
  timeZone: string;
  events: CalendarEvent[];
}

const PRODID = '-//Region Örebro län//forumbot//SV';
const HOUR = 3_600_000;

/**
 * Writes an iCalendar file (RFC 5545): CRLF line ends, lines folded at 75 octets, text escaped.
 * Timed events are written in local time with a TZID and the zone's VTIMEZONE, so calendars
 * show them in the forum's own zone (RFC 5545 wants a VTIMEZONE for each TZID used).
 * Zones the writer has no VTIMEZONE for, or whose rules it cannot vouch for at these dates,
 * are written in UTC. Throws RangeError for a file no calendar would read right (no events,
 * an end before the start, REQUEST or CANCEL without an organizer, and the like).
 */
export function writeCalendar(calendar: CalendarInput): string {
  if (calendar.events.length === 0) throw new RangeError('a calendar file needs an event');
  const method = calendar.method ?? 'PUBLISH';
  const zone = zoneFor(calendar);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    `METHOD:${method}`,
  ];
  if (calendar.name !== undefined) {
    // NAME is the standard (RFC 7986); X-WR-CALNAME is what Apple, Google and Outlook read.
    lines.push(`NAME:${escapeText(calendar.name)}`, `X-WR-CALNAME:${escapeText(calendar.name)}`);
  }
  const timed = calendar.events.some((e) => e.start instanceof Date);
  if (zone && timed) lines.push(...zone.lines);
  for (const event of calendar.events) lines.push(...eventLines(event, method, zone));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** The zone's definition, if it agrees with the tz database at every instant written. */
function zoneFor(calendar: CalendarInput): TimeZoneDefinition | undefined {
  const zone = timeZoneDefinition(calendar.timeZone);
  if (!zone) return undefined;
  const instants = calendar.events
    .flatMap((e) => [e.start, e.end])
    .filter((t): t is Date => t instanceof Date)
    .map((t) => t.getTime())
    .filter(Number.isFinite);
  const agrees = instants.every((t) => zone.offsetAt(t) === offsetMs(t, calendar.timeZone));
  return agrees ? zone : undefined;
}

function eventLines(
  event: CalendarEvent,
  method: CalendarMethod,
  zone: TimeZoneDefinition | undefined,
): string[] {
  const what = `event ${JSON.stringify(event.uid)}`;
  if (event.uid.trim() === '') throw new RangeError('an event needs a uid');
  const sequence = event.sequence ?? 0;
  if (!Number.isSafeInteger(sequence) || sequence < 0) {
    throw new RangeError(`${what}: sequence must be a whole number from 0, not ${sequence}`);
  }
  if (method !== 'PUBLISH' && !event.organizer) {
    throw new RangeError(`${what}: METHOD:${method} needs an organizer; use PUBLISH for a file`);
  }
  const status = event.status ?? (method === 'CANCEL' ? 'CANCELLED' : undefined);
  if (method === 'CANCEL' && status !== 'CANCELLED') {
    throw new RangeError(`${what}: METHOD:CANCEL means STATUS:CANCELLED, not ${status}`);
  }
  checkSpan(event, what);

  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${sequence}`,
    `DTSTAMP:${utc(event.stamp, `${what}: stamp`)}`,
    timeProperty('DTSTART', event.start, zone),
    timeProperty('DTEND', event.end, zone),
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.description !== undefined) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.location !== undefined) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url !== undefined) lines.push(`URL:${uri(event.url, what)}`);
  if (status) lines.push(`STATUS:${status}`);
  if (event.organizer) {
    const { name, email } = event.organizer;
    if (!/^[^\s@<>"]+@[^\s@<>"]+$/.test(email)) {
      throw new RangeError(`${what}: organizer e-mail is not an address: ${email}`);
    }
    lines.push(`ORGANIZER;CN=${paramValue(name)}:mailto:${email}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

/** Start and end of the same kind (RFC 5545 requires it) and the end after the start. */
function checkSpan(event: CalendarEvent, what: string): void {
  const { start, end } = event;
  if (start instanceof Date !== end instanceof Date) {
    throw new RangeError(`${what}: start and end must both be dates or both be times`);
  }
  const from = start instanceof Date ? start.getTime() : dayNumber(start.date, what);
  const to = end instanceof Date ? end.getTime() : dayNumber(end.date, what);
  if (!Number.isFinite(from) || !Number.isFinite(to)) throw new RangeError(`${what}: invalid time`);
  if (to <= from) {
    throw new RangeError(
      `${what}: the end must come after the start (an all-day end is the next day)`,
    );
  }
}

/**
 * DTSTART/DTEND: a day as VALUE=DATE; a time as local time with TZID, or in UTC when there is
 * no zone. In the hour the clocks go back (02:00–03:00 comes twice in Stockholm) a local time
 * names two instants. RFC 5545 §3.3.5 says readers take the first, but not all do (ical.js
 * takes the second), so both are written in UTC, which every reader reads the same way.
 */
function timeProperty(
  name: string,
  value: Date | CalendarDay,
  zone: TimeZoneDefinition | undefined,
): string {
  if (!(value instanceof Date)) return `${name};VALUE=DATE:${value.date.replaceAll('-', '')}`;
  if (!zone) return `${name}:${utc(value, name)}`;
  const t = value.getTime();
  const wall = t + zone.offsetAt(t);
  for (const other of [zone.offsetAt(t - 3 * HOUR), zone.offsetAt(t + 3 * HOUR)]) {
    const twin = wall - other; // the instant that shows the same wall-clock time elsewhere
    if (twin !== t && zone.offsetAt(twin) === other) return `${name}:${utc(value, name)}`;
  }
  return `${name};TZID=${zone.tzid}:${stamp(new Date(wall)).slice(0, 15)}`;
}

/** 20270309T110000Z. */
function utc(date: Date, what: string): string {
  if (!Number.isFinite(date.getTime())) throw new RangeError(`${what}: invalid date`);
  return stamp(date);
}

function stamp(date: Date): string {
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError(`year ${year} cannot be written`);
  const p = (n: number) => String(n).padStart(2, '0');
  return (
    `${String(year).padStart(4, '0')}${p(date.getUTCMonth() + 1)}${p(date.getUTCDate())}` +
    `T${p(date.getUTCHours())}${p(date.getUTCMinutes())}${p(date.getUTCSeconds())}Z`
  );
}

/** Days since 1970 for a real YYYY-MM-DD, NaN otherwise (2027-02-30 is not a day). */
function dayNumber(date: string, what: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const [y, m, d] = (match ?? []).slice(1).map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  if (
    !match ||
    day.getUTCFullYear() !== y ||
    day.getUTCMonth() !== m - 1 ||
    day.getUTCDate() !== d
  ) {
    throw new RangeError(`${what}: not a day (YYYY-MM-DD): ${date}`);
  }
  return day.getTime() / (24 * HOUR);
}

/** A URL as a URI value: parsed, so spaces and line breaks come out percent-encoded. */
function uri(url: string, what: string): string {
  try {
    return new URL(url).href;
  } catch {
    throw new RangeError(`${what}: not a URL: ${url}`);
  }
}

/**
 * A parameter value such as CN: always quoted, as a name may hold `,`, `;` or `:`. A quote
 * cannot appear inside one, so it and line breaks use RFC 6868's ^' and ^n (and ^ is ^^).
 */
function paramValue(value: string): string {
  const encoded = value
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'")
    .replace(/\r\n|\r|\n/g, '^n')
    .replace(/[^\P{Cc}\t]/gu, ''); // no other control character is allowed (tab is)
  return `"${encoded}"`;
}
