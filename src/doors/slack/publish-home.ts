import type { webApi } from '@slack/bolt';
import type { Actor, Address } from '../../core/chat.js';
import { renderBlocks, slackLimits } from './render-blocks.js';
import type { SlackDoorContext } from './slack-door-context.js';

/**
 * Shows the person's own page in the app's Home tab. Slack keeps the last published view
 * until we publish another, so this also runs after anything that may change what the page
 * shows (a submitted form, a pressed button).
 */
export async function publishHome(
  ctx: SlackDoorContext,
  client: webApi.WebClient,
  actor: Actor,
  address?: Address,
): Promise<void> {
  const reply = await ctx.dispatcher.run(actor, 'home', {}, address);
  // A Home tab holds blocks only; the home command never answers with a form.
  if (reply.kind !== 'message') return;
  await client.views.publish({
    user_id: actor.userId,
    view: { type: 'home', blocks: renderBlocks(reply.view, slackLimits.surfaceBlocks) },
  });
}

/**
 * Refreshes the Home tab after the person already has their answer. A failure here is
 * logged, not apologised for: what they asked for has been done and said.
 */
export async function refreshHome(
  ctx: SlackDoorContext,
  client: webApi.WebClient,
  actor: Actor,
): Promise<void> {
  try {
    await publishHome(ctx, client, actor);
  } catch (error) {
    ctx.logger.warn('slack home refresh failed', {
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
