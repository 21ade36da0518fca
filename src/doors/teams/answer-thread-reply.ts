import type { Outlet } from '../../core/outbox/outlet.js';
import type { Store } from '../../store/store.js';
import { deliver } from './error-boundary.js';
import type { Turn } from './teams-turn.js';
import { threadReplyCommand } from './thread-reply.js';

/** What answering a thread reply needs besides the turn. */
export interface ThreadReplyTools {
  store: Store;
  /** The outlet's send to a personal chat: its own connector, card and download links. */
  sendToPerson: Outlet['sendToPerson'];
}

/**
 * A reply in a channel thread runs `conversation.reply` with the thread's root post and the
 * text without its @mentions. An empty answer (a thread the core does not know) says nothing.
 * Any other answer is the replier's own business, and Teams has no message only one person
 * in a channel sees: so it never goes to the channel, but to the person's personal chat with
 * the bot when we have one, and otherwise nowhere (logged at debug, without its content).
 */
export async function answerThreadReply(
  turn: Turn,
  root: string,
  text: string,
  tools: ThreadReplyTools,
): Promise<void> {
  const { dispatcher, actor, address, logger } = turn;
  const reply = await dispatcher.run(actor, threadReplyCommand, { messageId: root, text }, address);
  if (reply.kind === 'form') {
    logger.warn('teams cannot show a form in answer to a thread reply', {
      command: threadReplyCommand,
    });
    return;
  }
  if (reply.view.blocks.length === 0) return;
  // The dispatcher has just resolved the person, so they are known by now.
  const personId = tools.store.people.findByIdentity('teams', actor.userId)?.id;
  const chat =
    personId === undefined ? undefined : tools.store.conversations.personalFor(personId, 'teams');
  if (!chat) {
    logger.debug('teams answer to a thread reply not shown: no personal chat stored', {
      command: threadReplyCommand,
    });
    return;
  }
  await deliver(
    logger,
    () =>
      tools.sendToPerson(
        { userId: actor.userId, address: chat },
        {
          view: reply.view,
          locale: actor.locale,
          ...(reply.attachments?.length ? { attachments: reply.attachments } : {}),
        },
      ),
    'message',
  );
}
