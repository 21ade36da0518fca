import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, type AppOptions, type IPlugin } from '@microsoft/teams.apps';
import { healthRoute } from '../../feeds/health-route.js';
import type { Door, DoorDeps } from '../door.js';
import { maxFileBytes } from './answer-files.js';
import { createFileFetcher } from './create-file-fetcher.js';
import { createTeamsOutlet, type TeamsOutlet } from './create-teams-outlet.js';
import { NodeHttpAdapter } from './node-http-adapter.js';
import { createDownloadOffer } from './offer-downloads.js';
import { registerTeamsHandlers } from './register-teams-handlers.js';
import { createDownloadRoute } from './serve-download.js';
import { createTeamsActor } from './teams-actor.js';
import { teamsLogger } from './teams-logger.js';

export interface TeamsDoorOptions {
  port: number;
  host?: string;
  clientId?: string;
  clientSecret?: string;
  tenantId?: string;
  /** run without validating tokens: local use only */
  anonymous: boolean;
  /**
   * Gets the bot's Entra ID token some other way than with the client secret (a
   * certificate or a managed identity through @azure/identity); with the client id it
   * counts as credentials. The tests stand in for Entra ID with it.
   */
  token?: AppOptions<IPlugin>['token'];
  /**
   * The Microsoft cloud whose Bot Framework signs requests to us (default: the public one,
   * whose keys the SDK fetches from login.botframework.com). The tests point its OpenID
   * metadata at a local key set, so checking a token needs no network.
   */
  cloud?: AppOptions<IPlugin>['cloud'];
  /** Proactive messages a second (default 5): Teams throttles a bot that sends faster. */
  sendsPerSecond?: number;
  /**
   * How long one proactive call to the Bot Connector (a send, an edit, opening a chat,
   * a roster page) may take, in ms (default 30 s); tests pass a short one.
   */
  connectorTimeoutMs?: number;
  /** The clock downloads expire by; tests pass their own. */
  now?: () => Date;
}

export const messagingPath = '/api/messages';

/**
 * The Teams door: the Teams SDK behind our own HTTP server on `/api/messages`. With the bot's
 * client id and secret the SDK checks every request's Bot Connector token; anonymous mode
 * (local tools such as the Agents Playground) accepts anything and says so loudly.
 */
export function createTeamsDoor(
  deps: DoorDeps,
  options: TeamsDoorOptions,
): Door & { address(): { port: number } | undefined; outlet: TeamsOutlet } {
  const credentials = Boolean(options.clientId || options.clientSecret);
  if (credentials && !(options.clientId && (options.clientSecret || options.token))) {
    throw new Error(
      'Teams door: set both the client id and the client secret of the bot registration.',
    );
  }
  if (!credentials && !options.anonymous) {
    throw new Error(
      'Teams door: set the bot’s client id and client secret (with its tenant id) so requests ' +
        'can be verified, or choose anonymous mode for local use only.',
    );
  }
  const logger = teamsLogger(deps.logger);
  const now = options.now ?? (() => new Date());
  const adapter = new NodeHttpAdapter(deps.logger);
  const serveDownload = createDownloadRoute({
    store: deps.store,
    now,
    defaultLocale: deps.defaultLocale,
  });
  const serveHealth = healthRoute(deps.store);
  const server = createServer((req, res) => {
    if (!serveHealth(req, res) && !serveDownload(req, res)) adapter.listener(req, res);
  });
  const address = () => {
    const bound = server.address() as AddressInfo | null;
    return bound ? { port: bound.port } : undefined;
  };
  const offer = createDownloadOffer({
    store: deps.store,
    now,
    baseUrl: () =>
      (deps.publicUrl ?? `http://localhost:${address()?.port ?? options.port}`).replace(/\/+$/, ''),
  });
  const app = new App({
    logger,
    httpServerAdapter: adapter,
    messagingEndpoint: messagingPath,
    // Every value explicit: the SDK otherwise reads CLIENT_ID, CLIENT_SECRET, TENANT_ID and
    // DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS from the environment by itself ('' is unset).
    clientId: options.clientId ?? '',
    clientSecret: options.clientSecret ?? '',
    tenantId: options.tenantId ?? '',
    dangerouslyAllowUnauthenticatedRequests: !credentials,
    ...(options.token ? { token: options.token } : {}),
    ...(options.cloud ? { cloud: options.cloud } : {}),
  });
  const actorOf = createTeamsActor({
    defaultLocale: deps.defaultLocale,
    logger: deps.logger,
  });
  const outlet = createTeamsOutlet({
    store: deps.store,
    logger: deps.logger,
    // With credentials, the client that asks Entra ID for the bot's token on every call.
    // Anonymous, one without: the SDK's would send "Bearer null".
    http: credentials ? app.api.http : app.client,
    ...(options.clientId ? { botId: `28:${options.clientId}` } : {}),
    sendsPerSecond: options.sendsPerSecond ?? 5,
    offer,
    ...(options.connectorTimeoutMs ? { timeoutMs: options.connectorTimeoutMs } : {}),
  });
  registerTeamsHandlers(app, deps, {
    actorOf,
    offer,
    fetchFile: createFileFetcher({
      maxBytes: maxFileBytes,
      allowHttp: !credentials,
      ...(credentials ? {} : { allowedHost: () => true }),
    }),
    sendReplyToPerson: (recipient, reply, locale) =>
      outlet.sendReplyToPerson(recipient, reply, locale),
    now,
  });

  return {
    name: 'teams',
    async start() {
      if (!credentials) {
        deps.logger.warn(
          `Teams door is ANONYMOUS: anyone who can reach ${messagingPath} can post as any ` +
            'user and make the bot call any address. Use it on your own machine only.',
        );
      } else if (options.anonymous) {
        deps.logger.warn('Teams door: credentials are set, so anonymous mode is ignored.');
      }
      if (credentials && !deps.publicUrl) {
        deps.logger.warn(
          'Teams door: no public URL is set, so links to files the bot offers point at ' +
            'localhost and work on this machine only. Set PUBLIC_URL.',
        );
      }
      await app.initialize();
      await new Promise<void>((resolve, reject) => {
        const failed = (error: Error) => {
          server.off('listening', listening);
          const reason = `Teams door cannot listen on port ${options.port}: ${error.message}`;
          reject(new Error(reason, { cause: error }));
        };
        const listening = () => {
          server.off('error', failed);
          server.on('error', (error) =>
            deps.logger.error('teams server error', { error: error.message }),
          );
          resolve();
        };
        server.once('error', failed).once('listening', listening);
        server.listen(options.port, options.host);
      });
      deps.logger.info('teams door listening', { port: address()?.port, path: messagingPath });
    },
    async stop() {
      if (!server.listening) return;
      // close() waits for the requests in hand. The Bot Connector keeps its connections
      // alive, and one that goes idle after its answer would hold the stop for the whole
      // keep-alive timeout: close each as soon as it is idle.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      clearInterval(sweep);
    },
    address,
    outlet,
  };
}
