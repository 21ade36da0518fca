import type { Actor, Address, Reply } from '../../core/chat.js';
import type { Logger } from '../../core/logger.js';
import type { Recipient } from '../../core/outbox/outlet.js';
import type { Store } from '../../store/store.js';
import type { TeamsOutlet } from './create-teams-outlet.js';
import { deliver } from './error-boundary.js';
import type { TeamsActivity, TeamsReference } from './teams-address.js';

/** What became of a reply meant for the person's personal chat. */
export type PersonalChatResult = 'sent' | 'no chat' | 'failed';

/**
 * Sends a reply to the person's personal chat with the bot. `open` (the default) opens one
 * when none is stored; without it a person with no stored chat gets nothing ('no chat').
 */
export type ToPersonalChat = (
  reply: Reply,
  activityType: string,
  options?: { open?: boolean },
) => Promise<PersonalChatResult>;

export interface PersonalChatDeps {
  store: Store;
  logger: Logger;
  /** The outlet's send of a whole reply to a person (see create-teams-outlet.ts). */
  sendReplyToPerson: TeamsOutlet['sendReplyToPerson'];
  now: () => Date;
}

/**
 * How one turn reaches its sender in private: Teams has no message only one person in a
 * channel sees, so a reply with someone's own data, from a command that ran in a channel
 * or group chat, goes to their personal chat with the bot instead. That is the chat we
 * have stored for them, or else one opened through the activity's Bot Connector with the
 * sender's Teams id and tenant (Teams keeps one per user and bot, so opening it again finds
 * the same chat); an opened chat is remembered for what the bot sends later. A failure is
 * logged by the call and HTTP status only, never with the reply.
 */
export function personalChatOf(
  deps: PersonalChatDeps,
  activity: TeamsActivity,
  actor: Actor,
  address: Address,
): ToPersonalChat {
  const { store, logger } = deps;
  return async (reply, activityType, { open = true } = {}) => {
    // The dispatcher has just resolved the person, so they are known by now.
    const personId = store.people.findByIdentity('teams', actor.userId)?.id;
    const stored =
      personId === undefined ? undefined : store.conversations.personalFor(personId, 'teams');
    if (!stored && !open) return 'no chat';
    const ref = (address.reference ?? {}) as TeamsReference;
    const recipient: Recipient = stored
      ? { userId: actor.userId, address: stored }
      : {
          userId: actor.userId,
          reference: {
            serviceUrl: ref.serviceUrl,
            tenantId: ref.tenantId,
            botId: ref.botId,
            memberId: activity.from.id,
          },
        };
    const sent = await deliver(
      logger,
      async () => {
        const delivered = await deps.sendReplyToPerson(recipient, reply, actor.locale);
        if (!stored && personId !== undefined) {
          store.conversations.remember(delivered.address, personId, deps.now().toISOString());
        }
      },
      activityType,
      'teams reply to the personal chat not delivered',
    );
    return sent ? 'sent' : 'failed';
  };
}
