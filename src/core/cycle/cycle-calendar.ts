import type { Store } from '../../store/store.js';
import { type CalendarEvent, writeCalendar } from '../calendar/write-ics.js';
import type { Locale } from '../chat.js';
import { translator } from '../i18n/translate.js';
import { addDays } from '../time/calendar-date.js';
import { localDateOf } from '../time/zoned-date.js';
import { occurrencesBetween } from './occurrences.js';
import { ownerText } from './owner-text.js';
import { forumDates, storedCycle } from './stored-cycle.js';

/** The feed's span: the last three months and the coming twelve. */
export const feedPastDays = 92;
export const feedAheadDays = 366;

/** RFC 5545 wants at least one component; some readers choke on an empty calendar anyway. */
const emptyCalendar = (name: string) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Region Örebro län//forumbot//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${name}`,
    'END:VCALENDAR',
    '',
  ].join('\r\n');

/**
 * The annual cycle as an iCalendar feed for Outlook and other calendars: every occurrence in
 * the span as an all-day event, whose UID stays the same for the item and day, so a refresh
 * updates entries rather than adding new ones. What is done is marked ✓.
 */
export function cycleCalendar(store: Store, now: Date, locale: Locale = 'sv'): string {
  const t = translator(locale);
  const { cycle, byId } = storedCycle(store);
  const today = localDateOf(now, cycle.timeZone);
  const from = addDays(today, -feedPastDays);
  const to = addDays(today, feedAheadDays);
  const done = new Set(
    store.cycleNudges
      .occurrencesBetween(from, to)
      .filter((s) => s.state === 'done')
      .map((s) => `${s.itemId}:${s.occurrenceDate}`),
  );
  const channels = store.cycle.channels();
  const name = t('cycle.feed.name');
  const events: CalendarEvent[] = occurrencesBetween(cycle.items, from, to, {
    forums: forumDates(store, cycle.timeZone),
  }).map((o) => {
    const item = byId.get(o.itemId);
    if (!item) throw new Error(`occurrence of an unknown item ${o.itemId}`);
    const isDone = done.has(`${o.itemId}:${o.date}`);
    const owner = ownerText(t, store, item.owner, channels);
    const description = [item.description?.[locale], t('cycle.feed.owner', { owner })]
      .filter(Boolean)
      .join('\n\n');
    return {
      uid: `${o.itemId}-${o.date}@arshjul.forumbot`,
      stamp: now,
      start: { date: o.date },
      end: { date: addDays(o.date, 1) },
      summary: `${isDone ? '✓ ' : ''}${item.title[locale]}`,
      description,
      status: 'CONFIRMED',
    };
  });
  if (events.length === 0) return emptyCalendar(name);
  const text = writeCalendar({ name, timeZone: cycle.timeZone, events });
  // Outlook reads X-PUBLISHED-TTL (and others REFRESH-INTERVAL, RFC 7986) as how often to
  // fetch the feed again; the writer does not know these calendar-level properties.
  return text.replace(
    'METHOD:PUBLISH\r\n',
    'METHOD:PUBLISH\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\nX-PUBLISHED-TTL:PT6H\r\n',
  );
}
