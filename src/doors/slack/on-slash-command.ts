import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { deliver } from './deliver.js';
import { deliverFiles } from './deliver-files.js';
import { openModal } from './open-modal.js';
import { readPayload, slashCommandPayload } from './payload-schemas.js';
import { renderMessage } from './render-message.js';
import { slackAddress } from './slack-address.js';
import type { SlackDoorContext } from './slack-door-context.js';

/** The slash command's name, as registered in the app manifest. */
export const slashCommand = '/forum';

/**
 * `/forum <text>`: the text is read like a typed line. The answer is ephemeral (only the
 * person sees it), so using the command in a busy channel disturbs nobody; files that come
 * with it go to the person's DM with the bot.
 */
export function onSlashCommand(ctx: SlackDoorContext) {
  return async ({
    command,
    ack,
    respond,
    client,
  }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    // Slack drops a command not acknowledged within 3 s: acknowledge first, work after.
    await ack();
    if (!readPayload(slashCommandPayload, command, ctx.logger, 'slash command')) return;
    const actor = await ctx.actors.actorFor(client, command.user_id);
    const address = slackAddress(command.channel_id, command.channel_name);
    const reply = await ctx.dispatcher.runText(actor, command.text, address);
    if (reply.kind === 'form') {
      await openModal(client, command.trigger_id, reply.form, actor.locale);
      return;
    }
    const message = renderMessage(reply.view);
    await deliver(ctx, 'response_url', () => respond({ response_type: 'ephemeral', ...message }));
    await deliverFiles(ctx, client, command.user_id, reply.attachments);
  };
}
