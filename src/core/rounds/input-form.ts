import type { Form, FormValue, Input, Reply } from '../chat.js';
import { formReply } from '../chat.js';
import type { CommandContext } from '../command.js';
import { formatDateTime } from '../time/format-date.js';
import type { Prompt, Round } from './round.js';
import { limits } from './round.js';
import { closingTime, roundPass } from './round-access.js';
import { anonymityNote } from './round-view.js';
import { tagInputName, tagLabel } from './tags.js';

export const submitInputId = 'rounds.input.submit';

/** The toggles for the tags a round offers, one per tag. */
export function tagInputs(ctx: CommandContext, tags: readonly string[]): Input[] {
  return tags.map((id) => ({
    kind: 'toggle',
    name: tagInputName(id),
    label: tagLabel(id, ctx.locale),
  }));
}

/** A form's values for the tags an input carries. */
export const tagValues = (offered: readonly string[], chosen: readonly string[]) =>
  Object.fromEntries(offered.map((id) => [tagInputName(id), chosen.includes(id)]));

/**
 * The participant's form: which prompt (when there are several), the text, and the tags.
 * After a refused submit it comes back with everything typed and a message per field. It
 * carries the person's pass for the round (see roundPass).
 */
export function inputForm(
  ctx: CommandContext,
  round: Round,
  prompts: readonly Prompt[],
  values: Record<string, FormValue>,
  options: { inputId?: number; errors?: Record<string, string> } = {},
): Reply {
  const { t } = ctx;
  const inputs: Input[] = [];
  if (prompts.length > 1) {
    inputs.push({
      kind: 'choice',
      name: 'prompt',
      label: t('rounds.input.prompt'),
      required: true,
      options: prompts.map((p) => ({ value: String(p.id), label: `${p.position}. ${p.text}` })),
    });
  }
  inputs.push({
    kind: 'text',
    name: 'text',
    label: prompts.length === 1 ? (prompts[0] as Prompt).text : t('rounds.input.text'),
    required: true,
    maxLength: limits.text,
    multiline: true,
    hint: t('rounds.input.hint', { max: limits.text }),
  });
  inputs.push(...tagInputs(ctx, round.tags));
  const form: Form = {
    title: t(options.inputId ? 'rounds.input.editTitle' : 'rounds.input.title'),
    intro: [
      round.title,
      t('rounds.input.until', {
        when: formatDateTime(closingTime(ctx.store, round), ctx.locale, ctx.timeZone),
      }),
      t(anonymityNote(round)),
    ].join('\n'),
    submitLabel: t('rounds.input.submit'),
    submitCommand: submitInputId,
    args: {
      round: String(round.id),
      ...(options.inputId ? { input: String(options.inputId) } : {}),
      pass: roundPass(ctx, round.id),
    },
    inputs,
    values,
    ...(options.errors ? { errors: options.errors } : {}),
  };
  return formReply(form);
}
