import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { deliver } from './deliver.js';
import { deliverFiles } from './deliver-files.js';
import { messageEventPayload, readPayload } from './payload-schemas.js';
import { renderMessage } from './render-message.js';
import { slackAddress } from './slack-address.js';
import type { SlackDoorContext } from './slack-door-context.js';

type MessageEvent = SlackEventMiddlewareArgs<'message'>['message'];

/**
 * The core command a reply in a channel thread becomes. The door does not know what a thread
 * is for (a consultation round, say): it hands over which message was replied to and what was
 * written, and the core decides.
 */
export const threadReplyCommand = 'conversation.reply';

/** A person's reply in a thread of a public or private channel, as the door reads it. */
export interface ThreadReply {
  channel: string;
  user: string;
  /** The reply's own timestamp. */
  ts: string;
  /** The thread's parent message: the `ts` the bot's post got when it was sent. */
  threadTs: string;
  text: string;
}

/**
 * What a `message` event in a channel (`message.channels`) or private channel
 * (`message.groups`) is, if it is a reply in a thread: `thread_ts` is set and differs from
 * the message's own `ts` (the parent carries `thread_ts` equal to its `ts` once it has
 * replies). Edits and deletions (`message_changed`, `message_deleted`), joins and other
 * subtypes are not replies; a reply also sent to the channel (`thread_broadcast`) is.
 * Messages from bots, our own included, carry a `bot_id`.
 */
export function threadReplyOf(event: MessageEvent): ThreadReply | undefined {
  if (event.channel_type !== 'channel' && event.channel_type !== 'group') return undefined;
  if (event.subtype !== undefined && event.subtype !== 'thread_broadcast') return undefined;
  if ('bot_id' in event && event.bot_id) return undefined;
  const {
    user,
    thread_ts: threadTs,
    ts,
    text,
  } = event as {
    user?: unknown;
    thread_ts?: unknown;
    ts: string;
    text?: unknown;
  };
  if (typeof user !== 'string' || typeof threadTs !== 'string' || threadTs === ts) return undefined;
  return { channel: event.channel, user, ts, threadTs, text: typeof text === 'string' ? text : '' };
}

/**
 * A reply in a channel thread runs `conversation.reply` with the parent's `ts` and the text.
 * What the core answers is the replier's own business (a receipt, a refusal), so it never
 * goes to the channel: it is posted ephemerally, in the thread, to that person only. An
 * answer with nothing in it says nothing, which is what a thread the core does not know
 * gets. Files, as everywhere, go to the person's DM with the bot.
 */
export function onThreadReply(ctx: SlackDoorContext) {
  return async ({
    message: event,
    client,
  }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    const reply = threadReplyOf(event);
    if (!reply) return;
    if (!readPayload(messageEventPayload, event, ctx.logger, 'thread reply')) return;
    const actor = await ctx.actors.actorFor(client, reply.user);
    const answer = await ctx.dispatcher.run(
      actor,
      threadReplyCommand,
      { messageId: reply.threadTs, text: reply.text },
      slackAddress(reply.channel),
    );
    if (answer.kind === 'form') {
      // A modal needs a trigger_id, which a message does not bring.
      ctx.logger.warn('slack cannot open a form in answer to a thread reply', {
        command: threadReplyCommand,
      });
      return;
    }
    if (answer.view.blocks.length === 0) return;
    await deliver(ctx, 'chat.postEphemeral', () =>
      client.chat.postEphemeral({
        channel: reply.channel,
        user: reply.user,
        thread_ts: reply.threadTs,
        ...renderMessage(answer.view),
      }),
    );
    await deliverFiles(ctx, client, reply.user, answer.attachments);
  };
}
