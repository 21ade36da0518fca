import type { Locale } from '../chat.js';
import type { AgendaItem } from '../forum/forum.js';
import { localTimeOf } from '../forum/forum-file.js';
import type { MessageKey, Params } from '../i18n/translate.js';
import { addDays, daysBetween, readDate, readTime } from './local-date.js';

/** Longest text of one programme item in one language (as in the forum file). */
export const agendaTextMax = 300;
/** More items than this is not a programme but a mistake (or a paste of something else). */
export const agendaItemsMax = 100;

/** One programme item in local time: `at` is "2027-03-09T12:00". */
export interface LocalAgendaItem {
  at: string;
  sv: string;
  en: string;
}

export type AgendaReading =
  | { items: LocalAgendaItem[] }
  | { problem: { key: MessageKey; params: Params } };

/** The forum's first and last day, `YYYY-MM-DD`, when they are known. */
export interface ForumDays {
  first: string;
  last: string;
}

const day = String.raw`(?:dag|day)\s*(\d{1,2})`;
const date = String.raw`(\d{4}-\d{1,2}-\d{1,2})`;
/** "Dag 2", "Day 2:", "Dag 2 – onsdag 10 mars": anything after a separator is a comment. */
const dayHeading = new RegExp(String.raw`^${day}(?:[\s:.,–—-].*)?$`, 'i');
/** "2027-03-10", "2027-03-10 onsdag". */
const dateHeading = new RegExp(String.raw`^${date}(?:[\s:.,–—-].*)?$`);
/**
 * "12.00 Lunch", "kl. 12.00 – Lunch", "12.00–13.00 Lunch" (the end is dropped: the programme
 * lists starts), "Dag 2 07.00 Frukost", "2027-03-10 07.00 Frukost".
 */
const itemLine = new RegExp(
  String.raw`^(?:${day}\s*[:,]?\s+|${date}\s+)?(?:kl\.?\s*)?(\d{1,2}[.:]\d{2})` +
    String.raw`(?:\s*[-–—]\s*\d{1,2}[.:]\d{2})?\s*[-–—:]?\s*(\S.*)$`,
  'i',
);

type When = { day: number } | { date: string };

/** A day named by number ("2") or by date ("2027-03-10"); undefined for a date not in the calendar. */
function when(dayNumber: string | undefined, dateText: string | undefined): When | undefined {
  if (dayNumber) return { day: Number(dayNumber) };
  const read = readDate(dateText ?? '');
  return 'date' in read ? { date: read.date } : undefined;
}

/**
 * Reads the programme as coordinators type it: one item a line, "12.00 Lunch", under a line
 * "Dag 1" / "Day 2" or a date. Lines before any heading belong to day 1. "Svenska | English"
 * gives the English text; otherwise both languages show the same. The first line that cannot
 * be read is named, by its number, so the coordinator can find it.
 *
 * Without `days` (the forum's dates are themselves wrong) only the lines' form is checked.
 */
export function readAgendaText(text: string, days: ForumDays | undefined): AgendaReading {
  const problem = (key: MessageKey, params: Params): AgendaReading => ({
    problem: { key, params },
  });
  const items: LocalAgendaItem[] = [];
  let current: When = { day: 1 };
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    const number = index + 1;
    if (line === '') continue;
    const item = itemLine.exec(line);
    if (!item) {
      const heading = dayHeading.exec(line) ?? dateHeading.exec(line);
      if (!heading) {
        return problem('editions.error.agendaLine', { line: number, text: clip(line) });
      }
      const named = /^\d/.test(line) ? when(undefined, heading[1]) : when(heading[1], undefined);
      if (!named || resolveDay(named, days) === null) {
        return problem('editions.error.agendaDay', { line: number, day: clip(line) });
      }
      current = named;
      continue;
    }
    const [, dayNumber, dateText, clock = '', body = ''] = item;
    const label = dateText ?? /^(?:dag|day)\s*\d{1,2}/i.exec(line)?.[0] ?? '';
    const named = dayNumber || dateText ? when(dayNumber, dateText) : current;
    const resolved = named ? resolveDay(named, days) : null;
    if (resolved === null) return problem('editions.error.agendaDay', { line: number, day: label });
    const time = readTime(clock);
    if (!time) return problem('editions.error.agendaTime', { line: number, time: clock });
    const [svText = '', ...rest] = body.split('|');
    const sv = svText.trim();
    const en = rest.join('|').trim();
    if (!sv && !en) return problem('editions.error.agendaLine', { line: number, text: clip(line) });
    if (sv.length > agendaTextMax || en.length > agendaTextMax) {
      return problem('editions.error.agendaTooLong', { line: number, max: agendaTextMax });
    }
    if (items.length === agendaItemsMax) {
      return problem('editions.error.agendaTooMany', { max: agendaItemsMax });
    }
    items.push({ at: `${resolved ?? ''}T${time}`, sv: sv || en, en: en || sv });
  }
  // Without the forum's dates there is nothing to anchor the items to; the dates' own errors
  // say so. With them, the programme reads in time order, whatever order it was typed in.
  return { items: days ? items.sort((a, b) => a.at.localeCompare(b.at)) : [] };
}

/** The date a day heading names, undefined when it cannot be known, null when it is not the forum's. */
function resolveDay(when: When, days: ForumDays | undefined): string | undefined | null {
  if ('day' in when && when.day < 1) return null;
  if (!days) return undefined;
  const at = 'day' in when ? addDays(days.first, when.day - 1) : when.date;
  return at < days.first || at > days.last ? null : at;
}

const clip = (line: string) => (line.length > 60 ? `${line.slice(0, 59)}…` : line);

/**
 * A stored programme as the text `readAgendaText` reads: "Dag 1", then "12.00 Lunch" lines,
 * a blank line between days, and "Svenska | English" where the texts differ.
 */
export function agendaToText(
  agenda: readonly AgendaItem[],
  firstDay: string,
  timeZone: string,
  locale: Locale,
): string {
  const days = new Map<string, string[]>();
  for (const item of agenda) {
    const [date = '', time = ''] = localTimeOf(item.at, timeZone).split('T');
    const clock = locale === 'sv' ? time.replace(':', '.') : time;
    const text = item.en === item.sv ? item.sv : `${item.sv} | ${item.en}`;
    days.set(date, [...(days.get(date) ?? []), `${clock} ${text}`]);
  }
  const word = locale === 'sv' ? 'Dag' : 'Day';
  return (
    [...days]
      .map(([date, lines]) => {
        const n = daysBetween(firstDay, date) + 1;
        return [n >= 1 ? `${word} ${n}` : date, ...lines].join('\n');
      })
      // No blank line between days: the terminal ends a several-line answer at a blank line,
      // so a programme copied back in would stop after day 1.
      .join('\n')
  );
}
