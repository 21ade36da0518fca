import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Store } from '../store/store.js';

export const healthPath = '/healthz';

export interface Health {
  status: 'ok' | 'unavailable';
  database: 'ok' | 'unavailable';
}

/**
 * Whether the database answers: a closed connection (the bot is stopping) or a file that
 * cannot be read shows as unavailable. Counting the schema reads the file's first page (a
 * bare `SELECT 1` reads none) and costs next to nothing, so a load balancer may ask every
 * few seconds.
 */
export function checkHealth(store: Pick<Store, 'db'>): Health {
  try {
    const ok =
      store.db.open &&
      store.db.prepare('SELECT count(*) AS n FROM sqlite_master').get() !== undefined;
    return ok ? { status: 'ok', database: 'ok' } : unavailable;
  } catch {
    return unavailable;
  }
}

const unavailable: Health = { status: 'unavailable', database: 'unavailable' };

/**
 * `GET /healthz` (and HEAD) on whichever of the bot's HTTP servers is asked: 200 with the
 * database's state, or 503 when it does not answer. The answer never names a path nor
 * carries an error's text. Returns false for any other request, for the server's own routes.
 */
export function healthRoute(store: Pick<Store, 'db'>) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== healthPath || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    req.resume();
    const health = checkHealth(store);
    const body = JSON.stringify(health);
    res.writeHead(health.status === 'ok' ? 200 : 503, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
