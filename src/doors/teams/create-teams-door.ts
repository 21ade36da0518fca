import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App } from '@microsoft/teams.apps';
import type { Door, DoorDeps } from '../door.js';
import { NodeHttpAdapter } from './node-http-adapter.js';
import { registerTeamsHandlers } from './register-teams-handlers.js';
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
): Door & { address(): { port: number } | undefined } {
  const credentials = options.clientId || options.clientSecret;
  if (credentials && !(options.clientId && options.clientSecret)) {
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
  const adapter = new NodeHttpAdapter(deps.logger);
  const server = createServer(adapter.listener);
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
  });
  const actorOf = createTeamsActor({
    defaultLocale: deps.defaultLocale,
    logger: deps.logger,
  });
  registerTeamsHandlers(app, deps, actorOf);

  const address = () => {
    const bound = server.address() as AddressInfo | null;
    return bound ? { port: bound.port } : undefined;
  };

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
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
    },
    address,
  };
}
