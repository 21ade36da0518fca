/**
 * Broadcast pacing: 1,000 invitations queued by the coordinators' own "Ja, skicka"
 * (invitations.send.confirm) and delivered by the real courier through the real Slack outlet,
 * against the fake Slack Web API enforcing Slack's published rate limits (HTTP 429 with
 * Retry-After when exceeded). The outlet posts a direct message with one `chat.postMessage`
 * to the user id (no `conversations.open`, Tier 3), so chat.postMessage's limits apply.
 *
 * At one message a second, 1,000 take about 17 minutes, so Slack's clock, its limits and the
 * bot's pace all run `scale` times faster (a scaled clock for the fake and the courier, the
 * pace multiplied): every figure below is in Slack seconds. The invitees are found in chat
 * already (`matcha` has run), so no lookup by e-mail is made.
 */
import { loadConfig } from '../../src/config.js';
import type { Actor } from '../../src/core/chat.js';
import { silentLogger } from '../../src/core/logger.js';
import { createCourier } from '../../src/core/outbox/create-courier.js';
import { createSlackOutlet } from '../../src/doors/slack/create-slack-outlet.js';
import {
  type FakeSlackUser,
  type RateLimit,
  startFakeSlackApi,
} from '../helpers/fake-slack-api.js';
import { testApp, testNow } from '../helpers/test-store.js';
import type { BenchReport } from './bench-report.js';
import { seededRandom, seedPerson } from './seed-data.js';

const invitations = 1_000;
const scale = 20;
/** Give up on a run that has not finished in this much real time. */
const guardMs = 85_000;

/**
 * Slack's published limits (api.slack.com/apis/rate-limits), as calls in any window:
 * conversations.open and users.lookupByEmail are Tier 3, "50+ per minute"; chat.postMessage
 * allows one message per second per channel, and a workspace-wide limit whose number Slack
 * does not publish: taken here as the long-standing "one message a second" rule.
 */
const slackLimits: readonly RateLimit[] = [
  { method: 'conversations.open', limit: 50, windowMs: 60_000, per: 'workspace' },
  { method: 'users.lookupByEmail', limit: 50, windowMs: 60_000, per: 'workspace' },
  { method: 'chat.postMessage', limit: 1, windowMs: 1_000, per: 'channel' },
  { method: 'chat.postMessage', limit: 60, windowMs: 60_000, per: 'workspace' },
];

const operator: Actor = { platform: 'shell', userId: 'bench', displayName: 'Bench', locale: 'sv' };

/** The least time `calls` calls can take under one limit: a full window between batches. */
const floorOf = (calls: number, rule: RateLimit) =>
  (Math.ceil(calls / rule.limit) - 1) * rule.windowMs;

export async function run(report: BenchReport): Promise<void> {
  // The bot's own pace, as configured (SLACK_SENDS_PER_SECOND, default from config.ts).
  const pace = loadConfig({ SLACK_SENDS_PER_SECOND: process.env.SLACK_SENDS_PER_SECOND })
    .sendsPerSecond.slack;
  const app = testApp();
  const random = seededRandom(11);
  const users: Record<string, FakeSlackUser> = {};
  const forum = app.demoForum();
  const now = app.clock.now().toISOString();
  // The guest list, each guest already found in Slack by `matcha` (an identity per person).
  app.store.transaction(() => {
    for (let n = 1; n <= invitations; n++) {
      const p = seedPerson(random, n);
      const userId = `U${String(n).padStart(6, '0')}`;
      users[userId] = { realName: p.name, email: p.email };
      const person = app.store.people.create(
        { email: p.email, displayName: p.name, locale: 'sv' },
        now,
      );
      app.store.people.addIdentity('slack', userId, person.id);
      app.store.invitees.save(forum.id, person.id, p, now);
    }
  });

  const startMs = Date.parse(testNow);
  const realStart = performance.now();
  const slackNow = () => startMs + (performance.now() - realStart) * scale;
  const clock = { now: () => new Date(slackNow()) };
  const fake = await startFakeSlackApi(users, {
    rateLimits: { rules: slackLimits, now: slackNow },
  });
  try {
    const queued = await app.dispatcher.run(operator, 'invitations.send.confirm', {
      forum: String(forum.id),
    });
    const keys = app.store.outbox.listByPrefix(`invitation:${forum.id}:`);
    if (queued.outcome !== undefined || keys.length !== invitations) {
      throw new Error(`expected ${invitations} invitations queued, found ${keys.length}`);
    }
    const outlet = createSlackOutlet({
      botToken: 'xoxb-bench',
      apiUrl: fake.apiUrl,
      sendsPerSecond: pace * scale,
      logger: silentLogger,
    });
    // The courier's own poll (5 s) scaled like everything else.
    const courier = createCourier({
      store: app.store,
      outlets: [outlet],
      clock,
      logger: silentLogger,
      pollMs: 5000 / scale,
    });
    const pending = app.db.prepare(
      `SELECT count(*) AS n FROM outbox WHERE key GLOB 'invitation:*' AND status IN ('queued', 'sending')`,
    );
    const begin = slackNow();
    courier.start();
    let finished = 0;
    while (performance.now() - realStart < guardMs) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      if ((pending.get() as { n: number }).n === 0) {
        finished = slackNow();
        break;
      }
    }
    await courier.stop();
    const took = ((finished || slackNow()) - begin) / 1000;

    const posts = fake.taken('chat.postMessage');
    const perChannel = new Map<string, number>();
    for (const post of posts) {
      // Where it landed: posted to a user id, a message is in the bot's DM with them.
      const channel = String(post.landedIn ?? post.body.channel);
      perChannel.set(channel, (perChannel.get(channel) ?? 0) + 1);
    }
    const doubled = [...perChannel.values()].filter((n) => n > 1).length;
    const missing = Object.keys(users).filter((id) => !perChannel.has(`D${id.slice(1)}`)).length;
    const statuses = app.db
      .prepare(`SELECT status, count(*) AS n FROM outbox GROUP BY status ORDER BY status`)
      .all() as { status: string; n: number }[];
    const limited = fake.calls.filter((c) => c.status === 429);
    const limitedBy = (method: string) => limited.filter((c) => c.method === method).length;
    // The binding limit among the calls the outlet makes: each invitation is one
    // chat.postMessage, plus a conversations.open if the outlet opens the DM first.
    const opens = fake.callsTo('conversations.open').length;
    const floorMs = Math.max(
      opens > 0 ? floorOf(opens, slackLimits[0] as RateLimit) : 0,
      floorOf(invitations, slackLimits[3] as RateLimit),
    );
    const floor = floorMs / 1000;

    report.table(
      `Broadcast pacing: ${invitations} Slack invitations at the bot's pace of ${pace}/s, Slack's limits enforced (clock and limits ×${scale}: ${took.toFixed(0)} Slack s ran in ${(took / scale).toFixed(1)} s)`,
      [
        {
          'total (Slack s)': took.toFixed(0),
          'theoretical minimum (s)': floor.toFixed(0),
          'own pace alone (s)': ((invitations - 1) / pace).toFixed(0),
          '429 conversations.open': limitedBy('conversations.open'),
          '429 chat.postMessage': limitedBy('chat.postMessage'),
          'posted once': perChannel.size - doubled,
          doubled,
          missing,
          outbox: statuses.map((s) => `${s.status} ${s.n}`).join(', '),
        },
      ],
    );
    report.note(
      `broadcast: each invitation is one chat.postMessage to the user id (1/s per channel; workspace-wide modelled as 60 in any 60 s, Slack publishes no number) and ${opens} conversations.open in all (Tier 3, modelled as 50 in any 60 s). The binding limit allows ${invitations} in no less than ${floor.toFixed(0)} s.`,
    );
    if (!finished) report.fail(`broadcast: not finished within ${guardMs / 1000} s real time`);
    if (doubled > 0 || missing > 0 || posts.length !== invitations) {
      report.fail(
        `broadcast: ${posts.length} posts for ${invitations} invitees, ${doubled} doubled, ${missing} missing`,
      );
    }
    report.ratio('broadcast', took / floor, 1.2);
  } finally {
    await fake.close();
    app.close();
  }
}
