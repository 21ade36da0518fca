import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { View } from '../../../src/core/chat.js';
import { createCourier } from '../../../src/core/outbox/create-courier.js';
import { type LaterMessage, sendLater } from '../../../src/core/outbox/send-later.js';
import { memoryLogger } from '../../helpers/memory-logger.js';
import { testApp } from '../../helpers/test-store.js';
import { anna, blocksOf, type SlackDoorHarness, startSlackDoor, textsOf } from './slack-harness.js';

const count = (n: number): View => ({
  blocks: [
    { kind: 'heading', text: 'Remissrunda: trafikstrategin' },
    { kind: 'text', text: `*${n}* inspel hittills. <!channel> pingar ingen.` },
    { kind: 'actions', buttons: [{ label: 'Lämna inspel', command: 'round.respond' }] },
  ],
});

/**
 * Editing what the courier sent: the door's outlet under the real courier, on the door's own
 * database and a fake Slack. The core queues edits with `sendLater({ editOf })`; only the
 * newest of those queued is applied, with `chat.update` on the message's channel and `ts`.
 */
describe('Slack outlet, editing a sent message', () => {
  let slack: SlackDoorHarness;
  let logger: ReturnType<typeof memoryLogger>;
  let courier: ReturnType<typeof createCourier>;
  const channel = { platform: 'slack' as const, conversationId: 'C0001', kind: 'channel' as const };
  const now = () => slack.app.clock.now();
  const later = (ms: number) => slack.app.clock.set(new Date(now().getTime() + ms));
  const row = (key: string) => slack.app.store.outbox.find(key);

  beforeEach(async () => {
    slack = await startSlackDoor({ app: testApp({ seed: false }) });
    logger = memoryLogger();
    slack.app.store.conversations.remember(channel, null, now().toISOString());
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

  const queue = (
    key: string,
    view: View,
    extra: Partial<LaterMessage> = {},
    to: LaterMessage['to'] = { platform: 'slack', conversationId: 'C0001' },
  ) =>
    sendLater(slack.app.store, { key, purpose: 'round', to, view, locale: 'sv', ...extra }, now());
  const edit = (n: number, of = 'round:1') => queue(`${of}:edit:${n}`, count(n), { editOf: of });
  const updates = () => slack.fake.callsTo('chat.update');

  it('keeps the ts Slack answered, and applies only the newest of many edits, once', async () => {
    queue('round:1', count(0));
    await courier.drain();
    // The ts chat.postMessage answered is the message's id, kept for its edits.
    expect(row('round:1')).toMatchObject({
      status: 'sent',
      sent_conversation_id: 'C0001',
      sent_message_id: expect.stringMatching(/^1700000000\.\d{6}$/),
    });
    const sentTs = row('round:1')?.sent_message_id;

    for (let n = 1; n <= 40; n++) edit(n);
    await courier.drain();
    await courier.drain();

    expect(updates()).toHaveLength(1);
    const [update] = updates();
    expect(update?.body).toMatchObject({ channel: 'C0001', ts: sentTs });
    // Rendered as a new message is: escaped mrkdwn blocks and a text fallback.
    expect(textsOf(blocksOf(update!.body))).toContain(
      '*40* inspel hittills. &lt;!channel&gt; pingar ingen.',
    );
    expect(update?.body.text).toContain('Remissrunda: trafikstrategin');
    expect(update?.authorization).toBe('Bearer xoxb-test-token');
    // No new message: the one in the channel changed.
    expect(slack.fake.taken('chat.postMessage')).toHaveLength(1);
    expect(row('round:1:edit:40')).toMatchObject({ status: 'sent', sent_message_id: sentTs });
    const rows = slack.app.store.outbox.listByPrefix('round:1:edit:');
    expect(rows.filter((r) => r.status === 'withdrawn')).toHaveLength(39);
  });

  it('applies an edit queued before the message went, after it', async () => {
    queue('round:2', count(0));
    edit(1, 'round:2');
    edit(2, 'round:2');
    await courier.drain();
    later(5000);
    await courier.drain();
    expect(slack.fake.taken('chat.postMessage')).toHaveLength(1);
    expect(updates().map((c) => textsOf(blocksOf(c.body))[1])).toEqual([
      '*2* inspel hittills. &lt;!channel&gt; pingar ingen.',
    ]);
  });

  it('edits a message it sent to a person in that person’s DM', async () => {
    const { store } = slack.app;
    const person = store.people.create(
      { email: 'anna@example.org', displayName: null, locale: 'sv' },
      now().toISOString(),
    );
    store.people.addIdentity('slack', anna, person.id);
    queue('nudge:1', count(0), {}, { personId: person.id });
    await courier.drain();
    queue('nudge:1:edit:1', count(3), { editOf: 'nudge:1' });
    await courier.drain();
    const [update] = updates();
    expect(update?.body).toMatchObject({ channel: 'D0001', ts: row('nudge:1')?.sent_message_id });
    expect(update?.ok).toBe(true);
  });

  it.each(['message_not_found', 'cant_update_message'])(
    'gives up on an edit Slack answers %s, as unreachable',
    async (code) => {
      queue('round:3', count(0));
      await courier.drain();
      slack.fake.fail('chat.update', code, 1);
      edit(1, 'round:3');
      await courier.drain();
      later(24 * 3600_000);
      await courier.drain();
      expect(row('round:3:edit:1')).toMatchObject({ status: 'unreachable', attempts: 1 });
      expect(row('round:3:edit:1')?.error).toContain(code);
      expect(updates()).toHaveLength(1);
    },
  );

  it('gives up when the message was never the fake’s to edit (deleted, say)', async () => {
    queue('round:4', count(0));
    await courier.drain();
    // The message is gone: Slack no longer knows its ts.
    slack.app.db
      .prepare("UPDATE outbox SET sent_message_id = '1600000000.000001' WHERE key = 'round:4'")
      .run();
    edit(1, 'round:4');
    await courier.drain();
    expect(row('round:4:edit:1')?.status).toBe('unreachable');
    expect(updates().map((c) => c.ok)).toEqual([false]);
  });

  it('waits out a 429 on chat.update in the outbox, then edits once', async () => {
    queue('round:5', count(0));
    await courier.drain();
    slack.fake.rateLimit('chat.update', 20);
    edit(1, 'round:5');
    await courier.drain();
    expect(row('round:5:edit:1')).toMatchObject({
      status: 'queued',
      not_before: new Date(now().getTime() + 20_000).toISOString(),
    });
    later(20_000);
    await courier.drain();
    expect(updates().map((c) => c.status)).toEqual([429, 200]);
    expect(row('round:5:edit:1')?.status).toBe('sent');
  });

  it('fails for good when the token is refused, and leaves out files an edit brings', async () => {
    queue('round:6', count(0));
    await courier.drain();
    const file = { name: 'x.csv', mediaType: 'text/csv', content: new Uint8Array([1]), label: 'X' };
    queue('round:6:edit:1', count(1), { editOf: 'round:6', attachments: [file] });
    await courier.drain();
    expect(row('round:6:edit:1')?.status).toBe('sent');
    expect(slack.fake.callsTo((c) => c.method.startsWith('files.'))).toEqual([]);
    expect(slack.logger.lines.map((l) => l.message)).toContain(
      'slack files are not shared with an edit; left out',
    );

    slack.fake.fail('chat.update', 'invalid_auth');
    edit(2, 'round:6');
    await courier.drain();
    expect(row('round:6:edit:2')).toMatchObject({ status: 'failed', attempts: 1 });
  });
});
