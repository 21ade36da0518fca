import type { Server } from 'node:http';
import { App, type AppOptions, type BlockAction, SocketModeReceiver } from '@slack/bolt';
import type { Outlet } from '../../core/outbox/outlet.js';
import { healthPath, healthRoute } from '../../feeds/health-route.js';
import type { Door, DoorDeps } from '../door.js';
import { boltLogger } from './bolt-logger.js';
import { createSlackOutlet } from './create-slack-outlet.js';
import { type BoltHttpReceiver, guardBoltBodies } from './guard-bolt-body.js';
import { onButton } from './on-button.js';
import { onDirectMessage } from './on-direct-message.js';
import { onFault } from './on-fault.js';
import { onFileShare } from './on-file-share.js';
import { onFormSubmit } from './on-form-submit.js';
import { onHomeOpened } from './on-home-opened.js';
import { onSlashCommand, slashCommand } from './on-slash-command.js';
import { onThreadReply } from './on-thread-reply.js';
import { refuseMalformed } from './refuse-malformed.js';
import { actionIdPrefix } from './render-blocks.js';
import { formCallbackId } from './render-modal.js';
import { skipRepeats } from './skip-repeats.js';
import { createSlackActors } from './slack-actor.js';
import type { SlackDoorContext } from './slack-door-context.js';

export interface SlackDoorOptions {
  botToken: string;
  /** Verifies that HTTP requests come from Slack; not needed in Socket Mode. */
  signingSecret?: string;
  /** With an app-level token (xapp-…) the door uses Socket Mode and opens no HTTP port. */
  appToken?: string;
  port: number;
  host?: string;
  /** Another Web API base URL (tests point it at a local fake). */
  apiUrl?: string;
  /** With both ids given, Bolt never needs to call auth.test to learn them. */
  botId?: string;
  botUserId?: string;
  /** Proactive messages a second the courier may send through Slack (default 1). */
  sendsPerSecond?: number;
}

/** The Web API base when none is given; shared files are fetched from its host or below. */
const slackApiUrl = 'https://slack.com/api/';
/** Files people share with the bot are read into memory and handed on as base64. */
const maxFileBytes = 2 * 1024 * 1024;

/** Wiring only: a Bolt app, our listeners, and start/stop. */
export function createSlackDoor(
  deps: DoorDeps,
  options: SlackDoorOptions,
): Door & { outlet: Outlet; address(): { port: number } | undefined } {
  const { botToken, signingSecret, appToken, apiUrl, botId, botUserId } = options;
  const socketMode = Boolean(appToken);
  if (!socketMode && !signingSecret) {
    throw new Error('Slack: set SLACK_SIGNING_SECRET, or SLACK_APP_TOKEN for Socket Mode');
  }
  const logger = boltLogger(deps.logger);
  // Bolt's default is 10 retries over about 30 minutes: right for Slack, wrong for a fake.
  const clientOptions = apiUrl ? { slackApiUrl: apiUrl, retryConfig: { retries: 0 } } : undefined;
  // Socket Mode through a receiver of our own, not the one Bolt would build, because:
  // - Bolt's receiver.stop() sends the close frame and returns at once; stop() below waits on
  //   the client's disconnect(), which resolves once the socket is closed and no reconnect
  //   is pending.
  // - Bolt hands its receiver the very clientOptions object of its Web API client, and the
  //   Socket Mode client writes `retryConfig: { retries: 100 }` into it when none is set; the
  //   per-workspace clients Bolt gives listeners then inherit 100 retries.
  // Given apiUrl, apps.connections.open goes there too (tests: the local fake).
  const receiver = appToken
    ? new SocketModeReceiver({
        appToken,
        logger,
        installerOptions: clientOptions ? { clientOptions: { ...clientOptions } } : {},
      })
    : undefined;
  const appOptions: AppOptions = {
    token: botToken,
    botId,
    botUserId,
    logger,
    // Our error boundary wants the request body, to say who to apologise to.
    extendedErrorHandler: true,
    // No network in the constructor: start() verifies the token, and a failure there is a
    // clear start-up error rather than an unhandled rejection. With both bot ids known there
    // is nothing to verify them with.
    deferInitialization: true,
    tokenVerificationEnabled: !(botId && botUserId),
    // Over HTTP, Bolt's server answers GET /healthz too (Socket Mode has no server of ours).
    ...(receiver
      ? { socketMode: true, receiver }
      : {
          signingSecret,
          customRoutes: [
            {
              path: healthPath,
              method: ['GET', 'HEAD'],
              handler: (req, res) => void healthRoute(deps.store)(req, res),
            },
          ],
        }),
    ...(clientOptions ? { clientOptions } : {}),
  };
  const app = new App(appOptions);
  // Over HTTP, a body Bolt's receiver would choke on is refused first (see guard-bolt-body.ts).
  if (!receiver && signingSecret) {
    const http = (app as unknown as { receiver: BoltHttpReceiver }).receiver;
    guardBoltBodies(http, signingSecret, deps.logger);
  }
  const ctx: SlackDoorContext = {
    dispatcher: deps.dispatcher,
    logger: deps.logger,
    defaultLocale: deps.defaultLocale,
    actors: createSlackActors(deps),
  };

  // First: a retried event or a replayed request stops here (see skip-repeats.ts).
  app.use(skipRepeats({ deliveries: deps.store.deliveries, logger: deps.logger }));
  // Then: a payload Bolt's own routing cannot read is acknowledged and dropped.
  app.use(refuseMalformed(deps.logger));
  app.command(slashCommand, onSlashCommand(ctx));
  app.action<BlockAction>(
    { type: 'block_actions', action_id: new RegExp(`^${actionIdPrefix}`) },
    onButton(ctx),
  );
  app.view(formCallbackId, onFormSubmit(ctx));
  app.event('app_home_opened', onHomeOpened(ctx));
  app.message(onDirectMessage(ctx));
  app.message(onThreadReply(ctx));
  app.message(
    onFileShare(ctx, { botToken, apiUrl: apiUrl ?? slackApiUrl, maxBytes: maxFileBytes }),
  );
  app.error(onFault(ctx, app.client));
  // Proactive sends go through a Web API client of the outlet's own (see its comment).
  const outlet = createSlackOutlet({
    botToken,
    ...(apiUrl ? { apiUrl } : {}),
    ...(options.sendsPerSecond ? { sendsPerSecond: options.sendsPerSecond } : {}),
    logger: deps.logger,
  });

  let started = false;
  let server: Server | undefined;
  return {
    name: 'slack',
    outlet,
    async start() {
      await app.init();
      // Socket Mode dials out to Slack; otherwise Bolt's HTTPReceiver serves /slack/events.
      const listening = socketMode
        ? await app.start()
        : await app.start({ port: options.port, host: options.host });
      server = socketMode ? undefined : (listening as Server);
      started = true;
    },
    async stop() {
      if (!started) return;
      started = false;
      server = undefined;
      if (receiver) {
        // Resolves on the client's `disconnected`: socket closed, ping timers and any pending
        // reconnect cleared. Bolt's stop() (below) then finds nothing left to close.
        await receiver.client.disconnect();
      }
      await app.stop();
    },
    address() {
      const bound = server?.address();
      return bound && typeof bound === 'object' ? { port: bound.port } : undefined;
    },
  };
}
