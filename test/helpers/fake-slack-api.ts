import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
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
  /**
   * `api` for Web API methods, `response_url` for posts to a response URL, `upload` for the
   * bytes of a file sent to an upload URL, `download` for a shared file fetched by the bot.
   */
  kind: 'api' | 'response_url' | 'upload' | 'download';
  /** The Web API method (`chat.postMessage`), the response id (`cmd-1`) or the file id. */
  method: string;
  authorization: string | undefined;
  /** Form fields, with the JSON-string fields (`blocks`, `view`…) parsed; or a JSON body. */
  body: Record<string, unknown>;
  /** The HTTP status the fake answered: 429 for a rate-limited call. */
  status: number;
  /** Whether Slack took the call: HTTP 200 and `ok: true`. */
  ok: boolean;
  /**
   * Where a message the fake took now is: the channel Slack answered with. Posted to a user
   * id, that is the bot's DM with them (U0001 → D0001), not the `channel` in the body.
   */
  landedIn?: string;
}

/** A file in the fake workspace: one the bot uploaded, or one a person shared (`hostFile`). */
export interface FakeSlackFile {
  id: string;
  filename: string;
  /** What `files.getUploadURLExternal` was told the length would be. */
  length: number;
  mimetype?: string;
  title?: string;
  /** The bytes as they arrived (or as hosted). */
  content?: Buffer;
  /** The channel `files.completeUploadExternal` shared it in. */
  channel?: string;
  /** The Authorization header the bytes came with. */
  uploadedWith?: string;
}

type Match = string | ((call: RecordedCall) => boolean);
const matches = (match: Match, call: RecordedCall) =>
  typeof match === 'string' ? call.method === match : match(call);

/** What the fake does instead of (or to) its usual answer, for the next N calls to a method. */
type Trouble =
  | { kind: 'error'; error: string }
  | { kind: 'reshape'; reshape: (answer: Record<string, unknown>) => Record<string, unknown> }
  | { kind: 'rate-limit'; retryAfter: number }
  | { kind: 'disconnect' };

/**
 * A published Slack rate limit, enforced by the fake when given (see `rateLimits`): at most
 * `limit` calls to `method` in any `windowMs`, counted for the whole workspace or per channel
 * (chat.postMessage's one message per second per channel). A call over the limit is answered
 * as Slack answers it: HTTP 429 with Retry-After in whole seconds, and nothing is done.
 */
export interface RateLimit {
  method: string;
  limit: number;
  windowMs: number;
  per: 'workspace' | 'channel';
}

/** Which calls a planned trouble is for: every call to the method, or those whose body matches. */
type Only = (body: Record<string, unknown>) => boolean;

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** JSON, or the text itself: a message's `text` may well start with "[" and be no JSON. */
function parseOr(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** WebClient sends form fields; objects and arrays travel as JSON strings inside them. */
function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.startsWith('application/json')) return raw ? JSON.parse(raw) : {};
  const body: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    body[key] = /^[[{]/.test(value) ? parseOr(value) : value;
  }
  return body;
}

/** The file part of a multipart body, as WebClient posts it to an upload URL. */
async function fileIn(raw: Buffer, contentType: string | undefined): Promise<Buffer | undefined> {
  if (!contentType?.startsWith('multipart/form-data')) return raw;
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  for (const [, value] of form) {
    if (typeof value !== 'string') return Buffer.from(await value.arrayBuffer());
  }
  return undefined;
}

const json = (res: ServerResponse, status: number, body: unknown, headers = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

let ts = 0;
let fileNumber = 0;

/** Where a post to `channel` lands: a user id (U0001) means the bot's DM with them (D0001). */
const landingOf = (channel: string) => (/^[UW]/.test(channel) ? `D${channel.slice(1)}` : channel);

/**
 * A local stand-in for Slack's Web API (point `clientOptions.slackApiUrl` at `apiUrl`), for
 * response URLs (`responseUrl(id)`), for the upload URLs of `files.uploadV2` and for the
 * private URLs of files people share. It records every call and answers like Slack.
 */
export async function startFakeSlackApi(
  users: Record<string, FakeSlackUser> = {},
  /**
   * The WebSocket URL `apps.connections.open` hands out (see fake-slack-socket); without one
   * it answers `invalid_auth`, which the Socket Mode client does not retry.
   */
  options: {
    socketUrl?: string;
    /**
     * Limits to enforce, and the clock they are counted on (milliseconds; a benchmark passes a
     * scaled one). Without them the fake never rate-limits on its own, as tests expect.
     */
    rateLimits?: { rules: readonly RateLimit[]; now: () => number };
  } = {},
) {
  const calls: RecordedCall[] = [];
  const failures = new Map<string, string>();
  const troubles = new Map<string, { trouble: Trouble; only?: Only }[]>();
  const waiters: { match: Match; count: number; resolve: () => void }[] = [];
  const files = new Map<string, FakeSlackFile>();
  /** `channel ts` of every message posted, so chat.update can answer as Slack does. */
  const posted = new Set<string>();
  /** Accepted calls per rule and key, oldest first, within the rule's window. */
  const accepted = new Map<string, number[]>();
  let base = '';

  /** Slack's shape of a user, for users.info and users.lookupByEmail. */
  const userObject = (id: string, user: FakeSlackUser) => ({
    id,
    team_id: 'T0001',
    name: id.toLowerCase(),
    deleted: false,
    real_name: user.realName,
    tz: 'Europe/Stockholm',
    is_bot: false,
    profile: { display_name: user.displayName ?? '', email: user.email },
  });

  /** Slack's shape of a shared file (the file object), pointing at this fake. */
  const fileObject = (file: FakeSlackFile) => ({
    id: file.id,
    created: 1700000000,
    timestamp: 1700000000,
    name: file.filename,
    title: file.title ?? file.filename,
    mimetype: file.mimetype ?? 'application/octet-stream',
    filetype: file.filename.split('.').pop() ?? '',
    pretty_type: (file.filename.split('.').pop() ?? '').toUpperCase(),
    user: 'U0001',
    user_team: 'T0001',
    editable: false,
    size: file.length,
    mode: 'hosted',
    is_external: false,
    external_type: '',
    is_public: false,
    public_url_shared: false,
    display_as_bot: false,
    username: '',
    url_private: `${base}/files-pri/T0001-${file.id}/${file.filename}`,
    url_private_download: `${base}/files-pri/T0001-${file.id}/download/${file.filename}`,
    permalink: `${base}/files/U0001/${file.id}/${file.filename}`,
    permalink_public: `${base}/public/T0001-${file.id}`,
    has_rich_preview: false,
    file_access: 'visible',
  });

  const answers: Record<string, (b: Record<string, unknown>) => Record<string, unknown>> = {
    'auth.test': () => ({ team_id: 'T0001', user_id: 'U0BOT', bot_id: 'B0BOT' }),
    'apps.connections.open': () =>
      options.socketUrl ? { url: options.socketUrl } : { ok: false, error: 'invalid_auth' },
    // Posted to a user id, the message lands in the bot's DM with them, and Slack answers
    // with that DM's id (U0001 → D0001, as conversations.open names it below).
    'chat.postMessage': (b) => {
      const sent = `1700000000.${String(++ts).padStart(6, '0')}`;
      const channel = String(b.channel);
      if (/^[UW]/.test(channel) && !users[channel]) {
        return { ok: false, error: 'channel_not_found' };
      }
      const into = landingOf(channel);
      posted.add(`${into} ${sent}`);
      return { channel: into, ts: sent };
    },
    // Only a message posted here can be edited, in the channel it was posted to.
    'chat.update': (b) =>
      posted.has(`${b.channel} ${b.ts}`)
        ? { channel: b.channel, ts: b.ts, text: b.text ?? '' }
        : { ok: false, error: 'message_not_found' },
    // Slack answers an ephemeral message with a timestamp of its own; it keeps no message.
    'chat.postEphemeral': () => ({ message_ts: `1700000000.${String(++ts).padStart(6, '0')}` }),
    'views.open': (b) => ({ view: { id: 'V0001', ...(b.view as object) } }),
    'views.update': (b) => ({ view: { id: 'V0001', ...(b.view as object) } }),
    'views.publish': (b) => ({ view: { id: 'VHOME', ...(b.view as object) } }),
    'users.info': (b) => {
      const id = String(b.user);
      const user = users[id];
      if (!user) return { ok: false, error: 'user_not_found' };
      return {
        user: {
          ...userObject(id, user),
          ...(b.include_locale === 'true' && user.locale ? { locale: user.locale } : {}),
        },
      };
    },
    'users.lookupByEmail': (b) => {
      const email = String(b.email).toLowerCase();
      const found = Object.entries(users).find(([, u]) => u.email?.toLowerCase() === email);
      return found ? { user: userObject(...found) } : { ok: false, error: 'users_not_found' };
    },
    // The bot's DM with one person: D + the user id's digits (U0001 → D0001, as in the fixtures).
    'conversations.open': (b) => {
      const ids = String(b.users ?? '').split(',');
      if (ids.length !== 1 || !ids[0]) return { ok: false, error: 'not_implemented' };
      if (!users[ids[0]]) return { ok: false, error: 'user_not_found' };
      return { channel: { id: `D${ids[0].slice(1)}` } };
    },
    'files.getUploadURLExternal': (b) => {
      const length = Number(b.length);
      if (!b.filename || !Number.isInteger(length) || length <= 0) {
        return { ok: false, error: 'invalid_arguments' };
      }
      const id = `F${String(++fileNumber).padStart(4, '0')}`;
      files.set(id, { id, filename: String(b.filename), length });
      return { upload_url: `${base}/upload/v1/${id}`, file_id: id };
    },
    'files.completeUploadExternal': (b) => {
      const list = (b.files ?? []) as { id: string; title?: string }[];
      const found = list.map((f) => files.get(f.id));
      if (found.some((f) => !f?.content)) return { ok: false, error: 'file_not_found' };
      for (const [i, file] of found.entries()) {
        Object.assign(file as FakeSlackFile, {
          title: list[i]?.title,
          ...(b.channel_id ? { channel: String(b.channel_id) } : {}),
        });
      }
      return { files: found.map((f) => ({ id: f?.id, title: f?.title, name: f?.filename })) };
    },
    'files.info': (b) => {
      const file = files.get(String(b.file));
      return file ? { file: fileObject(file) } : { ok: false, error: 'file_not_found' };
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

  /** The trouble planned for this call to a method, if any (each plan is used once). */
  const troubleFor = (method: string, body: Record<string, unknown>) => {
    const planned = troubles.get(method) ?? [];
    const index = planned.findIndex((p) => !p.only || p.only(body));
    return index < 0 ? undefined : planned.splice(index, 1)[0]?.trouble;
  };

  /**
   * Seconds to wait when the call is over one of the limits; otherwise counts it (against
   * every limit it falls under) and returns undefined.
   */
  function overLimit(method: string, body: Record<string, unknown>): number | undefined {
    const limits = options.rateLimits;
    if (!limits) return undefined;
    const now = limits.now();
    const keys: { key: string; rule: RateLimit; times: number[] }[] = [];
    for (const [i, rule] of limits.rules.entries()) {
      if (rule.method !== method) continue;
      // Per conversation: a post to a user id counts in the DM it lands in.
      const key = `${i}:${rule.per === 'channel' ? landingOf(String(body.channel)) : '*'}`;
      const times = (accepted.get(key) ?? []).filter((t) => t > now - rule.windowMs);
      accepted.set(key, times);
      if (times.length >= rule.limit) {
        return Math.max(1, Math.ceil(((times[0] as number) + rule.windowMs - now) / 1000));
      }
      keys.push({ key, rule, times });
    }
    for (const { times } of keys) times.push(now);
    return undefined;
  }

  async function onApi(req: IncomingMessage, res: ServerResponse, method: string, raw: Buffer) {
    const body = parseBody(raw.toString('utf8'), req.headers['content-type']);
    const call = { kind: 'api' as const, method, authorization: req.headers.authorization, body };
    const wait = overLimit(method, body);
    if (wait !== undefined) {
      record({ ...call, status: 429, ok: false });
      json(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': wait });
      return;
    }
    const trouble = troubleFor(method, body);
    if (trouble?.kind === 'disconnect') {
      record({ ...call, status: 0, ok: false });
      req.socket.destroy();
      return;
    }
    if (trouble?.kind === 'rate-limit') {
      record({ ...call, status: 429, ok: false });
      // What Slack answers: HTTP 429, seconds in Retry-After, and `ratelimited` in the body.
      json(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': trouble.retryAfter });
      return;
    }
    const failure = trouble?.kind === 'error' ? trouble.error : failures.get(method);
    const done = failure ? { ok: false, error: failure } : (answers[method]?.(body) ?? {});
    const ok = done.ok !== false;
    const landedIn = ok && typeof done.channel === 'string' ? done.channel : undefined;
    record({ ...call, status: 200, ok, ...(landedIn ? { landedIn } : {}) });
    const answer = ok && trouble?.kind === 'reshape' ? trouble.reshape(done) : done;
    json(res, 200, { ok: true, ...answer });
  }

  /** The upload URL of `files.getUploadURLExternal`: Slack answers `OK - <length>`. */
  async function onUpload(req: IncomingMessage, res: ServerResponse, id: string, raw: Buffer) {
    const file = files.get(id);
    const content = await fileIn(raw, req.headers['content-type']);
    const ok = Boolean(file && content && content.length === file.length);
    record({
      kind: 'upload',
      method: id,
      authorization: req.headers.authorization,
      body: { length: content?.length },
      status: ok ? 200 : 400,
      ok,
    });
    if (!file || !content || !ok) return res.writeHead(400).end('bad upload');
    Object.assign(file, { content, uploadedWith: req.headers.authorization });
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`OK - ${content.length}`);
  }

  /**
   * A shared file's private URL. Without the bot's token Slack answers its sign-in page with
   * status 200, which is what a door must not take for the file.
   */
  function onDownload(req: IncomingMessage, res: ServerResponse, id: string) {
    const file = files.get(id);
    const authorization = req.headers.authorization;
    const authorised = Boolean(authorization?.startsWith('Bearer xoxb-'));
    record({ kind: 'download', method: id, authorization, body: {}, status: 200, ok: authorised });
    if (!file?.content) return res.writeHead(404).end();
    if (!authorised) {
      return res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Sign in</html>');
    }
    res.writeHead(200, {
      'content-type': file.mimetype ?? 'application/octet-stream',
      'content-length': file.content.length,
    });
    res.end(file.content);
  }

  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://fake').pathname;
    const raw = await readBody(req);
    if (path.startsWith('/api/')) return onApi(req, res, path.slice('/api/'.length), raw);
    if (path.startsWith('/upload/v1/')) {
      return onUpload(req, res, path.slice('/upload/v1/'.length), raw);
    }
    const download = path.match(/^\/files-pri\/T0001-(F\w+)\/download\//);
    if (download) return onDownload(req, res, download[1] as string);
    if (path.startsWith('/response/')) {
      record({
        kind: 'response_url',
        method: path.slice('/response/'.length),
        authorization: req.headers.authorization,
        body: parseBody(raw.toString('utf8'), req.headers['content-type']),
        status: 200,
        ok: true,
      });
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'); // what Slack answers
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const plan = (method: string, trouble: Trouble, times: number, only?: Only) => {
    const planned = Array.from({ length: times }, () => ({ trouble, ...(only ? { only } : {}) }));
    troubles.set(method, [...(troubles.get(method) ?? []), ...planned]);
  };

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id: string) => `${base}/response/${id}`,
    calls,
    users,
    /**
     * Makes a method answer `{ ok: false, error }`: from now on, or for the next `times` calls
     * (with `only`, the next `times` calls whose body matches).
     */
    fail: (method: string, error: string, times?: number, only?: Only) => {
      if (times === undefined) failures.set(method, error);
      else plan(method, { kind: 'error', error }, times, only);
    },
    /**
     * The next `times` calls to a method get HTTP 429 with `Retry-After: retryAfter` (seconds);
     * with `only`, the next `times` calls whose body matches (`users.lookupByEmail` for one
     * address, say).
     */
    rateLimit: (method: string, retryAfter = 1, times = 1, only?: Only) =>
      plan(method, { kind: 'rate-limit', retryAfter }, times, only),
    /**
     * The next `times` calls to a method are done as usual, but answered as `reshape` makes
     * the answer (a field Slack documents left out, say).
     */
    reshape: (
      method: string,
      reshape: (answer: Record<string, unknown>) => Record<string, unknown>,
      times = 1,
      only?: Only,
    ) => plan(method, { kind: 'reshape', reshape }, times, only),
    /** The next `times` calls to a method lose their connection before any answer. */
    disconnect: (method: string, times = 1, only?: Only) =>
      plan(method, { kind: 'disconnect' }, times, only),
    /** The calls to one method (or matching a predicate) so far. */
    callsTo: (match: Match) => calls.filter((c) => matches(match, c)),
    /** Calls to a Web API method that Slack took (200 and ok), e.g. messages really posted. */
    taken: (method: string) => calls.filter((c) => c.method === method && c.ok),
    /** Files the bot uploaded and shared, in the order they were shared. */
    sharedFiles: () => [...files.values()].filter((f) => f.channel !== undefined),
    /**
     * A file a person shared, as the file object Slack puts in a `file_share` message, with
     * its private URLs on this fake. `size` may claim another size than the content has.
     */
    hostFile(file: { name: string; mimetype: string; content: Buffer; size?: number }) {
      const id = `F${String(++fileNumber).padStart(4, '0')}`;
      const hosted: FakeSlackFile = {
        id,
        filename: file.name,
        mimetype: file.mimetype,
        length: file.size ?? file.content.length,
        content: file.content,
      };
      files.set(id, hosted);
      return fileObject(hosted);
    },
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
