import type { CommandContext } from '../command.js';
import { readDate, readTime } from '../editions/local-date.js';
import { zonedTimeToUtc } from '../time/zoned-time.js';

/**
 * A date (and time, 23:59 when none is given) from a form as an instant in the bot's zone,
 * or the field's error in the person's words.
 */
export function readInstant(
  ctx: CommandContext,
  dateText: string,
  timeText: string,
): { at: string } | { field: 'date' | 'time'; error: string } {
  const { t } = ctx;
  if (dateText.trim() === '') return { field: 'date', error: t('field.required') };
  const date = readDate(dateText);
  if (!('date' in date)) {
    return {
      field: 'date',
      error: t(date.problem === 'noSuchDate' ? 'rounds.form.noSuchDate' : 'rounds.form.date'),
    };
  }
  const time = timeText.trim() === '' ? '23:59' : readTime(timeText);
  if (!time) return { field: 'time', error: t('rounds.form.time') };
  return { at: zonedTimeToUtc(`${date.date}T${time}`, ctx.timeZone).toISOString() };
}
