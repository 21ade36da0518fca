import type { FormValue } from '../chat.js';
import type { CommandContext } from '../command.js';
import { readDate, readTime } from '../editions/local-date.js';
import type { MessageKey, Params } from '../i18n/translate.js';
import { zonedTimeToUtc } from '../time/zoned-time.js';
import { cleanLine, cleanText } from './clean-text.js';
import { type OrganisationRow, readOrganisationList } from './read-organisation-list.js';
import { type Anonymity, anonymities, limits, type RoundKind, roundKinds } from './round.js';
import { roundFormLimits } from './round-form.js';
import { rusTags, tagInputName, tickedTags } from './tags.js';

export interface RoundDraft {
  kind: RoundKind;
  title: string;
  prompts: string[];
  anonymity: Anonymity;
  audience: string;
  area: string;
  opensAt: string;
  closesAt: string;
  tags: string[];
  organisations: OrganisationRow[];
}

export type RoundReading =
  | { draft: RoundDraft; values: Record<string, FormValue> }
  | { values: Record<string, FormValue>; errors: Record<string, string> };

/** How many of a pasted list's bad rows a field error names before "and N more". */
const problemsShown = 5;

/**
 * Reads the facilitator's round form. Every problem is reported at once, each under its
 * field, and everything typed comes back with them.
 */
export function readRoundForm(ctx: CommandContext, raw: Record<string, unknown>): RoundReading {
  const { t } = ctx;
  const values: Record<string, FormValue> = {};
  const errors: Record<string, string> = {};
  const fail = (name: string, key: MessageKey, params?: Params) => {
    errors[name] ??= t(key, params);
  };
  const field = (name: string): string => {
    const value = typeof raw[name] === 'string' ? (raw[name] as string) : '';
    values[name] = value;
    return value;
  };
  const allTags = rusTags().map((tag) => tag.id);
  const tags = tickedTags(raw, allTags);
  for (const id of allTags) values[tagInputName(id)] = tags.includes(id);

  const title = cleanLine(field('title'));
  if (title === '') fail('title', 'field.required');
  else if (title.length > limits.title) {
    fail('title', 'field.tooLong', { max: limits.title, length: title.length });
  }
  const kind = roundKinds.find((k) => k === field('kind'));
  if (!kind) fail('kind', 'field.required');
  const anonymity = anonymities.find((a) => a === field('anonymity'));
  if (!anonymity) fail('anonymity', 'field.required');
  else if (kind === 'remiss' && anonymity !== 'named') fail('anonymity', 'rounds.form.remissNamed');

  const promptsText = cleanText(field('prompts'));
  const prompts = promptsText
    .split('\n')
    .map(cleanLine)
    .filter((p) => p !== '');
  if (promptsText.length > roundFormLimits.prompts) {
    fail('prompts', 'field.tooLong', { max: roundFormLimits.prompts, length: promptsText.length });
  } else if (prompts.length === 0) fail('prompts', 'field.required');
  else if (prompts.length > limits.promptCount) {
    fail('prompts', 'rounds.form.tooManyPrompts', { max: limits.promptCount });
  } else if (prompts.some((p) => p.length > limits.prompt)) {
    fail('prompts', 'rounds.form.promptTooLong', { max: limits.prompt });
  }
  const audience = cleanLine(field('audience'));
  if (audience.length > limits.audience) {
    fail('audience', 'field.tooLong', { max: limits.audience, length: audience.length });
  }
  const area = cleanLine(field('area'));
  if (area.length > limits.area) {
    fail('area', 'field.tooLong', { max: limits.area, length: area.length });
  }

  const opensAt = instant(ctx, field('opensDate'), field('opensTime'), 'opens', fail);
  const closesAt = instant(ctx, field('closesDate'), field('closesTime'), 'closes', fail);
  const opens = opensAt === null ? undefined : (opensAt ?? ctx.now.toISOString());
  if (closesAt && closesAt <= ctx.now.toISOString()) fail('closesDate', 'rounds.form.closesPast');
  else if (closesAt && opens && closesAt <= opens)
    fail('closesDate', 'rounds.form.closesBeforeOpens');

  let organisations: OrganisationRow[] = [];
  const listText = field('organisations');
  if (listText.trim() !== '') {
    const read = readOrganisationList(listText);
    if (listText.length > roundFormLimits.organisations) {
      const length = listText.length;
      fail('organisations', 'field.tooLong', { max: roundFormLimits.organisations, length });
    } else if (read.problems.length > 0) {
      const lines = read.problems
        .slice(0, problemsShown)
        .map((p) => t('rounds.orgs.problemLine', { line: p.line, problem: t(p.key, p.params) }));
      const more = read.problems.length - problemsShown;
      if (more > 0) lines.push(t('rounds.orgs.moreProblems', { count: more }));
      errors.organisations ??= lines.join('\n');
    }
    organisations = read.rows;
  }

  if (Object.keys(errors).length > 0 || !kind || !anonymity || !closesAt || !opens) {
    return { values, errors };
  }
  return {
    values,
    draft: {
      kind,
      title,
      prompts,
      anonymity,
      audience,
      area,
      opensAt: opens,
      closesAt,
      tags,
      organisations,
    },
  };
}

/**
 * A date and time from the form as an instant. Opening is optional (empty: now; a time in
 * the past: now as well); closing needs both. null marks a value that could not be read.
 */
function instant(
  ctx: CommandContext,
  dateText: string,
  timeText: string,
  which: 'opens' | 'closes',
  fail: (name: string, key: MessageKey, params?: Params) => void,
): string | null | undefined {
  const dateField = `${which}Date`;
  const timeField = `${which}Time`;
  if (dateText.trim() === '' && (which === 'opens' || timeText.trim() === '')) {
    if (which === 'closes') fail(dateField, 'field.required');
    return which === 'opens' ? undefined : null;
  }
  if (dateText.trim() === '') {
    fail(dateField, 'field.required');
    return null;
  }
  const date = readDate(dateText);
  if (!('date' in date)) {
    fail(dateField, date.problem === 'noSuchDate' ? 'rounds.form.noSuchDate' : 'rounds.form.date');
    return null;
  }
  const time =
    timeText.trim() === '' ? (which === 'opens' ? '00:00' : undefined) : readTime(timeText);
  if (!time) {
    fail(timeField, timeText.trim() === '' ? 'field.required' : 'rounds.form.time');
    return null;
  }
  const at = zonedTimeToUtc(`${date.date}T${time}`, ctx.timeZone).toISOString();
  return which === 'opens' && at < ctx.now.toISOString() ? ctx.now.toISOString() : at;
}
