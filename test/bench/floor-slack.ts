import { readFileSync } from 'node:fs';
import { App, type BlockAction, LogLevel } from '@slack/bolt';

export interface SlackFloorOptions {
  port: number;
  signingSecret: string;
  botToken: string;
  /** The fake Web API, where auth.test goes at start as it does for the bot. */
  apiUrl: string;
  /** A modal (views.open's `view`) the bot opened, read on first use (see below). */
  modalFile?: string;
}

/** The action id of the floor's second job: acknowledge, then open a modal. */
export const modalActionId = 'bench:modal';

/**
 * The Slack floor: the smallest Bolt app with the same receiver as the bot (Bolt's own
 * HTTPReceiver, signature checks and all) that only acknowledges. What the bot costs above
 * this is what the bot adds. A click on `modalActionId` is the same job as the bot's sign-up
 * button as far as the frameworks go: acknowledge, then views.open with the very modal the
 * bot opened (Bolt's Web API client is a large part of what a click costs).
 */
export async function startSlackFloor(options: SlackFloorOptions): Promise<App> {
  const app = new App({
    token: options.botToken,
    signingSecret: options.signingSecret,
    clientOptions: { slackApiUrl: options.apiUrl, retryConfig: { retries: 0 } },
    logLevel: LogLevel.WARN,
  });
  let modal: unknown;
  app.action<BlockAction>(/.*/, async ({ ack, action, body, client }) => {
    await ack();
    if (action.action_id !== modalActionId || !options.modalFile) return;
    modal ??= JSON.parse(readFileSync(options.modalFile, 'utf8'));
    await client.views.open({ trigger_id: body.trigger_id, view: modal as never });
  });
  app.view(/.*/, async ({ ack }) => {
    await ack();
  });
  await app.start({ port: options.port, host: '127.0.0.1' });
  return app;
}
