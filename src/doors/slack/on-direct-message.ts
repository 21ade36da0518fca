import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Form, View } from '../../core/chat.js';
import { deliver } from './deliver.js';
import { deliverFiles } from './deliver-files.js';
import { messageEventPayload, readPayload } from './payload-schemas.js';
import { renderMessage } from './render-message.js';
import { slackAddress } from './slack-address.js';
import type { SlackDoorContext } from './slack-door-context.js';

type MessageEvent = SlackEventMiddlewareArgs<'message'>['message'];

/**
 * Only what a person types to us in the app's DM. Edits, deletions, joins and file shares
 * (see on-file-share.ts) carry a `subtype`; messages from bots (our own replies included)
 * carry a `bot_id`.
 */
export function isPersonMessage(
  message: MessageEvent,
): message is MessageEvent & { subtype: undefined; user: string } {
  return (
    message.channel_type === 'im' &&
    message.subtype === undefined &&
    !('bot_id' in message && message.bot_id) &&
    typeof message.user === 'string'
  );
}

/**
 * A modal opens only with a trigger_id, which comes with clicks and commands but not with a
 * typed message. So a form asked for in the DM is offered as one button that runs the same
 * command: one click, and the modal opens.
 */
export function formLauncher(
  command: { commandId: string; args: Record<string, unknown> },
  form: Form,
): View {
  const stringArgs = Object.fromEntries(
    Object.entries(command.args).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
  return {
    blocks: [
      ...(form.intro ? [{ kind: 'text' as const, text: form.intro }] : []),
      {
        kind: 'actions',
        buttons: [
          { label: form.title, command: command.commandId, args: stringArgs, style: 'primary' },
        ],
      },
    ],
  };
}

/** A typed line in the app's DM, answered in the same DM. */
export function onDirectMessage(ctx: SlackDoorContext) {
  return async ({
    message,
    client,
  }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    if (!isPersonMessage(message)) return;
    if (!readPayload(messageEventPayload, message, ctx.logger, 'message')) return;
    const text = message.text ?? '';
    const actor = await ctx.actors.actorFor(client, message.user);
    const reply = await ctx.dispatcher.runText(actor, text, slackAddress(message.channel));
    const send = (view: View) =>
      deliver(ctx, 'chat.postMessage', () =>
        client.chat.postMessage({ channel: message.channel, ...renderMessage(view) }),
      );
    if (reply.kind === 'message') {
      await send(reply.view);
      return deliverFiles(ctx, client, message.user, reply.attachments);
    }
    // Only a command that ran answers with a form, so the text names that command.
    const command = ctx.dispatcher.parse(text);
    if ('commandId' in command) await send(formLauncher(command, reply.form));
  };
}
