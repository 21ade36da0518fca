import { z } from 'zod';
import type { RoundActionKind } from '../../store/round-action-repository.js';
import type { Reply } from '../chat.js';
import { message } from '../chat.js';
import type { CommandContext } from '../command.js';
import { UserError } from '../errors.js';
import { dropDeadVotes } from './ranking.js';
import type { Round, RoundInput } from './round.js';
import { assertFacilitator, findRound, idArg } from './round-access.js';
import { queueLiveEdit } from './round-message.js';

export const inputPageArgs = z.object({ input: idArg, page: idArg.default('1') });

/** The input a facilitator's button names, and its round. */
export function inputOf(ctx: CommandContext, id: string): { input: RoundInput; round: Round } {
  assertFacilitator(ctx);
  const input = ctx.store.roundInputs.get(Number(id));
  if (!input || input.status === 'withdrawn') throw new UserError('rounds.error.inputNotFound');
  return { input, round: findRound(ctx.store, input.roundId) };
}

/**
 * A facilitator's change to an input and its record (who, when, what), in one transaction.
 * With `live`, the round's message gets fresh counts. A change that takes something off the
 * ballot gives its dots back to the voters in the same transaction.
 */
export function recordChange(
  ctx: CommandContext,
  { input, round }: { input: RoundInput; round: Round },
  action: RoundActionKind,
  detail: Record<string, unknown>,
  change: (at: string) => void,
  live = false,
): void {
  const { store } = ctx;
  const at = ctx.now.toISOString();
  store.transaction(() => {
    change(at);
    store.roundActions.record(
      { roundId: round.id, inputId: input.id, action, detail, personId: ctx.person.id },
      at,
    );
    dropDeadVotes(store, round.id);
    if (live) queueLiveEdit(store, round.id, ctx.timeZone, ctx.now);
  });
}

/** After a change: a line saying what was done, and the way back to the list. */
export const done = (ctx: CommandContext, text: string, round: Round, page: string): Reply =>
  message(
    { kind: 'text', text },
    {
      kind: 'actions',
      buttons: [
        {
          label: ctx.t('rounds.button.backToInputs'),
          command: 'rounds.inputs',
          args: { round: String(round.id), page },
        },
      ],
    },
  );
