import type { Reply } from '../../core/chat.js';
import { translator } from '../../core/i18n/translate.js';
import { deliver } from './error-boundary.js';
import { personalChatCard, tooPrivateFor } from './keep-private.js';
import { cardActivity, replyActivity } from './reply-activity.js';
import type { Turn } from './teams-turn.js';

/**
 * Posts a reply as a new message in the turn's conversation, with links to its files. A
 * reply that is too private for the conversation (one of a command marked personal, one
 * marked personal itself, or one with files, in a channel or group chat) goes to the
 * person's personal chat with the bot instead, and
 * nothing is posted here; only if it cannot go there does the conversation get a pointer to
 * the personal chat, saying nothing of the reply.
 */
export async function postReply(turn: Turn, reply: Reply, activityType: string): Promise<void> {
  const { address, actor } = turn;
  let outgoing: ReturnType<typeof cardActivity>;
  if (!tooPrivateFor(reply, address)) {
    outgoing = replyActivity(reply, turn.offer(reply));
  } else {
    if ((await turn.toPersonalChat(reply, activityType)) === 'sent') return;
    // The command has run; only its answer did not arrive, and that is what the person hears.
    const text = translator(actor.locale)('teams.personalChat.failed');
    const { card, summary } = personalChatCard(address, actor.locale, text);
    outgoing = cardActivity(card, summary);
  }
  await deliver(turn.logger, () => turn.send(outgoing), activityType);
}
