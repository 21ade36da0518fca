import { z } from 'zod';
import type { Block } from '../chat.js';
import { message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { excerpt } from './clean-text.js';
import { ownInputButtons } from './input-saved-reply.js';
import { roundName } from './list-commands.js';
import type { Round, RoundInput } from './round.js';
import {
  closedReason,
  idArg,
  keyOf,
  roundFromText,
  roundPass,
  visibleRound,
  votingUnderWay,
} from './round-access.js';
import { tagLabel } from './tags.js';

/** How many of one's own inputs are listed (each is two blocks; Slack allows 50 in all). */
const shownMax = 20;

/**
 * One of the author's inputs as they see it: the text, its tags, and whether it was hidden.
 * While the round is open: withdraw, and change unless it is hidden or being voted on.
 */
export function ownInputBlocks(
  ctx: CommandContext,
  round: Round,
  input: RoundInput,
  open: boolean,
): Block[] {
  const { t } = ctx;
  const lines = [`*#${input.number}* ${excerpt(input.text, 600)}`];
  if (input.tags.length > 0) {
    lines.push(
      t('rounds.mine.tags', { tags: input.tags.map((id) => tagLabel(id, ctx.locale)).join(', ') }),
    );
  }
  if (input.status === 'hidden') {
    lines.push(t('rounds.mine.hidden', { reason: input.hiddenReason ?? '' }));
  }
  const blocks: Block[] = [{ kind: 'text', text: lines.join('\n') }];
  if (open && round.kind !== 'remiss') {
    const fixed = input.status === 'hidden' || votingUnderWay(round);
    const buttons = ownInputButtons(ctx, input).filter(
      (b) => !fixed || b.command !== 'rounds.input.edit',
    );
    blocks.push({ kind: 'actions', buttons });
  }
  return blocks;
}

/**
 * "synpunkter" (or "Mina synpunkter" on a round's message): the person's own inputs, to
 * read, change or take back while the round is open. In an anonymous round they are found by
 * the person's key; no one else can list them. "synpunkter 3" names a round, which must be
 * one the person can see (see canSee).
 */
export const myInputsCommand = defineCommand({
  id: 'rounds.mine',
  words: ['synpunkter', 'inputs'],
  fromText: roundFromText,
  args: z.object({ round: idArg.optional() }),
  personal: true,
  run(ctx, args) {
    const { t, store } = ctx;
    const since = new Date(ctx.now.getTime() - 90 * 86_400_000).toISOString();
    const rounds = args.round
      ? [visibleRound(ctx, args.round)]
      : store.rounds.listRecent(since).filter((r) => r.kind !== 'remiss');
    const blocks: Block[] = [];
    for (const round of rounds) {
      const inputs = store.roundInputs.listByAuthor(round.id, keyOf(ctx, round.id));
      if (inputs.length === 0 && !args.round) continue;
      const closed = closedReason(ctx, round);
      blocks.push({ kind: 'heading', text: roundName(ctx, round) });
      if (inputs.length === 0) {
        blocks.push({ kind: 'text', text: t('rounds.mine.noneHere') });
      }
      for (const input of inputs.slice(-shownMax)) {
        blocks.push(...ownInputBlocks(ctx, round, input, !closed));
      }
      if (closed?.key === 'rounds.error.closed' && inputs.length > 0) {
        blocks.push({
          kind: 'text',
          text: t('rounds.mine.closed', { when: closed.when }),
          muted: true,
        });
      } else if (!closed && round.kind !== 'remiss') {
        blocks.push({
          kind: 'actions',
          buttons: [
            {
              label: t('rounds.button.give'),
              command: 'rounds.input',
              // Their pass: this list may be shown in their own chat, not the round's.
              args: { round: String(round.id), pass: roundPass(ctx, round.id) },
              style: 'primary',
            },
          ],
        });
      }
    }
    if (blocks.length === 0) return message({ kind: 'text', text: t('rounds.mine.none') });
    return message(...blocks.slice(0, 50));
  },
});
