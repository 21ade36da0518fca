import { z } from 'zod';
import type { Reply } from '../chat.js';
import { formReply } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { cleanLine } from './clean-text.js';
import type { RoundInput } from './round.js';
import { limits } from './round.js';
import { done, inputOf, inputPageArgs, recordChange } from './sort-input.js';

function hideForm(
  ctx: CommandContext,
  input: RoundInput,
  page: string,
  reason: string,
  error?: string,
): Reply {
  const { t } = ctx;
  return formReply({
    title: t('rounds.hide.title'),
    intro: t('rounds.hide.intro', { number: input.number }),
    submitLabel: t('rounds.hide.submit'),
    submitCommand: 'rounds.hide.submit',
    args: { input: String(input.id), page },
    inputs: [
      {
        kind: 'text',
        name: 'reason',
        label: t('rounds.hide.reason'),
        required: true,
        maxLength: limits.reason,
      },
    ],
    values: { reason },
    ...(error ? { errors: { reason: error } } : {}),
  });
}

/** "Dölj": asks why. A hidden input is kept, marked, and left out of counts and votes. */
export const hideInputCommand = defineCommand({
  id: 'rounds.hide',
  args: inputPageArgs,
  run(ctx, args) {
    const { input } = inputOf(ctx, args.input);
    if (input.status === 'hidden')
      throw new UserError('rounds.hide.already', { number: input.number });
    return hideForm(ctx, input, args.page, '');
  },
});

/** Hides the input; dots already on it go back to their voters while voting runs. */
export const submitHideInputCommand = defineCommand({
  id: 'rounds.hide.submit',
  args: inputPageArgs.extend({ reason: z.string().max(20_000).default('') }),
  run(ctx, args) {
    const { t, store } = ctx;
    const found = inputOf(ctx, args.input);
    const { input, round } = found;
    const reason = cleanLine(args.reason);
    if (reason === '')
      return hideForm(ctx, input, args.page, args.reason, t('rounds.hide.reasonNeeded'));
    if (reason.length > limits.reason) {
      return hideForm(
        ctx,
        input,
        args.page,
        args.reason,
        t('field.tooLong', { max: limits.reason, length: reason.length }),
      );
    }
    recordChange(
      ctx,
      found,
      'hide',
      { reason },
      (at) => store.roundInputs.hide(input.id, reason, ctx.person.id, at),
      true,
    );
    return done(ctx, t('rounds.hide.done', { number: input.number }), round, args.page);
  },
});

/** "Visa igen": the input counts again. The hiding stays in the record. */
export const unhideInputCommand = defineCommand({
  id: 'rounds.unhide',
  args: inputPageArgs,
  run(ctx, args) {
    const { t, store } = ctx;
    const found = inputOf(ctx, args.input);
    const { input, round } = found;
    if (input.status !== 'hidden')
      throw new UserError('rounds.unhide.notHidden', { number: input.number });
    recordChange(
      ctx,
      found,
      'unhide',
      { reason: input.hiddenReason },
      (at) => store.roundInputs.activate(input.id, at),
      true,
    );
    return done(ctx, t('rounds.unhide.done', { number: input.number }), round, args.page);
  },
});
