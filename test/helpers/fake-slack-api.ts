import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A person in the fake workspace, as `users.info` describes them. */
export interface FakeSlackUser {
  realName?: string;
  displayName?: string;
  email?: string;
  /** An IETF tag such as `sv-SE`; returned only when asked with `include_locale`. */
  locale?: string;
}

export interface RecordedCall {
  /** `api` for Web API methods, `response_url` for posts to a response URL. */
  kind: 'api' | 'response_url';
  /** The Web API method (`chat.postMessage`) or the response id (`cmd-1`). */
  method: string;
  authorization: string | undefined;
  /** Form fields, with the JSON-string fields (`blocks`, `view`…) parsed; or a JSON body. */
  body: Record<string, unknown>;
}

type Match = string | ((call: RecordedCall) => boolean);
const matches = (match: Match, call: RecordedCall) =>
  typeof match === 'string' ? call.method === match : match(call);

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** WebClient sends form fields; objects and arrays travel as JSON strings inside them. */
function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.startsWith('application/json')) return raw ? JSON.parse(raw) : {};
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return body;
}

let ts = 0;

/**
 * A local stand-in for Slack's Web API (point `clientOptions.slackApiUrl` at `apiUrl`) and
 * for response URLs (`responseUrl(id)`). It records every call and answers like Slack.
 */
export async function startFakeSlackApi(
  users: Record<string, FakeSlackUser> = {},
  /**
   * The WebSocket URL `apps.connections.open` hands out (see fake-slack-socket); without one
   * it answers `invalid_auth`, which the Socket Mode client does not retry.
   */
  options: { socketUrl?: string } = {},
) {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, string>();
  const waiters: { match: Match; count: number; resolve: () => void }[] = [];

  const answers: Record<string, (b: Record<string, unknown>) => Record<string, unknown>> = {
    'auth.test': () => ({ team_id: 'T0001', user_id: 'U0BOT', bot_id: 'B0BOT' }),
    'apps.connections.open': () =>
      options.socketUrl ? { url: options.socketUrl } : { ok: false, error: 'invalid_auth' },
    'chat.postMessage': (b) => ({
      channel: b.channel,
      ts: `1700000000.${String(++ts).padStart(6, '0')}`,
    }),
    'views.open': (b) => ({ view: { id: 'V0001', ...(b.view as object) } }),
    'views.update': (b) => ({ view: { id: 'V0001', ...(b.view as object) } }),
    'views.publish': (b) => ({ view: { id: 'VHOME', ...(b.view as object) } }),
    'users.info': (b) => {
      const id = String(b.user);
      const user = users[id];
      if (!user) return { ok: false, error: 'user_not_found' };
      return {
        user: {
          id,
          name: id.toLowerCase(),
          real_name: user.realName,
          tz: 'Europe/Stockholm',
          ...(b.include_locale === 'true' && user.locale ? { locale: user.locale } : {}),
          profile: { display_name: user.displayName ?? '', email: user.email },
        },
      };
    },
  };

  function record(call: RecordedCall) {
    calls.push(call);
    for (const waiter of [...waiters]) {
      if (calls.filter((c) => matches(waiter.match, c)).length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }

  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    const body = parseBody(await readBody(req), req.headers['content-type']);
    const authorization = req.headers.authorization;
    if (path.startsWith('/api/')) {
      const method = path.slice('/api/'.length);
      record({ kind: 'api', method, authorization, body });
      const failure = failures.get(method);
      const answer = failure ? { ok: false, error: failure } : (answers[method]?.(body) ?? {});
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, ...answer }));
      return;
    }
    if (path.startsWith('/response/')) {
      record({
        kind: 'response_url',
        method: path.slice('/response/'.length),
        authorization,
        body,
      });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'); // what Slack answers
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id: string) => `${base}/response/${id}`,
    calls,
    users,
    /** Makes a method answer `{ ok: false, error }` from now on. */
    fail: (method: string, error: string) => failures.set(method, error),
    /** The calls to one method (or matching a predicate) so far. */
    callsTo: (match: Match) => calls.filter((c) => matches(match, c)),
    /**
     * Resolves with the matching calls once `count` of them have arrived: it waits on the
     * calls themselves, not on the clock. The timer only turns a hang into a clear failure.
     */
    waitFor(match: Match, count = 1, guardMs = 2000): Promise<RecordedCall[]> {
      const found = () => calls.filter((c) => matches(match, c));
      if (found().length >= count) return Promise.resolve(found());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          const seen = calls.map((c) => c.method).join(', ') || 'nothing';
          reject(new Error(`expected ${count} × ${String(match)}; the fake saw: ${seen}`));
        }, guardMs);
        const done = () => {
          clearTimeout(timer);
          resolve(found());
        };
        waiters.push({ match, count, resolve: done });
      });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        // fetch keeps connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

export type FakeSlackApi = Awaited<ReturnType<typeof startFakeSlackApi>>;
