import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeButtonValue } from '../../../src/doors/slack/button-value.js';
import { type SlackBody, signSlackRequest } from '../../helpers/sign-slack-request.js';
import { send, tableCounts, wire } from './raw-slack-request.js';
import { anna, type SlackDoorHarness, signingSecret, startSlackDoor } from './slack-harness.js';
import { buttonBody, directMessageBody, slashCommandBody } from './slack-payloads.js';

const now = () => Math.floor(Date.now() / 1000);

/**
 * Every way a request can fail Bolt's check, and the reason Bolt logs for it. Each is built
 * from a body signed (or not) the way an attacker could: without the signing secret, or with
 * an old request copied off the wire.
 */
function attacks(body: SlackBody) {
  const { raw, contentType } = wire(body);
  const type = { 'content-type': contentType };
  const ts = now();
  const sixMinutesAgo = ts - 6 * 60;
  const tampered = raw.replace(/hj%C3%A4lp|lista|hjälp|forum\.my/, (m) => `${m}x`);
  if (tampered === raw) throw new Error('nothing to tamper with in this body');
  return [
    {
      name: 'signed with another secret',
      raw,
      headers: {
        ...type,
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': signSlackRequest('not-the-secret', ts, raw),
      },
      reason: /signature mismatch/,
    },
    {
      name: 'body changed after signing',
      raw: tampered,
      headers: {
        ...type,
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': signSlackRequest(signingSecret, ts, raw),
      },
      reason: /signature mismatch/,
    },
    {
      name: 'correctly signed six minutes ago (stale, or an old request replayed)',
      raw,
      headers: {
        ...type,
        'x-slack-request-timestamp': String(sixMinutesAgo),
        'x-slack-signature': signSlackRequest(signingSecret, sixMinutesAgo, raw),
      },
      reason: /stale/,
    },
    {
      name: 'a fresh timestamp on a signature made for an old one',
      raw,
      headers: {
        ...type,
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': signSlackRequest(signingSecret, sixMinutesAgo, raw),
      },
      reason: /signature mismatch/,
    },
    {
      name: 'no signature header',
      raw,
      headers: { ...type, 'x-slack-request-timestamp': String(ts) },
      reason: /header x-slack-signature did not have the expected type/,
    },
    {
      name: 'no timestamp header',
      raw,
      headers: { ...type, 'x-slack-signature': signSlackRequest(signingSecret, ts, raw) },
      reason: /header x-slack-request-timestamp did not have the expected type/,
    },
    {
      name: 'neither header',
      raw,
      headers: type,
      reason: /did not have the expected type/,
    },
    {
      name: 'a signature of another version',
      raw,
      headers: {
        ...type,
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': signSlackRequest(signingSecret, ts, raw).replace(/^v0=/, 'v1='),
      },
      reason: /unknown signature version/,
    },
    {
      name: 'an empty signature',
      raw,
      headers: { ...type, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': 'v0=' },
      reason: /signature mismatch/,
    },
  ];
}

describe('Slack door: only requests signed by Slack get in', () => {
  let slack: SlackDoorHarness;
  beforeEach(async () => {
    slack = await startSlackDoor();
  });
  afterEach(() => slack.close());

  const kinds: [string, () => SlackBody][] = [
    [
      'a slash command',
      () => slashCommandBody('lista', { user: anna, responseUrl: slack.fake.responseUrl('cmd') }),
    ],
    [
      'a block_actions button',
      () =>
        buttonBody(
          {
            action_id: 'forumbot:0',
            value: encodeButtonValue('forum.my', { forum: String(slack.app.demoForum().id) }),
          },
          { user: anna, responseUrl: slack.fake.responseUrl('button') },
        ),
    ],
    ['an event (a direct message)', () => directMessageBody('hjälp', anna)],
  ];

  for (const [kind, body] of kinds) {
    it(`refuses ${kind} forged, tampered, stale or without headers: 401, nothing stored or sent`, async () => {
      const before = tableCounts(slack.app.db);
      const tried = attacks(body());
      const statuses = [];
      for (const attack of tried) statuses.push(await send(slack.url, attack.raw, attack.headers));

      expect(tried).toHaveLength(9);
      expect(statuses).toEqual(tried.map(() => 401));
      // Refused for the right reason: Bolt logs why, one line per request.
      const refusals = slack.logger.lines.filter((l) =>
        l.message.startsWith('Failed to parse and verify the request data'),
      );
      expect(refusals).toHaveLength(tried.length);
      tried.forEach((attack, i) => {
        expect(refusals[i]?.message, attack.name).toMatch(attack.reason);
      });
      expect(tableCounts(slack.app.db)).toEqual(before);
      expect(slack.fake.calls).toEqual([]);
    });

    it(`accepts ${kind} signed with the secret within five minutes (the control)`, async () => {
      const fourMinutesAgo = now() - 4 * 60;
      expect((await slack.post(body(), { timestamp: fourMinutesAgo })).status).toBe(200);
      // It reached the core: an answer went out.
      await slack.fake.waitFor((c) => ['cmd', 'button', 'chat.postMessage'].includes(c.method));
    });
  }

  it('takes ssl_check without a signature, but nothing smuggled in with it', async () => {
    const before = tableCounts(slack.app.db);
    const { raw } = wire(
      slashCommandBody('lista', { user: anna, responseUrl: slack.fake.responseUrl('cmd') }),
    );
    const status = await send(slack.url, `ssl_check=1&${raw}`, {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(status).toBe(200);
    expect(tableCounts(slack.app.db)).toEqual(before);
    expect(slack.fake.calls).toEqual([]);
  });
});
