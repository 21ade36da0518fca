import type { Locale } from '../../core/chat.js';
import type { AnswerCheck } from './answer-check.js';

const typed = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Reads a date typed as `YYYY-MM-DD` (one-digit months and days are padded) and checks that
 * the calendar has it: a form that takes 2027-02-30 would store a day nobody can meet on.
 */
export function readDate(text: string, locale: Locale): AnswerCheck {
  const match = typed.exec(text);
  if (!match) return { error: 'shell.dateInvalid' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (month < 1 || month > 12) return { error: 'shell.dateNoSuchMonth', params: { date } };
  const days = daysIn(year, month);
  if (day < 1 || day > days) {
    const name = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
      month: 'long',
      timeZone: 'UTC',
    }).format(Date.UTC(year, month - 1, 1));
    return { error: 'shell.dateNoSuchDay', params: { date, month: name, year, days } };
  }
  return { value: date };
}
