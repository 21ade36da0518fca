import { decodeCardData } from './card-data.js';
import { postReply } from './post-reply.js';
import { runCard, type Turn } from './teams-turn.js';

/** `<at>forumbot</at> anmäl` in a channel is "anmäl" to us. */
export const stripMentions = (text: string | undefined): string =>
  (text ?? '')
    .replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ')
    .replace(/&nbsp;/g, ' ')
    .trim();

/**
 * A message: typed text, or an Action.Submit from a client without Universal Actions (the
 * card's data and inputs arrive in `value`). A value that is not ours (another app's card)
 * leaves the text, or the help, to answer. The reply is posted as a new message; in a
 * channel or group chat, a reply with the person's own data (any reply of a command marked
 * personal, such as `anmäl`) goes to their personal chat with the bot instead, and nothing
 * is posted in the conversation (see post-reply.ts).
 */
export async function answerMessage(
  turn: Turn,
  activity: { text?: string; value?: unknown },
): Promise<void> {
  const { dispatcher, actor, address } = turn;
  const submitted = decodeCardData(activity.value);
  const text = stripMentions(activity.text);
  const reply = submitted
    ? await runCard(turn, submitted)
    : await dispatcher.runText(actor, text, address);
  await postReply(turn, reply, 'message');
}
