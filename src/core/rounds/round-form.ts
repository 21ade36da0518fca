import { localDate } from '../attendance/forum-days.js';
import type { FormValue, Input, Reply } from '../chat.js';
import { formReply } from '../chat.js';
import type { CommandContext } from '../command.js';
import type { MessageKey } from '../i18n/translate.js';
import { tagInputs, tagValues } from './input-form.js';
import { anonymities, limits, type RoundKind, roundKinds } from './round.js';
import { rusTags } from './tags.js';

export const saveRoundId = 'rounds.new.submit';

/** The form's text fields and their lengths (Slack's text inputs hold 3,000 characters). */
export const roundFormLimits = {
  title: limits.title,
  prompts: 3000,
  audience: limits.audience,
  area: limits.area,
  organisations: 3000,
} as const;
type TextField = keyof typeof roundFormLimits;

/** How long each kind usually runs: a workshop an afternoon, a dialogue two weeks, a remiss a season. */
const defaultDays: Record<RoundKind, number> = { workshop: 0, dialogue: 14, remiss: 90 };

/**
 * A new round's form, filled in for its kind: tags all on, opening now, closing at the end
 * of the day (a workshop), in two weeks (a dialogue) or in three months (a remiss).
 */
export function newRoundValues(ctx: CommandContext, kind: RoundKind): Record<string, FormValue> {
  const closes = new Date(ctx.now.getTime() + defaultDays[kind] * 86_400_000);
  return {
    kind,
    anonymity: kind === 'workshop' ? 'facilitators' : 'named',
    closesDate: localDate(closes, ctx.timeZone),
    closesTime: kind === 'workshop' ? '17:00' : '23:59',
    ...tagValues(
      rusTags().map((tag) => tag.id),
      rusTags().map((tag) => tag.id),
    ),
  };
}

/**
 * The facilitator's form for opening a round. `args` carries the conversation it was asked
 * for in, sealed, since a Slack modal's submission says nothing about where it was opened.
 * A remiss asks for its organisations too (they can also be added later).
 */
export function roundForm(
  ctx: CommandContext,
  kind: RoundKind,
  values: Record<string, FormValue>,
  args: Record<string, string>,
  errors?: Record<string, string>,
): Reply {
  const { t } = ctx;
  const label = (name: string) => t(`rounds.form.field.${name}` as MessageKey);
  const text = (name: TextField, required: boolean, multiline = false): Input => ({
    kind: 'text',
    name,
    label: label(name),
    required,
    maxLength: roundFormLimits[name],
    ...(multiline ? { multiline } : {}),
    ...(hints[name] ? { hint: t(hints[name]) } : {}),
  });
  const inputs: Input[] = [
    text('title', true),
    {
      kind: 'choice',
      name: 'kind',
      label: label('kind'),
      required: true,
      options: roundKinds.map((k) => ({ value: k, label: t(`rounds.kind.${k}`) })),
    },
    text('prompts', true, true),
    {
      kind: 'choice',
      name: 'anonymity',
      label: label('anonymity'),
      required: true,
      options: anonymities.map((a) => ({ value: a, label: t(`rounds.anonymity.${a}`) })),
    },
    text('audience', false),
    text('area', false),
    { kind: 'date', name: 'opensDate', label: label('opensDate'), required: false },
    { kind: 'time', name: 'opensTime', label: label('opensTime'), required: false },
    { kind: 'date', name: 'closesDate', label: label('closesDate'), required: true },
    { kind: 'time', name: 'closesTime', label: label('closesTime'), required: true },
    ...tagInputs(
      ctx,
      rusTags().map((tag) => tag.id),
    ),
  ];
  if (kind === 'remiss') inputs.push(text('organisations', false, true));
  return formReply({
    title: t('rounds.form.title'),
    intro: t('rounds.form.intro', { zone: ctx.timeZone }),
    submitLabel: t('rounds.form.submit'),
    submitCommand: saveRoundId,
    args,
    inputs,
    values,
    ...(errors ? { errors } : {}),
  });
}

const hints: Partial<Record<TextField, MessageKey>> = {
  prompts: 'rounds.form.hint.prompts',
  audience: 'rounds.form.hint.audience',
  area: 'rounds.form.hint.area',
  organisations: 'rounds.form.hint.organisations',
};
