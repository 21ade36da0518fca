import { addDays, dayOfWeek, type IsoDate, isoDate } from '../time/calendar-date.js';

/**
 * `public`: allmänna helgdagar under the Public Holidays Act (lag 1989:253).
 * `eve`: midsommarafton, julafton and nyårsafton, which are not public holidays in law but on
 * which offices are closed in practice, so nothing in the cycle should fall on them.
 * (Påskafton and pingstafton are always Saturdays, so the weekend rule already covers them.)
 */
export type HolidayKind = 'public' | 'eve';

export interface Holiday {
  date: IsoDate;
  /** A stable id, e.g. `midsommarafton`, for callers that want their own wording. */
  id: string;
  kind: HolidayKind;
  name: { sv: string; en: string };
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/** The first day from `first` on (at most six days later) that is the given weekday. */
function weekdayFrom(first: IsoDate, weekday: number): IsoDate {
  return addDays(first, (weekday - dayOfWeek(first) + 7) % 7);
}

const saturday = 6;
const friday = 5;

function holidaysOf(year: number): Holiday[] {
  const easter = easterSunday(year);
  const day = (month: number, d: number) => isoDate(year, month, d);
  const pub = (date: IsoDate, id: string, sv: string, en: string): Holiday => ({
    date,
    id,
    kind: 'public',
    name: { sv, en },
  });
  const eve = (date: IsoDate, id: string, sv: string, en: string): Holiday => ({
    date,
    id,
    kind: 'eve',
    name: { sv, en },
  });
  return [
    pub(day(1, 1), 'nyarsdagen', 'nyårsdagen', "New Year's Day"),
    pub(day(1, 6), 'trettondedag-jul', 'trettondedag jul', 'Epiphany'),
    pub(addDays(easter, -2), 'langfredagen', 'långfredagen', 'Good Friday'),
    pub(easter, 'paskdagen', 'påskdagen', 'Easter Sunday'),
    pub(addDays(easter, 1), 'annandag-pask', 'annandag påsk', 'Easter Monday'),
    pub(day(5, 1), 'forsta-maj', 'första maj', 'May Day'),
    pub(addDays(easter, 39), 'kristi-himmelsfardsdag', 'Kristi himmelsfärdsdag', 'Ascension Day'),
    pub(addDays(easter, 49), 'pingstdagen', 'pingstdagen', 'Whit Sunday'),
    pub(day(6, 6), 'nationaldagen', 'Sveriges nationaldag', 'National Day of Sweden'),
    eve(weekdayFrom(day(6, 19), friday), 'midsommarafton', 'midsommarafton', 'Midsummer Eve'),
    pub(weekdayFrom(day(6, 20), saturday), 'midsommardagen', 'midsommardagen', 'Midsummer Day'),
    pub(
      weekdayFrom(day(10, 31), saturday),
      'alla-helgons-dag',
      'alla helgons dag',
      "All Saints' Day",
    ),
    eve(day(12, 24), 'julafton', 'julafton', 'Christmas Eve'),
    pub(day(12, 25), 'juldagen', 'juldagen', 'Christmas Day'),
    pub(day(12, 26), 'annandag-jul', 'annandag jul', 'Boxing Day'),
    eve(day(12, 31), 'nyarsafton', 'nyårsafton', "New Year's Eve"),
  ].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

const byYear = new Map<number, readonly Holiday[]>();
const byDate = new Map<number, ReadonlyMap<IsoDate, Holiday>>();

/** Sweden's public holidays and de-facto closed eves in a year, in date order. */
export function swedishHolidays(year: number): readonly Holiday[] {
  let list = byYear.get(year);
  if (!list) {
    list = holidaysOf(year);
    byYear.set(year, list);
  }
  return list;
}

/** The public holiday or closed eve on a date, if there is one. */
export function holidayOn(date: IsoDate): Holiday | undefined {
  const year = Number(date.slice(0, 4));
  let map = byDate.get(year);
  if (!map) {
    map = new Map(swedishHolidays(year).map((h) => [h.date, h]));
    byDate.set(year, map);
  }
  return map.get(date);
}

/** Monday to Friday, and neither a public holiday nor a closed eve. */
export function isWorkingDay(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== saturday && !holidayOn(date);
}

/** The date itself if it is a working day, otherwise the nearest one before (or after) it. */
export function moveToWorkingDay(date: IsoDate, direction: 'before' | 'after'): IsoDate {
  const step = direction === 'before' ? -1 : 1;
  let moved = date;
  // Sweden never has more than five days off in a row (Easter, or Christmas over a weekend).
  while (!isWorkingDay(moved)) moved = addDays(moved, step);
  return moved;
}
