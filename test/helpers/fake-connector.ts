import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A member as the Bot Connector's member endpoint describes them. */
export interface FakeMember {
  name?: string;
  aadObjectId?: string;
  email?: string;
  userPrincipalName?: string;
}

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

const activityPath = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;
const memberPath = /^\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/;

/**
 * A stand-in for the Bot Framework connector (`serviceUrl`) on 127.0.0.1: it records what the
 * bot sends, answers `{ id: 'activity-N' }`, and answers member lookups from `members`
 * (keyed by the Teams user id, `29:…`) with 404 for anyone else, as the real one does.
 * `failSends(true)` makes it refuse every activity with a 503, as an outage would; the
 * attempts are kept in `refused` so tests can tell what the bot tried to send.
 */
export async function startFakeConnector(options: { members?: Record<string, FakeMember> } = {}) {
  const activities: RecordedActivity[] = [];
  const memberLookups: string[] = [];
  const refused: RecordedActivity[] = [];
  let failing = false;
  const members = new Map(Object.entries(options.members ?? {}));
  const waiters: { count: number; resolve: () => void }[] = [];
  let sent = 0;

  const record = (activity: RecordedActivity) => {
    activities.push(activity);
    for (const waiter of waiters.filter((w) => activities.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const path = new URL(req.url ?? '/', 'http://connector').pathname;
    const json = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

    const activity = activityPath.exec(path);
    if (activity && (req.method === 'POST' || req.method === 'PUT')) {
      const [, conversationId = '', activityId] = activity;
      const attempt: RecordedActivity = {
        kind: req.method === 'PUT' ? 'update' : activityId ? 'reply' : 'send',
        conversationId: decodeURIComponent(conversationId),
        ...(activityId ? { activityId: decodeURIComponent(activityId) } : {}),
        ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        body: raw ? JSON.parse(raw) : undefined,
      };
      if (failing) {
        refused.push(attempt);
        return json(503, { error: { code: 'ServiceUnavailable', message: 'try again later' } });
      }
      record(attempt);
      return json(200, { id: req.method === 'PUT' ? activityId : `activity-${++sent}` });
    }
    const member = memberPath.exec(path);
    if (member && req.method === 'GET') {
      const userId = decodeURIComponent(member[2] ?? '');
      memberLookups.push(userId);
      const found = members.get(userId);
      if (found) return json(200, { id: userId, name: found.name ?? '', ...found });
      return json(404, { error: { code: 'MemberNotFoundInConversation', message: 'not found' } });
    }
    json(404, { error: { code: 'NotFound', message: `${req.method} ${path}` } });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    /** Put this in the activities the tests post, as Teams does. */
    serviceUrl: `http://127.0.0.1:${port}/`,
    activities,
    refused,
    memberLookups,
    members,
    failSends(on: boolean): void {
      failing = on;
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
