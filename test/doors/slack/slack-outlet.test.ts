import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attachment, View } from '../../../src/core/chat.js';
import { createCourier } from '../../../src/core/outbox/create-courier.js';
import type { Outlet } from '../../../src/core/outbox/outlet.js';
import { sendLater } from '../../../src/core/outbox/send-later.js';
import { createSlackOutlet } from '../../../src/doors/slack/create-slack-outlet.js';
import { type FakeSlackApi, startFakeSlackApi } from '../../helpers/fake-slack-api.js';
import { memoryLogger } from '../../helpers/memory-logger.js';
import { testApp } from '../../helpers/test-store.js';
import {
  anna,
  blocksOf,
  erik,
  people,
  type SlackDoorHarness,
  startSlackDoor,
  textsOf,
} from './slack-harness.js';

const view: View = {
  blocks: [
    { kind: 'heading', text: 'Inbjudan till Framtidsforum 2027' },
    { kind: 'text', text: 'Välkommen den *9 mars*. <!channel> pingar ingen.' },
    { kind: 'actions', buttons: [{ label: 'Anmäl mig', command: 'forum.signup' }] },
  ],
};

/** The door's outlet under the real courier, on the door's own database and a fake Slack. */
describe('Slack outlet, driven by the courier', () => {
  let slack: SlackDoorHarness;
  let logger: ReturnType<typeof memoryLogger>;
  let courier: ReturnType<typeof createCourier>;
  const now = () => slack.app.clock.now();

  beforeEach(async () => {
    slack = await startSlackDoor({ app: testApp({ seed: false }) });
    logger = memoryLogger();
    courier = createCourier({
      store: slack.app.store,
      outlets: [slack.door.outlet],
      clock: slack.app.clock,
      logger,
      sleep: async () => {},
    });
  });
  afterEach(async () => {
    await slack.close();
    slack.app.close();
  });

  /** A person the bot already knows on Slack (or, with `userId: null`, by e-mail only). */
  function person(userId: string | null, email = `${userId ?? 'someone'}@example.org`) {
    const { store } = slack.app;
    const created = store.people.create(
      { email, displayName: null, locale: 'sv' },
      now().toISOString(),
    );
    if (userId) store.people.addIdentity('slack', userId, created.id);
    return created.id;
  }

  const queue = (key: string, personId: number, attachments?: Attachment[]) =>
    sendLater(
      slack.app.store,
      {
        key,
        purpose: 'invitation',
        to: { personId },
        view,
        locale: 'sv',
        ...(attachments ? { attachments } : {}),
      },
      now(),
    );

  const row = (key: string) => slack.app.store.outbox.find(key);
  const posted = () => slack.fake.taken('chat.postMessage');
  const later = (ms: number) => slack.app.clock.set(new Date(now().getTime() + ms));

  it('posts once to the person, however often the courier drains, and keeps the DM Slack names', async () => {
    const id = person(anna);
    queue('invitation:1:1', id);
    expect(await courier.drain()).toBe(1);
    expect(await courier.drain()).toBe(0);

    // Posted to the user id, with no conversations.open (Tier 3) first: Slack puts it in
    // the bot's DM with her and answers with that DM's id.
    expect(slack.fake.callsTo('conversations.open')).toEqual([]);
    expect(posted()).toHaveLength(1);
    const [message] = posted();
    expect(message?.body.channel).toBe(anna);
    expect(message?.authorization).toBe('Bearer xoxb-test-token');
    expect(textsOf(blocksOf(message!.body))).toContain(
      'Välkommen den *9 mars*. &lt;!channel&gt; pingar ingen.',
    );
    expect(message?.body.text).toContain('Inbjudan till Framtidsforum 2027');
    expect(row('invitation:1:1')).toMatchObject({
      status: 'sent',
      attempts: 1,
      sent_platform: 'slack',
      sent_conversation_id: 'D0001',
    });
    // The DM is remembered as the person's personal chat on Slack.
    expect(slack.app.store.conversations.personalFor(id, 'slack')).toMatchObject({
      conversationId: 'D0001',
      kind: 'personal',
    });
  });

  it('waits out a 429 in the outbox, not in the client, and then posts exactly once', async () => {
    queue('invitation:1:2', person(anna));
    // Half a minute: if the client slept on it, this test would time out.
    slack.fake.rateLimit('chat.postMessage', 30);
    expect(await courier.drain()).toBe(1);
    // Slack said "later": no attempt used up.
    expect(row('invitation:1:2')).toMatchObject({
      status: 'queued',
      attempts: 0,
      not_before: new Date(now().getTime() + 30_000).toISOString(),
    });
    expect(slack.fake.callsTo('chat.postMessage').map((c) => c.status)).toEqual([429]);

    expect(await courier.drain()).toBe(0); // not yet: Slack said 30 s
    later(30_000);
    expect(await courier.drain()).toBe(1);
    expect(await courier.drain()).toBe(0);
    expect(slack.fake.callsTo('chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
    expect(posted()).toHaveLength(1);
    expect(row('invitation:1:2')).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('gives up on a Slack user who is not there, posting nothing', async () => {
    queue('invitation:1:3', person('U0404'));
    await courier.drain();
    await courier.drain();
    expect(row('invitation:1:3')).toMatchObject({ status: 'unreachable', attempts: 1 });
    expect(row('invitation:1:3')?.error).toContain('channel_not_found');
    expect(posted()).toEqual([]);
  });

  it('finds a person known only by e-mail through users.lookupByEmail', async () => {
    const id = person(null, people[erik]!.email);
    queue('invitation:1:4', id);
    expect(await courier.drain()).toBe(1);
    expect(slack.fake.callsTo('users.lookupByEmail').map((c) => c.body.email)).toEqual([
      'erik.ek@example.org',
    ]);
    expect(slack.app.store.people.identitiesOf(id)).toEqual([
      { platform: 'slack', userId: erik, reference: {} },
    ]);
    expect(posted().map((c) => c.body.channel)).toEqual([erik]);
    expect(row('invitation:1:4')).toMatchObject({ status: 'sent', sent_conversation_id: 'D0002' });
  });

  it('gives up on an address nobody in the workspace has', async () => {
    queue('invitation:1:5', person(null, 'okand@example.org'));
    await courier.drain();
    expect(row('invitation:1:5')?.status).toBe('unreachable');
    expect(slack.fake.callsTo('users.lookupByEmail')).toHaveLength(1);
    expect(slack.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('uploads attachments to the DM after the message, bytes intact', async () => {
    const content = new Uint8Array(Array.from({ length: 300 }, (_, i) => (i * 7) % 256));
    const file = { name: 'inbjudan.ics', mediaType: 'text/calendar', content, label: 'Kalender' };
    queue('invitation:1:6', person(anna), [file]);
    await courier.drain();
    const [shared] = slack.fake.sharedFiles();
    expect(shared).toMatchObject({ filename: 'inbjudan.ics', title: 'Kalender', channel: 'D0001' });
    // Into the DM chat.postMessage answered with: a broadcast with files opens nothing.
    expect(slack.fake.callsTo('conversations.open')).toEqual([]);
    expect(shared?.content?.equals(Buffer.from(content))).toBe(true);
    const order = slack.fake.calls.map((c) => c.method);
    expect(order.indexOf('chat.postMessage')).toBeLessThan(
      order.indexOf('files.getUploadURLExternal'),
    );
  });

  it('counts a message sent even when its file fails, so it never goes twice', async () => {
    const content = new Uint8Array([1, 2, 3]);
    const file = { name: 'lista.csv', mediaType: 'text/csv', content, label: 'Lista' };
    slack.fake.rateLimit('files.getUploadURLExternal', 5);
    queue('invitation:1:7', person(anna), [file]);
    await courier.drain();
    later(60_000);
    await courier.drain();
    expect(posted()).toHaveLength(1);
    expect(row('invitation:1:7')?.status).toBe('sent');
    // The door logs it; the courier saw a message delivered.
    expect(logger.lines).toEqual([]);
    expect(slack.logger.lines.map((l) => l.message)).toContain(
      'slack file upload failed after its message was sent',
    );
  });

  it('opens the DM after all if Slack leaves its id out, so files and edits still find it', async () => {
    const content = new Uint8Array([4, 5, 6]);
    const file = { name: 'inbjudan.ics', mediaType: 'text/calendar', content, label: 'Kalender' };
    // Taken and posted in Anna's DM, but answered with the `ts` alone (or her user id back).
    slack.fake.reshape('chat.postMessage', ({ channel, ...rest }) => rest);
    slack.fake.reshape('chat.postMessage', (answer) => ({ ...answer, channel: erik }));
    queue('invitation:1:10', person(anna), [file]);
    queue('invitation:1:11', person(erik));
    await courier.drain();
    expect(posted().map((c) => c.landedIn)).toEqual(['D0001', 'D0002']);
    expect(slack.fake.callsTo('conversations.open').map((c) => c.body.users)).toEqual([anna, erik]);
    expect(slack.fake.sharedFiles().map((f) => f.channel)).toEqual(['D0001']);
    // The D… id is what is kept, never the user id: chat.update takes only the DM's id.
    for (const [key, dm] of [
      ['invitation:1:10', 'D0001'],
      ['invitation:1:11', 'D0002'],
    ] as const) {
      expect(row(key)).toMatchObject({
        status: 'sent',
        sent_conversation_id: dm,
        sent_message_id: expect.stringMatching(/^1700000000\.\d{6}$/),
      });
    }
  });

  it('keeps no message id it could not edit by when the DM stays unknown', async () => {
    slack.fake.reshape('chat.postMessage', ({ channel, ...rest }) => rest);
    slack.fake.rateLimit('conversations.open', 60);
    const file = {
      name: 'x.ics',
      mediaType: 'text/calendar',
      content: new Uint8Array([1]),
      label: 'X',
    };
    const id = person(anna);
    queue('invitation:1:12', id, [file]);
    await courier.drain();
    later(60_000);
    await courier.drain();
    // Sent once: the open came after the message, and its 429 is no reason to send again.
    expect(posted()).toHaveLength(1);
    expect(row('invitation:1:12')).toMatchObject({
      status: 'sent',
      attempts: 1,
      sent_conversation_id: anna,
      sent_message_id: null,
    });
    expect(slack.fake.callsTo((c) => c.method.startsWith('files.'))).toEqual([]);
    // An edit of it gives up rather than send chat.update to a user id.
    sendLater(
      slack.app.store,
      {
        key: 'invitation:1:12:edit:1',
        purpose: 'invitation',
        to: { personId: id },
        view,
        locale: 'sv',
        editOf: 'invitation:1:12',
      },
      now(),
    );
    await courier.drain();
    expect(row('invitation:1:12:edit:1')?.status).toBe('unreachable');
    expect(slack.fake.callsTo('chat.update')).toEqual([]);
    expect(slack.logger.lines.map((l) => l.message)).toEqual(
      expect.arrayContaining([
        'slack DM id unknown after a sent message',
        'slack gave no DM id for a sent message; files left out',
      ]),
    );
  });

  it('gives up at once when the token is refused', async () => {
    slack.fake.fail('chat.postMessage', 'invalid_auth');
    queue('invitation:1:8', person(anna));
    await courier.drain();
    expect(row('invitation:1:8')).toMatchObject({ status: 'failed', attempts: 1 });
  });

  it('never sends again after a lost connection: Slack may have the message', async () => {
    slack.fake.disconnect('chat.postMessage');
    queue('invitation:1:9', person(anna));
    await courier.drain();
    expect(row('invitation:1:9')).toMatchObject({ status: 'unconfirmed', attempts: 1 });
    expect(logger.lines.at(-1)).toMatchObject({
      message: 'proactive send failed',
      context: { kind: 'unconfirmed' },
    });
    later(30_000);
    await courier.drain();
    expect(row('invitation:1:9')?.status).toBe('unconfirmed');
  });

  it('posts to a channel, but never shares files there', async () => {
    const { store } = slack.app;
    const channel = {
      platform: 'slack' as const,
      conversationId: 'C0001',
      kind: 'channel' as const,
    };
    store.conversations.remember(channel, null, now().toISOString());
    const file = { name: 'x.csv', mediaType: 'text/csv', content: new Uint8Array([1]), label: 'X' };
    sendLater(
      store,
      {
        key: 'digest:1',
        purpose: 'digest',
        to: { platform: 'slack', conversationId: 'C0001' },
        view,
        locale: 'sv',
        attachments: [file],
      },
      now(),
    );
    await courier.drain();
    expect(posted().map((c) => c.body.channel)).toEqual(['C0001']);
    expect(slack.fake.callsTo((c) => c.method.startsWith('files.'))).toEqual([]);
    expect(row('digest:1')).toMatchObject({ status: 'sent', sent_conversation_id: 'C0001' });
    expect(slack.logger.lines.map((l) => l.message)).toContain(
      'slack files are not shared in a conversation; left out',
    );
  });
});

describe('Slack outlet settings', () => {
  it('takes its pace from the options, one a second by default', async () => {
    const one = await startSlackDoor();
    const four = await startSlackDoor({ sendsPerSecond: 4 });
    try {
      expect(one.door.outlet).toMatchObject({ platform: 'slack', sendsPerSecond: 1 });
      expect(four.door.outlet.sendsPerSecond).toBe(4);
    } finally {
      await one.close();
      await four.close();
    }
  });

  it('looks people up by e-mail, in lower case, skipping those it cannot find', async () => {
    const slack = await startSlackDoor();
    try {
      const found = await slack.door.outlet.findByEmail([
        'Anna.Andersson@RegionOrebrolan.se',
        'nobody@example.org',
      ]);
      expect([...found]).toEqual([
        ['anna.andersson@regionorebrolan.se', { userId: anna, displayName: 'Anna Andersson' }],
      ]);
      slack.fake.fail('users.lookupByEmail', 'missing_scope');
      await expect(slack.door.outlet.findByEmail(['x@example.org'])).rejects.toMatchObject({
        name: 'DeliveryError',
        kind: 'permanent',
      });
    } finally {
      await slack.close();
    }
  });
});

/**
 * A guest list of some 145 addresses is as many `users.lookupByEmail` calls in a row; Slack
 * may answer a few of them 429. The outlet on its own, with a fake Slack and a sleep that
 * only records how long it was asked to wait.
 */
describe('Slack outlet, looking up a guest list by e-mail', () => {
  const guests = Array.from({ length: 145 }, (_, i) => `gast${i + 1}@example.org`);
  /** All but the last five have a Slack account. */
  const workspace = Object.fromEntries(
    guests.slice(0, 140).map((email, i) => [`U${1001 + i}`, { realName: `Gäst ${i + 1}`, email }]),
  );
  let fake: FakeSlackApi;
  let logger: ReturnType<typeof memoryLogger>;
  let waits: number[];
  let outlet: Outlet;

  beforeEach(async () => {
    fake = await startFakeSlackApi(workspace);
    logger = memoryLogger();
    waits = [];
    outlet = createSlackOutlet({
      botToken: 'xoxb-test-token',
      apiUrl: fake.apiUrl,
      logger,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
  });
  afterEach(() => fake.close());

  /** Plans trouble for one address only. */
  const only = (email: string) => (body: Record<string, unknown>) => body.email === email;
  const lookupsOf = (email: string) =>
    fake.callsTo((c) => c.method === 'users.lookupByEmail' && c.body.email === email);
  const skipped = () =>
    logger.lines.filter((l) => l.message === 'slack lookup by e-mail failed; address skipped');

  it('waits out a 429 for its Retry-After and asks again for that address', async () => {
    fake.rateLimit('users.lookupByEmail', 3, 2, only('gast10@example.org'));
    fake.rateLimit('users.lookupByEmail', 1, 1, only('gast100@example.org'));
    const found = await outlet.findByEmail(guests);

    expect(found.size).toBe(140);
    expect(found.get('gast10@example.org')).toEqual({ userId: 'U1010', displayName: 'Gäst 10' });
    expect(found.get('gast100@example.org')).toEqual({ userId: 'U1100', displayName: 'Gäst 100' });
    expect(found.has('gast141@example.org')).toBe(false);
    expect(waits).toEqual([3000, 3000, 1000]);
    expect(lookupsOf('gast10@example.org').map((c) => c.status)).toEqual([429, 429, 200]);
    expect(lookupsOf('gast100@example.org').map((c) => c.status)).toEqual([429, 200]);
    expect(fake.callsTo('users.lookupByEmail')).toHaveLength(145 + 3);
    expect(skipped()).toEqual([]);
  });

  it('skips, and logs, an address still limited after five waits or one Slack failed on', async () => {
    fake.rateLimit('users.lookupByEmail', 2, 6, only('gast1@example.org'));
    fake.fail('users.lookupByEmail', 'internal_error', 1, only('gast2@example.org'));
    fake.disconnect('users.lookupByEmail', 1, only('gast3@example.org'));
    const found = await outlet.findByEmail(guests.slice(0, 5));

    expect([...found.keys()]).toEqual(['gast4@example.org', 'gast5@example.org']);
    expect(waits).toEqual([2000, 2000, 2000, 2000, 2000]);
    expect(lookupsOf('gast1@example.org')).toHaveLength(6);
    expect(lookupsOf('gast2@example.org')).toHaveLength(1);
    expect(lookupsOf('gast3@example.org')).toHaveLength(1);
    expect(skipped().map((l) => [l.level, l.context?.kind])).toEqual([
      ['warn', 'rate-limited'],
      ['warn', 'unconfirmed'],
      ['warn', 'unconfirmed'],
    ]);
    // The addresses are personal data: not in the log.
    expect(JSON.stringify(logger.lines)).not.toContain('@example.org');
  });

  it('throws when no address got an answer, so the courier tries the send again later', async () => {
    fake.rateLimit('users.lookupByEmail', 7, 6);
    await expect(outlet.findByEmail(['gast1@example.org'])).rejects.toMatchObject({
      name: 'DeliveryError',
      kind: 'rate-limited',
      retryAfterMs: 7000,
    });
    expect(waits).toEqual([7000, 7000, 7000, 7000, 7000]);
    expect(lookupsOf('gast1@example.org')).toHaveLength(6);
  });

  it('stops at the first address when Slack refuses the bot itself', async () => {
    fake.fail('users.lookupByEmail', 'missing_scope');
    await expect(outlet.findByEmail(guests)).rejects.toMatchObject({
      name: 'DeliveryError',
      kind: 'permanent',
    });
    expect(fake.callsTo('users.lookupByEmail')).toHaveLength(1);
  });

  it('still never waits out or repeats a send that Slack answered 429', async () => {
    fake.rateLimit('chat.postMessage', 30);
    const channel = {
      platform: 'slack' as const,
      conversationId: 'C0001',
      kind: 'channel' as const,
    };
    await expect(outlet.sendToConversation(channel, { view, locale: 'sv' })).rejects.toMatchObject({
      name: 'DeliveryError',
      kind: 'rate-limited',
      retryAfterMs: 30_000,
    });
    expect(waits).toEqual([]);
    expect(fake.callsTo('chat.postMessage').map((c) => c.status)).toEqual([429]);
  });
});
