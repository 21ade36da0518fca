import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A member as the Bot Connector's member endpoints describe them. */
export interface FakeMember {
  name?: string;
  aadObjectId?: string;
  email?: string;
  userPrincipalName?: string;
}

/** A team member in a roster: the same, with the Teams user id (`29:…`). */
export type FakeRosterMember = FakeMember & { id: string };

/** An activity the bot sent: a new message, a reply to one, or an edit of one. */
export interface RecordedActivity {
  kind: 'send' | 'reply' | 'update';
  conversationId: string;
  /** The activity replied to (`reply`) or edited (`update`). */
  activityId?: string;
  authorization?: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever the bot sent
  body: any;
}

/** Any request the fake was sent, in order. */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
}

/** How the fake answers a request it was told to fail (see `failNext`). */
export interface InjectedFailure {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A file the fake serves, as Teams' pre-authorised download links do. */
interface ServedFile {
  content: Buffer;
  contentType: string;
  /** Leave out Content-Length, as a chunked download does. */
  chunked: boolean;
}

const activityPath = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;
const memberPath = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/;
// Documented as `pagedmembers`; the SDK writes `pagedMembers`. The real service takes both.
const pagedMembersPath = /^\/v3\/conversations\/([^/]+)\/pagedmembers$/i;
const filePath = /^\/download\/([^/]+)$/;

/**
 * A stand-in for the Bot Framework connector (`serviceUrl`) on 127.0.0.1: it records what the
 * bot sends, answers `{ id: 'activity-N' }`, takes edits (PUT) of those activities only (404
 * `ActivityNotFoundInConversation` for any other), and answers member lookups from `members`
 * (keyed by the Teams user id, `29:…`) with 404 for anyone else, as the real one does.
 * It also opens personal chats (`POST /v3/conversations`, one per user as Teams keeps it),
 * pages through team rosters (`rosters`, keyed by team id, `rosterPageSize` a page), and
 * serves files by pre-authorised link (`serveFile`).
 * `failSends(true)` makes it refuse every activity with a 503, as an outage would;
 * `failNext(...)` answers the next matching requests with a status of the test's choosing.
 * Refused activities are kept in `refused` so tests can tell what the bot tried to send.
 */
export async function startFakeConnector(
  options: {
    members?: Record<string, FakeMember>;
    rosters?: Record<string, FakeRosterMember[]>;
    rosterPageSize?: number;
  } = {},
) {
  const activities: RecordedActivity[] = [];
  const memberLookups: string[] = [];
  const refused: RecordedActivity[] = [];
  const requests: RecordedRequest[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever the bot sent
  const conversationsCreated: { body: any; authorization?: string }[] = [];
  const rosterReads: { teamId: string; continuationToken?: string }[] = [];
  const fileRequests: { name: string; authorization?: string }[] = [];
  const failures: { method?: string; path: RegExp; answer: InjectedFailure; times: number }[] = [];
  const files = new Map<string, ServedFile>();
  /** Links that answer a redirect instead of a file (see `redirectFile`). */
  const redirects = new Map<string, string>();
  /** Requests held back this long before they are answered (see `delay`). */
  const delays: { method?: string; path: RegExp; ms: number; times: number }[] = [];
  let failing = false;
  const members = new Map(Object.entries(options.members ?? {}));
  const rosters = new Map(Object.entries(options.rosters ?? {}));
  const waiters: { count: number; resolve: () => void }[] = [];
  let sent = 0;
  /** `conversation activity` of every activity the fake took, so an edit can answer as Teams does. */
  const posted = new Set<string>();

  const record = (activity: RecordedActivity) => {
    activities.push(activity);
    for (const waiter of waiters.filter((w) => activities.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };

  const injected = (method: string, path: string): InjectedFailure | undefined => {
    const failure = failures.find(
      (f) => (!f.method || f.method === method) && f.path.test(decodeURIComponent(path)),
    );
    if (!failure) return undefined;
    if (--failure.times <= 0) failures.splice(failures.indexOf(failure), 1);
    return failure.answer;
  };

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const url = new URL(req.url ?? '/', 'http://connector');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    const authorization = req.headers.authorization;
    requests.push({
      method,
      path: decodeURIComponent(path),
      ...(authorization ? { authorization } : {}),
    });
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      res
        .writeHead(status, { 'content-type': 'application/json', ...headers })
        .end(JSON.stringify(body));

    const delay = delays.find(
      (d) => (!d.method || d.method === method) && d.path.test(decodeURIComponent(path)),
    );
    if (delay) {
      if (--delay.times <= 0) delays.splice(delays.indexOf(delay), 1);
      await new Promise((resolve) => setTimeout(resolve, delay.ms));
      if (res.destroyed) return;
    }
    const activity = activityPath.exec(path);
    const failure = injected(method, path);
    if (failure && !activity) {
      return json(failure.status, failure.body ?? { error: { code: 'Injected' } }, failure.headers);
    }
    if (activity && (method === 'POST' || method === 'PUT')) {
      const [, conversationId = '', activityId] = activity;
      const attempt: RecordedActivity = {
        kind: method === 'PUT' ? 'update' : activityId ? 'reply' : 'send',
        conversationId: decodeURIComponent(conversationId),
        ...(activityId ? { activityId: decodeURIComponent(activityId) } : {}),
        ...(authorization ? { authorization } : {}),
        body: raw ? JSON.parse(raw) : undefined,
      };
      if (failure) {
        refused.push(attempt);
        return json(
          failure.status,
          failure.body ?? { error: { code: 'Injected' } },
          failure.headers,
        );
      }
      if (failing) {
        refused.push(attempt);
        return json(503, { error: { code: 'ServiceUnavailable', message: 'try again later' } });
      }
      // Teams edits only an activity it has, in the conversation it was posted to.
      if (method === 'PUT' && !posted.has(`${attempt.conversationId} ${attempt.activityId}`)) {
        refused.push(attempt);
        return json(404, {
          error: {
            code: 'ActivityNotFoundInConversation',
            message: 'Message does not exist in the thread.',
          },
        });
      }
      record(attempt);
      if (method === 'PUT') return json(200, { id: activityId });
      const id = `activity-${++sent}`;
      posted.add(`${attempt.conversationId} ${id}`);
      return json(200, { id });
    }
    if (path === '/v3/conversations' && method === 'POST') {
      const body = JSON.parse(raw || '{}');
      conversationsCreated.push({ body, ...(authorization ? { authorization } : {}) });
      const memberId = body.members?.[0]?.id;
      if (body.isGroup !== false || !memberId || !body.tenantId || !body.bot?.id) {
        return json(400, {
          error: { code: 'BadArgument', message: 'isGroup, members, tenantId, bot' },
        });
      }
      // Teams keeps one personal chat per user and bot: asking again gives the same one.
      return json(201, { id: `a:personal-chat-with-${memberId}` });
    }
    const member = memberPath.exec(path);
    if (member && method === 'GET') {
      const userId = decodeURIComponent(member[2] ?? '');
      memberLookups.push(userId);
      const found = members.get(userId);
      if (found) return json(200, { id: userId, name: found.name ?? '', ...found });
      return json(404, { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
    }
    const paged = pagedMembersPath.exec(path);
    if (paged && method === 'GET') {
      const teamId = decodeURIComponent(paged[1] ?? '');
      const token = url.searchParams.get('continuationToken') ?? undefined;
      rosterReads.push({ teamId, ...(token ? { continuationToken: token } : {}) });
      const roster = rosters.get(teamId);
      if (!roster) return json(404, { error: { code: 'ConversationNotFound', message: teamId } });
      const size = options.rosterPageSize ?? Number(url.searchParams.get('pageSize') ?? 200);
      const start = token ? Number(token.replace('page-from-', '')) : 0;
      const next = start + size;
      return json(200, {
        members: roster.slice(start, next),
        ...(next < roster.length ? { continuationToken: `page-from-${next}` } : {}),
      });
    }
    const file = filePath.exec(path);
    if (file && method === 'GET') {
      const name = decodeURIComponent(file[1] ?? '');
      fileRequests.push({ name, ...(authorization ? { authorization } : {}) });
      const location = redirects.get(name);
      if (location) return res.writeHead(302, { location }).end();
      const served = files.get(name);
      if (!served) return json(404, { error: { code: 'itemNotFound' } });
      res.writeHead(200, {
        'content-type': served.contentType,
        ...(served.chunked ? {} : { 'content-length': served.content.length }),
      });
      return res.end(served.content);
    }
    json(404, { error: { code: 'NotFound', message: `${method} ${path}` } });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  return {
    /** Put this in the activities the tests post, as Teams does. */
    serviceUrl: `${base}/`,
    activities,
    refused,
    requests,
    memberLookups,
    members,
    rosters,
    conversationsCreated,
    rosterReads,
    fileRequests,
    failSends(on: boolean): void {
      failing = on;
    },
    /**
     * Answers the next `times` requests whose decoded path matches (and method, if given)
     * with `answer` instead: a 429 with Retry-After, a 403 for a user who removed the app.
     */
    failNext(match: { method?: string; path: RegExp }, answer: InjectedFailure, times = 1): void {
      failures.push({ ...match, answer, times });
    },
    /** Serves `content` at a pre-authorised link, as Teams hands the bot a sent file. */
    serveFile(
      name: string,
      content: Buffer | string,
      options: { contentType?: string; chunked?: boolean } = {},
    ): string {
      files.set(name, {
        content: Buffer.from(content),
        contentType: options.contentType ?? 'application/octet-stream',
        chunked: options.chunked ?? false,
      });
      return `${base}/download/${encodeURIComponent(name)}`;
    },
    /** A pre-authorised link that answers 302 to `location`, as a file moved elsewhere. */
    redirectFile(name: string, location: string): string {
      redirects.set(name, location);
      return `${base}/download/${encodeURIComponent(name)}`;
    },
    /**
     * Holds the next `times` requests whose decoded path matches (and method, if given) for
     * `ms` before answering them, as a connector that hangs would.
     */
    delay(match: { method?: string; path: RegExp }, ms: number, times = 1): void {
      delays.push({ ...match, ms, times });
    },
    /** Resolves once `count` activities have arrived (at once if they already have). */
    waitForActivities(count: number): Promise<RecordedActivity[]> {
      if (activities.length >= count) return Promise.resolve(activities.slice(0, count));
      return new Promise((resolve) => {
        waiters.push({ count, resolve: () => resolve(activities.slice(0, count)) });
      });
    },
    close(): Promise<void> {
      server.closeAllConnections();
      return new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

export type FakeConnector = Awaited<ReturnType<typeof startFakeConnector>>;
