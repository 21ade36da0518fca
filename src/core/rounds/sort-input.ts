import { z } from 'zod';
import type { Reply } from '../chat.js';
import { message } from '../chat.js';
import type { CommandContext } from '../command.js';
import { UserError } from '../errors.js';
import type { Round, RoundInput } from './round.js';
import { assertFacilitator, findRound, idArg } from './round-access.js';

export const inputPageArgs = z.object({ input: idArg, page: idArg.default('1') });

/** The input a facilitator's button names, and its round. */
export function inputOf(ctx: CommandContext, id: string): { input: RoundInput; round: Round } {
  assertFacilitator(ctx);
  const input = ctx.store.roundInputs.get(Number(id));
  if (!input || input.status === 'withdrawn') throw new UserError('rounds.error.inputNotFound');
  return { input, round: findRound(ctx.store, input.roundId) };
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
