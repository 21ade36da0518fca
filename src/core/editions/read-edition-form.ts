import type { FormValue } from '../chat.js';
import type { CommandContext } from '../command.js';
import type { Forum } from '../forum/forum.js';
import { registrationOptions } from '../forum/forum.js';
import { localTimeOf } from '../forum/forum-file.js';
import type { MessageKey } from '../i18n/translate.js';
import { zonedTimeToUtc } from '../time/zoned-time.js';
import { readAgendaText } from './agenda-text.js';
import {
  type EditionTextField,
  editionDateFields,
  editionLimits,
  editionTimeFields,
  requiredFields,
} from './edition-form.js';
import type { RuleProblem } from './edition-rules.js';
import { timeProblems } from './edition-rules.js';
import { readDate, readTime } from './local-date.js';
import type { EditionDraft } from './save-edition.js';
import { isUsableSlug, slugify } from './slugify.js';

export type EditionReading =
  | { draft: EditionDraft; values: Record<string, FormValue> }
  | { values: Record<string, FormValue>; errors: Record<string, string> };

const maxCapacity = 100_000;

/**
 * Reads a submitted forum form. Returns the forum to save, or a message per field in the
 * coordinator's language together with everything they typed, so a refused form loses
 * nothing. Every problem is reported at once, not one per round trip.
 */
export function readEditionForm(
  ctx: CommandContext,
  raw: Record<string, unknown>,
  existing: Forum | undefined,
): EditionReading {
  const { t } = ctx;
  const errors: Record<string, string> = {};
  const values: Record<string, FormValue> = {};
  const fail = (name: string, key: MessageKey, params?: Record<string, string | number>) => {
    errors[name] ??= t(key, params);
  };
  const text = (name: string): string => {
    const value = typeof raw[name] === 'string' ? normaliseText(raw[name] as string) : '';
    values[name] = value;
    if (requiredFields.has(name) && value === '') fail(name, 'field.required');
    return value;
  };

  const texts = {} as Record<EditionTextField, string>;
  for (const name of Object.keys(editionLimits) as EditionTextField[]) {
    texts[name] = text(name);
    if (texts[name].length > editionLimits[name]) {
      fail(name, 'field.tooLong', { max: editionLimits[name], length: texts[name].length });
    }
  }
  const dates: Partial<Record<(typeof editionDateFields)[number], string>> = {};
  for (const name of editionDateFields) {
    const value = text(name);
    if (value === '') continue;
    const read = readDate(value);
    if ('date' in read) dates[name] = read.date;
    else if (read.problem === 'noSuchDate') fail(name, 'editions.error.noSuchDate', { value });
    else fail(name, 'editions.error.date');
  }
  const times: Partial<Record<(typeof editionTimeFields)[number], string>> = {};
  for (const name of editionTimeFields) {
    const value = text(name);
    if (value === '') continue;
    const read = readTime(value);
    if (read) times[name] = read;
    else fail(name, 'editions.error.time');
  }
  const offers = registrationOptions.filter((o) => raw[o] === true || raw[o] === 'true');
  for (const o of registrationOptions) values[o] = offers.includes(o);

  const slug = slugify(texts.slug || texts.title);
  if ((texts.slug || texts.title) && !isUsableSlug(slug)) fail('slug', 'editions.error.slug');

  const capacity = wholeNumber(texts.capacity);
  if (texts.capacity && (capacity === undefined || capacity < 1 || capacity > maxCapacity)) {
    fail('capacity', 'editions.error.capacity');
  }
  const feeText = texts.feeSek.replace(/\s*(kr|kronor|sek|:-)\.?$/i, '');
  const fee = feeText === '' ? 0 : wholeNumber(feeText);
  if (/^-\s*\d/.test(feeText)) fail('feeSek', 'editions.error.feeNegative');
  else if (fee === undefined) fail('feeSek', 'editions.error.fee');

  const { startDate, endDate, opensDate, closesDate } = dates;
  const days =
    startDate && endDate && startDate <= endDate ? { first: startDate, last: endDate } : undefined;
  const agenda = readAgendaText(texts.agenda, days);
  if ('problem' in agenda) fail('agenda', agenda.problem.key, agenda.problem.params);

  const { startTime, endTime, closesTime } = times;
  let instants: ReturnType<typeof toInstants> | undefined;
  if (startDate && startTime && endDate && endTime && closesDate && closesTime) {
    // A date that has not changed keeps its time of day; the form asks only for the day.
    const opensTime =
      existing?.registrationOpensAt &&
      localTimeOf(existing.registrationOpensAt, ctx.timeZone).startsWith(`${opensDate}T`)
        ? localTimeOf(existing.registrationOpensAt, ctx.timeZone).slice(11)
        : '00:00';
    instants = toInstants(ctx.timeZone, {
      startsAt: `${startDate}T${startTime}`,
      endsAt: `${endDate}T${endTime}`,
      registrationOpensAt: opensDate ? `${opensDate}T${opensTime}` : null,
      registrationClosesAt: `${closesDate}T${closesTime}`,
    });
    for (const problem of timeProblems(instants, ctx.now)) {
      fail(formField(problem, startDate === endDate), ruleMessage[problem.rule]);
    }
  }

  if (Object.keys(errors).length > 0 || !instants || 'problem' in agenda) {
    return { values, errors };
  }
  return {
    values,
    draft: {
      slug,
      title: texts.title,
      venue: texts.venue,
      ...instants,
      capacity: capacity as number,
      feeSek: fee as number,
      offers,
      agenda: agenda.items.map((item) => ({
        ...item,
        at: zonedTimeToUtc(item.at, ctx.timeZone).toISOString(),
      })),
      practicalInfo: texts.practicalInfo,
    },
  };
}

/** The form's messages for the rules a forum's times and the database impose. */
export const ruleMessage: Record<RuleProblem['rule'], MessageKey> = {
  endBeforeStart: 'editions.error.endBeforeStart',
  wouldHaveEnded: 'editions.error.wouldHaveEnded',
  closesAfterStart: 'editions.error.closesAfterStart',
  opensAfterCloses: 'editions.error.opensAfterCloses',
  capacityBelowTaken: 'editions.error.capacityBelowTaken',
  slugTaken: 'editions.error.slugTaken',
};

/** The input a rule's message goes under: the end's time when the forum is one day long. */
export function formField(problem: RuleProblem, oneDay: boolean): string {
  switch (problem.field) {
    case 'endsAt':
      return problem.rule === 'endBeforeStart' && oneDay ? 'endTime' : 'endDate';
    case 'registrationClosesAt':
      return 'closesDate';
    case 'registrationOpensAt':
      return 'opensDate';
    default:
      return problem.field;
  }
}

function toInstants(
  timeZone: string,
  local: {
    startsAt: string;
    endsAt: string;
    registrationOpensAt: string | null;
    registrationClosesAt: string;
  },
) {
  const at = (value: string) => zonedTimeToUtc(value, timeZone).toISOString();
  return {
    startsAt: at(local.startsAt),
    endsAt: at(local.endsAt),
    registrationOpensAt: local.registrationOpensAt ? at(local.registrationOpensAt) : null,
    registrationClosesAt: at(local.registrationClosesAt),
  };
}

/** "110", "1 000", "100 000" → a whole number; anything else (12.5, "ett hundra") → undefined. */
function wholeNumber(text: string): number | undefined {
  const digits = text.replace(/[\s\u00a0\u202f]/g, '');
  return /^\d{1,9}$/.test(digits) ? Number(digits) : undefined;
}

/** Trims, unifies line breaks and drops control characters that no form should carry. */
function normaliseText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .trim()
  );
}
