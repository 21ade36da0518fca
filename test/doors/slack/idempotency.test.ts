import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeButtonValue } from '../../../src/doors/slack/button-value.js';
import { type SlackBody, signSlackRequest } from '../../helpers/sign-slack-request.js';
import { send, tableCounts, wire } from './raw-slack-request.js';
import {
  anna,
  blocksOf,
  erik,
  type SlackDoorHarness,
  startSlackDoor,
  textsOf,
} from './slack-harness.js';
import {
  buttonBody,
  directMessageBody,
  slashCommandBody,
  submissionBody,
} from './slack-payloads.js';

const seenBefore = 'slack delivery seen before; acknowledged and left alone';

describe('Slack door: a delivery that comes again changes nothing', () => {
  let slack: SlackDoorHarness;
  beforeEach(async () => {
    slack = await startSlackDoor();
  });
  afterEach(() => slack.close());

  const forumId = () => String(slack.app.demoForum().id);
  const count = (sql: string) => (slack.app.db.prepare(sql).get() as { n: number }).n;
  const registrations = () => count('SELECT count(*) AS n FROM registrations');
  const repeatsLogged = () => slack.logger.lines.filter((l) => l.message === seenBefore);

  /** The sign-up form submitted by `user`; `trigger` is what Slack makes for each submit. */
  const signUp = (user: string, trigger: string): SlackBody => {
    const body = submissionBody(
      {
        type: 'modal',
        callback_id: 'forumbot:form',
        private_metadata: JSON.stringify({ c: 'forum.signup.submit', a: { forum: forumId() } }),
        blocks: ['organisation', 'roleTitle', 'invoiceReference'].map((name) => ({
          type: 'input',
          block_id: name,
          element: { type: 'plain_text_input', action_id: 'value' },
        })),
      },
      { organisation: 'Kumla kommun', roleTitle: 'Kommundirektör', invoiceReference: 'KK-1' },
      { user },
    );
    (body as { payload: { trigger_id: string } }).payload.trigger_id = trigger;
    return body;
  };

  /** A press on a button; each real press has its own trigger_id and action_ts. */
  const press = (command: string, user: string, press: number, responseId: string): SlackBody => {
    const body = buttonBody(
      { action_id: 'forumbot:0', value: encodeButtonValue(command, { forum: forumId() }) },
      { user, responseUrl: slack.fake.responseUrl(responseId), triggerId: `trigger-${press}` },
    );
    const payload = (body as { payload: { actions: { action_ts: string }[] } }).payload;
    (payload.actions[0] as { action_ts: string }).action_ts = `1700000100.00000${press}`;
    return body;
  };

  it('answers an event once however often Slack retries it (X-Slack-Retry-Num 1–3)', async () => {
    const { raw, contentType } = wire(directMessageBody('hjälp', anna));
    expect((await slack.post(directMessageBody('hjälp', anna))).status).toBe(200);
    await slack.fake.waitFor('chat.postMessage');
    const after = tableCounts(slack.app.db);

    // Slack signs each retry anew and says which it is; the event and its event_id are the same.
    const statuses = [];
    for (const retry of [1, 2, 3]) {
      const ts = Math.floor(Date.now() / 1000);
      statuses.push(
        await send(slack.url, raw, {
          'content-type': contentType,
          'x-slack-request-timestamp': String(ts),
          'x-slack-signature': signSlackRequest('test-signing-secret', ts, raw),
          'x-slack-retry-num': String(retry),
          'x-slack-retry-reason': 'http_timeout',
        }),
      );
    }
    expect(statuses).toEqual([200, 200, 200]);
    // Another message (its own event_id) is answered: by then every retry has been seen.
    const other = directMessageBody('hjälp', anna);
    (other as { json: { event_id: string } }).json.event_id = 'Ev0002OTHER';
    await slack.post(other);
    const posts = await slack.fake.waitFor('chat.postMessage', 2);

    expect(posts).toHaveLength(2);
    expect(repeatsLogged().map((l) => l.context)).toEqual([
      { kind: 'event', retryNum: 1, retryReason: 'http_timeout' },
      { kind: 'event', retryNum: 2, retryReason: 'http_timeout' },
      { kind: 'event', retryNum: 3, retryReason: 'http_timeout' },
    ]);
    // Only the other message's key is new; nothing else was stored for the retries.
    const now = tableCounts(slack.app.db);
    expect(now.delivered_events).toBe(after.delivered_events! + 1);
    expect({ ...now, delivered_events: 0 }).toEqual({ ...after, delivered_events: 0 });
  });

  it('treats an event_id that comes with another event as new, not as a repeat', async () => {
    await slack.post(directMessageBody('hjälp', anna));
    await slack.post(directMessageBody('help', anna)); // same fixture event_id, other text
    const posts = await slack.fake.waitFor('chat.postMessage', 2);
    expect(posts).toHaveLength(2);
    expect(repeatsLogged()).toEqual([]);
  });

  it('lets a signed request replayed within five minutes do nothing the second time', async () => {
    const ts = Math.floor(Date.now() / 1000) - 60;
    const command = slashCommandBody('lista', {
      user: anna,
      responseUrl: slack.fake.responseUrl('cmd'),
    });
    const button = press('forum.my', anna, 1, 'button');
    const event = directMessageBody('hjälp', anna);
    const submit = signUp(anna, 'trigger-submit');

    // Each once, as Slack sent it, waiting for its whole answer.
    expect((await slack.post(command, { timestamp: ts })).status).toBe(200);
    await slack.fake.waitFor('cmd');
    expect((await slack.post(event, { timestamp: ts })).status).toBe(200);
    await slack.fake.waitFor('chat.postMessage');
    expect((await slack.post(submit, { timestamp: ts })).status).toBe(200);
    await slack.fake.waitFor('views.publish');
    expect((await slack.post(button, { timestamp: ts })).status).toBe(200);
    await slack.fake.waitFor('button');
    await slack.fake.waitFor('views.publish', 2); // Home, refreshed after "Min anmälan"
    const calls = slack.fake.calls.length;
    const stored = tableCounts(slack.app.db);
    expect(registrations()).toBe(1);

    // Then the very same bytes (body, timestamp, signature) twice more, as a replayer would.
    const replays = [command, event, submit, button, command, event, submit, button];
    const statuses = [];
    for (const body of replays) statuses.push((await slack.post(body, { timestamp: ts })).status);
    expect(statuses).toEqual(replays.map(() => 200)); // Bolt lets them in: inside 5 minutes
    // A last, new request is answered after all of them; nothing else was.
    await slack.post(
      slashCommandBody('hjälp', { user: anna, responseUrl: slack.fake.responseUrl('last') }),
    );
    await slack.fake.waitFor('last');
    expect(slack.fake.calls.slice(calls).map((c) => c.method)).toEqual(['last']);
    expect(repeatsLogged()).toHaveLength(replays.length);
    expect({ ...tableCounts(slack.app.db), delivered_events: 0 }).toEqual({
      ...stored,
      delivered_events: 0,
    });
    expect(registrations()).toBe(1);
  });

  it('keeps one registration when the sign-up form is sent twice (two submits)', async () => {
    await slack.post(signUp(anna, 'trigger-a'));
    await slack.post(signUp(anna, 'trigger-b'));
    await slack.fake.waitFor('views.publish', 2);
    expect(registrations()).toBe(1);
    expect(slack.app.store.registrations.countActive(slack.app.demoForum().id)).toBe(1);
    expect(repeatsLogged()).toEqual([]); // both reached the core: it is the core that holds
  });

  it('cancels once and offers the freed seat once when "Ja, avboka" is double-clicked', async () => {
    slack.app.db.prepare('UPDATE forums SET capacity = 1').run();
    await slack.post(signUp(anna, 'trigger-anna'));
    await slack.fake.waitFor('views.publish');
    await slack.post(signUp(erik, 'trigger-erik'));
    await slack.fake.waitFor('views.publish', 2);
    const forum = slack.app.demoForum();
    const statusOf = (user: string) =>
      slack.app.store.registrations.find(
        forum.id,
        slack.app.store.people.findByIdentity('slack', user)!.id,
      )?.status;
    expect([statusOf(anna), statusOf(erik)]).toEqual(['registered', 'waitlisted']);

    // Two presses of one button: two deliveries, each with its own trigger_id.
    await slack.post(press('forum.cancel.confirm', anna, 1, 'first'));
    await slack.post(press('forum.cancel.confirm', anna, 2, 'second'));
    const [first] = await slack.fake.waitFor('first');
    const [second] = await slack.fake.waitFor('second');

    expect(textsOf(blocksOf(first!.body))[0]).toContain('är avbokad. Välkommen tillbaka');
    expect(second?.body.text).toContain('är redan avbokad');
    expect([statusOf(anna), statusOf(erik)]).toEqual(['cancelled', 'offered']);
    expect(count("SELECT count(*) AS n FROM outbox WHERE key LIKE 'waitlist.offer:%'")).toBe(1);
    expect(repeatsLogged()).toEqual([]);
  });
});
