import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { View } from '../../../src/core/chat.js';
import { createCourier } from '../../../src/core/outbox/create-courier.js';
import { type LaterMessage, sendLater } from '../../../src/core/outbox/send-later.js';
import { memoryLogger } from '../../helpers/memory-logger.js';
import { cardOf, textsOf } from './card-query.js';
import { startTeamsDoor, type TeamsDoorHarness } from './teams-harness.js';

const teamId = '19:9f8e7d6c5b4a3d2c1b0a@thread.tacv2';
const botId = '28:5f3c9e1a-7b2d-4c6e-9f8a-1b2c3d4e5f60';
const annasChat = 'a:1Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Jh1Gf0EdCbAPersonalChat';
const annaAad = '6b1f5a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';

const count = (n: number): View => ({
  blocks: [
    { kind: 'heading', text: 'Remissrunda: trafikstrategin' },
    { kind: 'text', text: `*${n}* inspel hittills.` },
  ],
});

/**
 * Editing what the courier sent, through the Teams outlet and the real courier: the id Teams
 * answered a send with is kept, and only the newest of the queued edits is applied, with one
 * update of that activity on the conversation's own connector.
 */
describe('Teams outlet, editing a sent message', () => {
  let teams: TeamsDoorHarness;
  let courier: ReturnType<typeof createCourier>;
  const now = () => teams.app.clock.now();
  const later = (ms: number) => teams.app.clock.set(new Date(now().getTime() + ms));
  const row = (key: string) => teams.app.store.outbox.find(key);
  const updates = () => teams.connector.activities.filter((a) => a.kind === 'update');

  beforeEach(async () => {
    teams = await startTeamsDoor();
    courier = createCourier({
      store: teams.app.store,
      outlets: [teams.door.outlet],
      clock: teams.app.clock,
      logger: memoryLogger(),
      sleep: async () => {},
    });
    // The app is added to a team: its channel is remembered, with the team's connector.
    await teams.post(teams.activity('conversation-update-team'));
    await teams.connector.waitForActivities(1);
  });
  afterEach(() => teams.close());

  const queue = (
    key: string,
    view: View,
    extra: Partial<LaterMessage> = {},
    to: LaterMessage['to'] = { platform: 'teams', conversationId: teamId },
  ) =>
    sendLater(teams.app.store, { key, purpose: 'round', to, view, locale: 'sv', ...extra }, now());
  const edit = (n: number, of = 'round:1') => queue(`${of}:edit:${n}`, count(n), { editOf: of });

  it('keeps the activity id Teams answered, and applies only the newest of many edits', async () => {
    queue('round:1', count(0));
    await courier.drain();
    const sent = teams.connector.activities.at(-1);
    expect(sent?.kind).toBe('send');
    const id = row('round:1')?.sent_message_id;
    expect(id).toMatch(/^activity-\d+$/);

    for (let n = 1; n <= 30; n++) edit(n);
    await courier.drain();
    await courier.drain();

    expect(updates()).toHaveLength(1);
    const [update] = updates();
    expect(update).toMatchObject({ conversationId: teamId, activityId: id });
    expect(update?.body).toMatchObject({
      type: 'message',
      id,
      from: { id: botId, role: 'bot' },
      conversation: { id: teamId },
      summary: 'Remissrunda: trafikstrategin',
    });
    expect(textsOf(cardOf(update))).toEqual([
      'Remissrunda: trafikstrategin',
      '**30** inspel hittills.',
    ]);
    // The card changed in place: one message in the channel.
    expect(teams.connector.activities.filter((a) => a.kind === 'send')).toHaveLength(2);
    expect(row('round:1:edit:30')).toMatchObject({ status: 'sent', sent_message_id: id });
    const rows = teams.app.store.outbox.listByPrefix('round:1:edit:');
    expect(rows.filter((r) => r.status === 'withdrawn')).toHaveLength(29);
  });

  it('edits a card it sent to a person in their personal chat', async () => {
    await teams.post(teams.activity('message-personal', { text: 'hjälp' }));
    await teams.connector.waitForActivities(2);
    const anna = teams.app.store.people.findByIdentity('teams', annaAad)?.id as number;
    queue('nudge:1', count(0), {}, { personId: anna });
    await courier.drain();
    queue('nudge:1:edit:1', count(5), { editOf: 'nudge:1' });
    await courier.drain();
    expect(updates().map((u) => [u.conversationId, u.activityId])).toEqual([
      [annasChat, row('nudge:1')?.sent_message_id],
    ]);
    expect(textsOf(cardOf(updates()[0]))).toContain('**5** inspel hittills.');
  });

  it('gives up when Teams answers 404 for an activity that is gone', async () => {
    queue('round:2', count(0));
    await courier.drain();
    teams.app.db
      .prepare("UPDATE outbox SET sent_message_id = 'activity-999' WHERE key = 'round:2'")
      .run();
    edit(1, 'round:2');
    await courier.drain();
    later(24 * 3600_000);
    await courier.drain();
    expect(row('round:2:edit:1')).toMatchObject({
      status: 'unreachable',
      attempts: 1,
      error: 'edit in channel conversation: 404 ActivityNotFoundInConversation',
    });
    expect(teams.connector.refused.map((r) => r.kind)).toEqual(['update']);
    expect(updates()).toEqual([]);
  });

  it('gives up on 403, and waits as long as Teams asks after a 429', async () => {
    queue('round:3', count(0));
    await courier.drain();
    teams.connector.failNext(
      { method: 'PUT', path: /\/activities\// },
      { status: 403, body: { error: { code: 'BotNotInConversationRoster' } } },
    );
    edit(1, 'round:3');
    await courier.drain();
    expect(row('round:3:edit:1')?.status).toBe('unreachable');

    teams.connector.failNext(
      { method: 'PUT', path: /\/activities\// },
      { status: 429, headers: { 'retry-after': '9' } },
    );
    edit(2, 'round:3');
    await courier.drain();
    expect(row('round:3:edit:2')).toMatchObject({
      status: 'queued',
      not_before: new Date(now().getTime() + 9000).toISOString(),
    });
    later(9000);
    await courier.drain();
    expect(row('round:3:edit:2')?.status).toBe('sent');
    expect(updates()).toHaveLength(1);
  });

  it('gives up on a conversation stored without its connector', async () => {
    queue('round:4', count(0));
    await courier.drain();
    teams.app.db
      .prepare(
        "UPDATE conversations SET reference = '{}' WHERE platform = 'teams' AND conversation_id = ?",
      )
      .run(teamId);
    edit(1, 'round:4');
    await courier.drain();
    expect(row('round:4:edit:1')).toMatchObject({
      status: 'unreachable',
      error: 'no service URL stored for channel conversation',
    });
  });
});
