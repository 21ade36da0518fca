import type { IActivity } from '@microsoft/teams.api';
import type { TeamsActivity } from './teams-address.js';

/**
 * The core command a reply in a channel thread becomes. The door does not know what a thread
 * is for (a consultation round, say): it hands over which post was replied to and what was
 * written, and the core decides.
 */
export const threadReplyCommand = 'conversation.reply';

/** What an inbound message says about where in a channel it was written. */
export type ChannelMessage = TeamsActivity &
  Partial<Pick<IActivity, 'id' | 'replyToId'>> & { value?: unknown };

/** `19:…@thread.tacv2;messageid=1732266300456`: the thread's root post, after the channel. */
const threadSuffix = /;messageid=([^;]+)$/;

/**
 * The root post a channel message replies to, or undefined for anything else. In a channel
 * every message lives in a thread: Teams names it in `conversation.id` as
 * `<channel id>;messageid=<root post's id>`, and the root post itself carries its own id there.
 * A reply is a message whose thread root is not itself; where the suffix is missing,
 * `replyToId` names the post replied to. A card's Action.Submit also carries `replyToId` (the
 * card's message) and comes with a `value`: it is a click, not something written.
 */
export function threadRootOf(activity: ChannelMessage): string | undefined {
  if (activity.conversation.conversationType !== 'channel') return undefined;
  if (activity.value !== undefined) return undefined;
  const root = threadSuffix.exec(activity.conversation.id)?.[1] ?? activity.replyToId;
  return root && root !== activity.id ? root : undefined;
}

/** Whether the message @mentions this bot (the mention entity names the recipient). */
export function mentionsBot(activity: TeamsActivity): boolean {
  return (activity.entities ?? []).some(
    (entity) =>
      entity.type === 'mention' &&
      'mentioned' in entity &&
      (entity.mentioned as { id?: unknown } | undefined)?.id === activity.recipient.id,
  );
}

/**
 * A new post in a channel that does not @mention the bot is not addressed to it. Without
 * resource-specific consent Teams never delivers one; with `ChannelMessage.Read.Group`
 * (which the manifest asks for, so replies in the bot's threads arrive unmentioned) it
 * delivers every post in the team's channels, and answering each would be noise.
 */
export function notForUs(activity: ChannelMessage): boolean {
  return (
    activity.conversation.conversationType === 'channel' &&
    activity.value === undefined &&
    threadRootOf(activity) === undefined &&
    !mentionsBot(activity)
  );
}
