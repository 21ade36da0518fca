import { z } from 'zod';
import type { Button, Reply } from '../chat.js';
import { message } from '../chat.js';
import { defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { cleanText } from './clean-text.js';
import { inputSavedReply } from './input-saved-reply.js';
import { closedReason } from './round-access.js';
import { addInput, textProblem } from './save-input.js';

const nothing: Reply = { kind: 'message', view: { blocks: [] } };

/** A refusal only the person who replied sees, in their language, with a way on. */
const refusal = (text: string, button?: Button): Reply => ({
  ...message(
    { kind: 'text', text },
    ...(button ? [{ kind: 'actions' as const, buttons: [button] }] : []),
  ),
  outcome: 'refused',
  personal: true,
});

/**
 * Someone replied in the thread under (Slack) or to (Teams) a message the bot posted. If it
 * is a round's message, the reply's text becomes an input, by the same rules as the form
 * (without tags; they can be added with "Ändra"). Any other message: the door says nothing.
 */
export const conversationReplyCommand = defineCommand({
  id: 'conversation.reply',
  args: z.object({ messageId: z.string().min(1).max(200), text: z.string().max(40_000) }),
  run(ctx, args) {
    const { t, store, address } = ctx;
    if (!address) return nothing;
    const round = store.rounds.findByMessage(
      address.platform,
      address.conversationId,
      args.messageId,
    );
    if (!round) return nothing;
    const roundArg = { round: String(round.id) };
    if (round.kind === 'remiss') {
      return refusal(t('rounds.reply.remiss', { title: round.title }), {
        label: t('rounds.button.answer'),
        command: 'rounds.answer',
        args: roundArg,
      });
    }
    const closed = closedReason(ctx, round);
    if (closed) return refusal(t(closed.key, { title: round.title, when: closed.when }));
    const text = cleanText(args.text);
    const problem = textProblem(t, text);
    if (problem) {
      return refusal(t('rounds.reply.refused', { problem }), {
        label: t('rounds.button.give'),
        command: 'rounds.input',
        args: roundArg,
      });
    }
    const prompts = store.rounds.prompts(round.id);
    try {
      const input = addInput(ctx, round, {
        promptId: prompts.length === 1 ? (prompts[0]?.id ?? null) : null,
        text,
        tags: [],
        source: 'reply',
      });
      return inputSavedReply(ctx, round, input, 'rounds.reply.saved');
    } catch (error) {
      if (error instanceof UserError) return refusal(t(error.messageKey, error.params));
      throw error;
    }
  },
});
