import { z } from 'zod';
import type { Button, Reply } from '../chat.js';
import { message } from '../chat.js';
import { defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { cleanText } from './clean-text.js';
import { inputSavedReply } from './input-saved-reply.js';
import { closedReason, roundPass } from './round-access.js';
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
 * A reply shows its author's name to everyone in the conversation, so only a round with
 * names takes replies: in any other the reply is not stored, and the replier is asked, in
 * private, to delete it and to use the form, which keeps their name out of the channel.
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
    // The refusal goes to the replier alone (in Teams, to their own chat): the form's button
    // carries their pass, so it works there too.
    const give: Button = {
      label: t('rounds.button.give'),
      command: 'rounds.input',
      args: { ...roundArg, pass: roundPass(ctx, round.id) },
    };
    const closed = closedReason(ctx, round);
    if (round.anonymity !== 'named') {
      const note = t('rounds.reply.notNamed', { title: round.title });
      if (!closed) return refusal(note, give);
      return refusal(`${note}\n\n${t(closed.key, { title: round.title, when: closed.when })}`);
    }
    if (closed) return refusal(t(closed.key, { title: round.title, when: closed.when }));
    const text = cleanText(args.text);
    const problem = textProblem(t, text);
    if (problem) return refusal(t('rounds.reply.refused', { problem }), give);
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
