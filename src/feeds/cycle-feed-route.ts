import type { IncomingMessage, ServerResponse } from 'node:http';
import { cycleCalendar } from '../core/cycle/cycle-calendar.js';
import { sameToken } from '../core/cycle/feed-token.js';
import { translator } from '../core/i18n/translate.js';
import type { Logger } from '../core/logger.js';
import type { Clock } from '../core/time/clock.js';
import type { Store } from '../store/store.js';

const route = /^\/cycle\/([^/]+)\.ics$/;

/** Nothing here may be kept by a cache or a proxy (the link is a secret), nor sniffed. */
const safety = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export interface CycleFeedDeps {
  store: Store;
  clock: Clock;
  logger: Logger;
}

/**
 * `GET /cycle/<token>.ics`: the annual cycle as a calendar to subscribe to. The token is
 * compared in constant time; a wrong one, a missing one and any other path all get the same
 * 404, so a guesser learns nothing. `?lang=en` gives the English titles.
 */
export function cycleFeedRoute(deps: CycleFeedDeps) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    req.resume();
    const notFound = () => {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...safety });
      res.end(req.method === 'HEAD' ? undefined : translator('sv')('cycle.feed.notFound'));
    };
    // A request line Node accepts but URL cannot read (`GET //[`) must not throw: that would
    // end the whole process.
    if (!URL.canParse(req.url ?? '/', 'http://localhost')) {
      notFound();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const given = route.exec(url.pathname)?.[1];
    if (given === undefined) {
      notFound();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', ...safety }).end();
      return;
    }
    const stored = deps.store.cycle.settings()?.feedToken;
    if (!stored || !sameToken(given, stored)) {
      notFound();
      return;
    }
    const locale = url.searchParams.get('lang') === 'en' ? 'en' : 'sv';
    try {
      const body = Buffer.from(cycleCalendar(deps.store, deps.clock.now(), locale), 'utf8');
      res.writeHead(200, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-length': body.length,
        'content-disposition': 'inline; filename="arshjul.ics"',
        ...safety,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      deps.logger.error('cycle feed failed', {
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', ...safety }).end();
    }
  };
}
