import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeButtonValue } from './button-value.js';
import { deliver } from './deliver.js';
import { deliverFiles } from './deliver-files.js';
import { openModal } from './open-modal.js';
import { buttonPayload, readPayload } from './payload-schemas.js';
import { refreshHome } from './publish-home.js';
import { renderMessage } from './render-message.js';
import { slackAddress } from './slack-address.js';
import type { SlackDoorContext } from './slack-door-context.js';

/**
 * A click on one of our buttons runs the command the button carries. A value we cannot read
 * (forged, or from a message older than this format) runs the empty command id, which the
 * dispatcher answers with its "something isn't right" message.
 */
export function onButton(ctx: SlackDoorContext) {
  return async ({
    ack,
    body,
    action,
    respond,
    client,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    // Slack shows an error on the button unless we acknowledge within 3 s.
    await ack();
    if (!readPayload(buttonPayload, body, ctx.logger, 'button')) return;
    const ref = decodeButtonValue(action.type === 'button' ? action.value : undefined);
    const commandId = ref?.c ?? '';
    const actor = await ctx.actors.actorFor(client, body.user.id);
    const channelId = body.container?.channel_id;
    const address =
      typeof channelId === 'string' ? slackAddress(channelId, body.channel?.name) : undefined;
    const reply = await ctx.dispatcher.run(actor, commandId, ref?.a ?? {}, address);
    if (reply.kind === 'form') {
      // Nothing has changed yet, so a modal that fails to open is the error boundary's.
      await openModal(client, body.trigger_id, reply.form, actor.locale);
      return;
    }
    const message = renderMessage(reply.view);
    // Buttons in the Home tab come without a response_url: answer in the app's DM instead.
    const { response_url: responseUrl } = body;
    await deliver(ctx, responseUrl ? 'response_url' : 'chat.postMessage', () =>
      responseUrl
        ? respond({ response_type: 'ephemeral', replace_original: false, ...message })
        : client.chat.postMessage({ channel: body.user.id, ...message }),
    );
    await deliverFiles(ctx, client, body.user.id, reply.attachments);
    // Only the person's own commands can change what their Home shows, and only when done.
    if (!reply.outcome && !reply.forgotten && ctx.dispatcher.isPersonal(commandId)) {
      await refreshHome(ctx, client, actor);
    }
  };
}
