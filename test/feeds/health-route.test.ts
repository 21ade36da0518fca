import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/logger.js';
import { createFeedServer } from '../../src/feeds/create-feed-server.js';
import { startSlackDoor } from '../doors/slack/slack-harness.js';
import { startTeamsDoor } from '../doors/teams/teams-harness.js';
import { testApp } from '../helpers/test-store.js';

type App = ReturnType<typeof testApp>;

async function health(origin: string, method = 'GET') {
  const res = await fetch(`${origin}/healthz`, { method });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

/** Closes a test's database once, however the test ended. */
const closing: App[] = [];
afterEach(() => {
  for (const app of closing.splice(0)) if (app.db.open) app.close();
});

describe('GET /healthz', () => {
  it('on the feed server: 200 while the database answers, 503 once it is closed, naming no path', async () => {
    const app = testApp({ seed: false });
    closing.push(app);
    const feed = createFeedServer(
      { store: app.store, clock: app.clock, logger: silentLogger },
      { port: 0, host: '127.0.0.1' },
    );
    const port = await feed.start();
    try {
      const origin = `http://127.0.0.1:${port}`;
      const ok = await health(origin);
      expect(ok.status).toBe(200);
      expect(ok.type).toBe('application/json; charset=utf-8');
      expect(JSON.parse(ok.text)).toEqual({ status: 'ok', database: 'ok' });
      const head = await health(origin, 'HEAD');
      expect([head.status, head.text]).toEqual([200, '']);
      // Anything else on the path is not the health check: the feed's 404 answers it.
      expect((await fetch(`${origin}/healthz`, { method: 'POST' })).status).toBe(404);
      expect((await health(`${origin}/cycle`)).status).toBe(404);

      app.db.close();
      const down = await health(origin);
      expect(down.status).toBe(503);
      expect(JSON.parse(down.text)).toEqual({ status: 'unavailable', database: 'unavailable' });
      expect(down.text).not.toContain(app.path);
      expect(down.text).not.toMatch(/Error|at |\//);
    } finally {
      await feed.stop();
    }
  });

  it('on the Teams door’s server too, beside /api/messages', async () => {
    const app = testApp();
    closing.push(app);
    const teams = await startTeamsDoor({ app });
    try {
      const ok = await health(teams.origin);
      expect([ok.status, JSON.parse(ok.text)]).toEqual([200, { status: 'ok', database: 'ok' }]);
      app.db.close();
      const down = await health(teams.origin);
      expect([down.status, JSON.parse(down.text)]).toEqual([
        503,
        { status: 'unavailable', database: 'unavailable' },
      ]);
    } finally {
      await teams.close();
    }
  });

  it('on the Slack door’s HTTP receiver too, beside /slack/events', async () => {
    const app = testApp();
    closing.push(app);
    const slack = await startSlackDoor({ app });
    const origin = slack.url.replace('/slack/events', '');
    try {
      const ok = await health(origin);
      expect([ok.status, JSON.parse(ok.text)]).toEqual([200, { status: 'ok', database: 'ok' }]);
      app.db.close();
      const down = await health(origin);
      expect([down.status, JSON.parse(down.text)]).toEqual([
        503,
        { status: 'unavailable', database: 'unavailable' },
      ]);
    } finally {
      await slack.close();
    }
  });
});
