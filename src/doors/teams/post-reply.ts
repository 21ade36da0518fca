import type { Reply } from '../../core/chat.js';
import { deliver } from './error-boundary.js';
import { personalChatCard, tooPrivateFor } from './keep-private.js';
import { cardActivity, replyActivity } from './reply-activity.js';
import type { Turn } from './teams-turn.js';

/**
 * Posts a reply as a new message in the turn's conversation, with links to its files. A
 * reply that is too private for the conversation, or none at all (the command was not run
 * for that reason), becomes the pointer to the personal chat instead.
 */
export async function postReply(
  turn: Turn,
  reply: Reply | undefined,
  activityType: string,
): Promise<void> {
  const { address, actor } = turn;
  let outgoing: ReturnType<typeof cardActivity>;
  if (reply && !tooPrivateFor(reply, address)) {
    outgoing = replyActivity(reply, turn.offer(reply));
  } else {
    const { card, summary } = personalChatCard(address, actor.locale);
    outgoing = cardActivity(card, summary);
  }
  await deliver(turn.logger, () => turn.send(outgoing), activityType);
}
