import type { Reply } from '../../core/chat.js';
import { translator } from '../../core/i18n/translate.js';
import { deliver } from './error-boundary.js';
import { personalChatCard, tooPrivateFor } from './keep-private.js';
import { cardActivity, replyActivity } from './reply-activity.js';
import type { Turn } from './teams-turn.js';

/**
 * Posts a reply as a new message in the turn's conversation, with links to its files. A
 * reply that is too private for the conversation goes to the person's personal chat with the
 * bot instead, and nothing is posted here; if it cannot go there, or there is no reply at
 * all (the command was not run for that reason), the conversation gets the pointer to the
 * personal chat.
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
    if (reply && (await turn.toPersonalChat(reply, activityType)) === 'sent') return;
    const text = reply ? translator(actor.locale)('teams.personalChat.failed') : undefined;
    const { card, summary } = personalChatCard(address, actor.locale, text);
    outgoing = cardActivity(card, summary);
  }
  await deliver(turn.logger, () => turn.send(outgoing), activityType);
}
