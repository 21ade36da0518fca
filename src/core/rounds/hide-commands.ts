import { z } from 'zod';
import type { Reply } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { cleanLine } from './clean-text.js';
import type { RoundInput } from './round.js';
import { limits } from './round.js';
import { queueLiveEdit } from './round-message.js';
import { done, inputOf, inputPageArgs } from './sort-input.js';

function hideForm(
  ctx: CommandContext,
  input: RoundInput,
  page: string,
  reason: string,
  error?: string,
): Reply {
  const { t } = ctx;
  return {
    kind: 'form',
    form: {
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
    },
    ...(error ? { outcome: 'refused' as const } : {}),
  };
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

export const submitHideInputCommand = defineCommand({
  id: 'rounds.hide.submit',
  args: inputPageArgs.extend({ reason: z.string().max(20_000).default('') }),
  run(ctx, args) {
    const { t, store } = ctx;
    const { input, round } = inputOf(ctx, args.input);
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
    const at = ctx.now.toISOString();
    store.transaction(() => {
      store.roundInputs.hide(input.id, reason, ctx.person.id, at);
      store.roundActions.record(
        {
          roundId: round.id,
          inputId: input.id,
          action: 'hide',
          detail: { reason },
          personId: ctx.person.id,
        },
        at,
      );
      queueLiveEdit(store, round.id, ctx.timeZone, ctx.now);
    });
    return done(ctx, t('rounds.hide.done', { number: input.number }), round, args.page);
  },
});

/** "Visa igen": the input counts again. The hiding stays in the record. */
export const unhideInputCommand = defineCommand({
  id: 'rounds.unhide',
  args: inputPageArgs,
  run(ctx, args) {
    const { t, store } = ctx;
    const { input, round } = inputOf(ctx, args.input);
    if (input.status !== 'hidden')
      throw new UserError('rounds.unhide.notHidden', { number: input.number });
    const at = ctx.now.toISOString();
    store.transaction(() => {
      store.roundInputs.activate(input.id, at);
      store.roundActions.record(
        {
          roundId: round.id,
          inputId: input.id,
          action: 'unhide',
          detail: { reason: input.hiddenReason },
          personId: ctx.person.id,
        },
        at,
      );
      queueLiveEdit(store, round.id, ctx.timeZone, ctx.now);
    });
    return done(ctx, t('rounds.unhide.done', { number: input.number }), round, args.page);
  },
});
