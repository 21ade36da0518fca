import { answerMessage } from './answer-message.js';
import type { Turn } from './teams-turn.js';
import { threadReplyCommand } from './thread-reply.js';

/**
 * A reply in a channel thread runs `conversation.reply` with the thread's root post and the
 * text without its @mentions. An empty answer (a thread the core does not know) says nothing.
 * Any other answer is the replier's own business, and Teams has no message only one person
 * in a channel sees: so it never goes to the channel, but to the person's personal chat with
 * the bot. When no chat is stored, one is opened for a personal answer (a saved input with
 * its buttons, or anything from a command marked personal); an answer that is not personal
 * goes only to a chat we already have, and otherwise nowhere (logged at debug, without its
 * content). A send that fails is logged; nothing is said in the channel either way.
 *
 * A reply that @mentions the bot in a thread the core does not know ("@forumbot hjälp" under
 * someone else's post) is a command typed where the person happened to be, and is answered
 * as one, in that thread.
 */
export async function answerThreadReply(
  turn: Turn,
  root: string,
  text: string,
  mentioned = false,
): Promise<void> {
  const { dispatcher, actor, address, logger } = turn;
  const reply = await dispatcher.run(actor, threadReplyCommand, { messageId: root, text }, address);
  if (mentioned && reply.kind === 'message' && reply.view.blocks.length === 0) {
    await answerMessage(turn, { text });
    return;
  }
  if (reply.kind === 'form') {
    logger.warn('teams cannot show a form in answer to a thread reply', {
      command: threadReplyCommand,
    });
    return;
  }
  if (reply.view.blocks.length === 0) return;
  // The dispatcher marks every reply of a command marked personal.
  const result = await turn.toPersonalChat(reply, 'message', { open: reply.personal === true });
  if (result === 'no chat') {
    logger.debug('teams answer to a thread reply not shown: no personal chat stored', {
      command: threadReplyCommand,
    });
  }
}
