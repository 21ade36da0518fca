import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { homeOpenedEventPayload, readPayload } from './payload-schemas.js';
import { publishHome } from './publish-home.js';
import { slackAddress } from './slack-address.js';
import type { SlackDoorContext } from './slack-door-context.js';

/**
 * The person opened the app's Home tab: show their page, fresh. Bolt acknowledges events
 * itself before this runs. The Messages tab sends the same event; it shows no page.
 */
export function onHomeOpened(ctx: SlackDoorContext) {
  return async ({
    event,
    client,
  }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== 'home') return;
    if (!readPayload(homeOpenedEventPayload, event, ctx.logger, 'app_home_opened')) return;
    const actor = await ctx.actors.actorFor(client, event.user);
    // The event names the app's DM with the person: remembered for later messages.
    const address = event.channel ? slackAddress(event.channel) : undefined;
    await publishHome(ctx, client, actor, address);
  };
}
