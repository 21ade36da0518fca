import type { IncomingMessage, ServerResponse } from 'node:http';
import type {
  HttpRouteHandler,
  IHttpServerAdapter,
  IHttpServerRequest,
} from '@microsoft/teams.apps';
import type { Logger } from '../../core/logger.js';
import { activityPayload } from './activity-schemas.js';

/** Activities are a few kilobytes; a submitted form with every field full stays far below. */
const maxBodyBytes = 256 * 1024;

/**
 * Lets the SDK's request handler (token check, routing, invoke responses) run on a plain
 * node:http server we own, instead of the Express server the SDK would start itself: we
 * choose the host, read the real port after listening on 0, learn when listening fails,
 * and answer malformed requests with JSON instead of Express printing stacks to stderr.
 */
export class NodeHttpAdapter implements IHttpServerAdapter {
  private readonly routes = new Map<string, HttpRouteHandler>();

  constructor(private readonly logger: Logger) {}

  registerRoute(method: 'POST', path: string, handler: HttpRouteHandler): void {
    this.routes.set(`${method} ${path}`, handler);
  }

  /** The request listener for `http.createServer`. */
  readonly listener = (req: IncomingMessage, res: ServerResponse): void => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const handler = this.routes.get(`${req.method} ${path}`);
    if (!handler) {
      req.resume();
      const known = [...this.routes.keys()].some((r) => r.endsWith(` ${path}`));
      reply(res, known ? 405 : 404, { error: known ? 'method not allowed' : 'not found' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > maxBodyBytes) return reply(res, 413, { error: 'request too large' });
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        this.logger.warn('teams request refused: body is not JSON', { bytes: size });
        return reply(res, 400, { error: 'invalid JSON' });
      }
      const activity = activityPayload.safeParse(body);
      if (!activity.success) {
        const fields = activity.error.issues.map((i) => i.path.slice(0, 2).join('.'));
        this.logger.warn('teams request refused: not an activity', {
          fields: [...new Set(fields)].slice(0, 5),
        });
        return reply(res, 400, { error: 'invalid activity' });
      }
      handler({ body, headers: headersOf(req) }).then(
        (response) => reply(res, response.status, response.body),
        (error: unknown) => {
          this.logger.error('teams request failed', { error: String(error) });
          reply(res, 500, { error: 'internal error' });
        },
      );
    });
    req.on('error', () => res.destroy());
  };
}

function headersOf(req: IncomingMessage): IHttpServerRequest['headers'] {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = value;
  }
  return headers;
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
