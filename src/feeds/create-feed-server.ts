import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CycleFeedDeps, cycleFeedRoute } from './cycle-feed-route.js';
import { healthRoute } from './health-route.js';

export interface FeedServerOptions {
  port: number;
  /** Undefined: every interface (behind a reverse proxy that Outlook can reach). */
  host?: string;
}

export type FeedServer = ReturnType<typeof createFeedServer>;

/**
 * The bot's own small HTTP server for calendar feeds, apart from the doors' servers, so the
 * feed works whichever doors run (the terminal, Slack in Socket Mode, Teams). A port that is
 * taken (a second process on the same machine) is logged, and the bot runs on without it.
 * It also answers `GET /healthz`, as every HTTP server of the bot does: this one runs always.
 */
export function createFeedServer(deps: CycleFeedDeps, options: FeedServerOptions) {
  let server: Server | undefined;
  return {
    /** Resolves with the port listened on, or undefined when the server could not start. */
    async start(): Promise<number | undefined> {
      const health = healthRoute(deps.store);
      const feed = cycleFeedRoute(deps);
      const candidate = createServer((req, res) => {
        if (!health(req, res)) feed(req, res);
      });
      // Keep-alive connections from calendar clients must not hold up a stop.
      candidate.keepAliveTimeout = 5000;
      try {
        await new Promise<void>((resolve, reject) => {
          candidate.once('error', reject);
          candidate.listen(options.port, options.host, () => {
            candidate.off('error', reject);
            resolve();
          });
        });
      } catch (error) {
        deps.logger.warn('calendar feed server did not start', {
          port: options.port,
          error: error instanceof Error ? error.message : String(error),
        });
        return undefined;
      }
      server = candidate;
      const port = (server.address() as AddressInfo).port;
      deps.logger.info('calendar feed listening', { port });
      return port;
    },
    async stop(): Promise<void> {
      const running = server;
      server = undefined;
      if (!running) return;
      running.closeIdleConnections();
      await new Promise<void>((resolve) => running.close(() => resolve()));
    },
  };
}
