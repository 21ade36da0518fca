import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse } from 'node:querystring';
import { isValidSlackRequest } from '@slack/bolt';
import type { Logger } from '../../core/logger.js';
import { envelopePayload } from './payload-schemas.js';

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/** The part of Bolt's HTTPReceiver this touches: the listener its server calls. */
export interface BoltHttpReceiver {
  requestListener: RequestListener;
}

/** Where Bolt's HTTPReceiver takes Slack's requests (its default `endpoints`). */
const eventsPath = '/slack/events';
/** Bolt's own limit on a request body (HTTPReceiver's default `bodyLimit`). */
const bodyLimit = 4 * 1024 * 1024;

/** The body as Bolt will parse it; undefined where Bolt's own parse fails (it answers 400). */
function parsed(text: string, contentType: string | undefined): { value: unknown } | undefined {
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const form = parse(text);
      return { value: typeof form.payload === 'string' ? JSON.parse(form.payload) : form };
    }
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : '';
};

/**
 * Bolt 5's HTTPReceiver trusts a signed body's shape. It reads `body.ssl_check` on whatever
 * JSON.parse gave, inside a promise nobody awaits, so a body of `null` (or `payload=null`)
 * is an unhandled rejection that ends the process; before any middleware it reads
 * `body.user.team_id` and `'channel' in event` (a 500), and a body of no type it knows is
 * never acknowledged (404 after 3 s, logged as an error). So POST bodies are read here
 * first: a signed one whose envelope is not what Slack documents is answered 400 at once.
 * Everything else goes on to Bolt, which checks the signature again and answers unsigned
 * or unreadable bodies itself (401, 400). Bolt takes a body already read (`rawBody`), so
 * nothing is read twice.
 */
export function guardBoltBodies(
  receiver: BoltHttpReceiver,
  signingSecret: string,
  logger: Logger,
): void {
  const bolt = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    // Other paths and methods go to Bolt at once: it throws for those it does not serve, and
    // its server turns that into a 404 only when the throw happens in this very call.
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'POST' || path !== eventsPath) return bolt(req, res);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= bodyLimit) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > bodyLimit) return void res.writeHead(413).end();
      const raw = Buffer.concat(chunks);
      const text = raw.toString();
      const body = parsed(text, req.headers['content-type']);
      const form = body?.value as { ssl_check?: unknown } | null | undefined;
      const signed =
        body !== undefined &&
        form?.ssl_check === undefined &&
        isValidSlackRequest({
          signingSecret,
          body: text,
          headers: {
            'x-slack-signature': header(req, 'x-slack-signature'),
            'x-slack-request-timestamp': Number(header(req, 'x-slack-request-timestamp')),
          },
        });
      if (signed && !envelopePayload.safeParse(body.value).success) {
        logger.warn('slack payload refused', { what: 'envelope' });
        return void res.writeHead(400).end();
      }
      Object.assign(req, { rawBody: raw });
      bolt(req, res);
    });
    req.on('error', () => res.destroy());
  };
}
