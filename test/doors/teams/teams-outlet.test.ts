import { afterEach, describe, expect, it } from 'vitest';
import type { Address } from '../../../src/core/chat.js';
import { createCourier } from '../../../src/core/outbox/create-courier.js';
import { DeliveryError } from '../../../src/core/outbox/outlet.js';
import { type LaterMessage, sendLater } from '../../../src/core/outbox/send-later.js';
import type { FakeRosterMember } from '../../helpers/fake-connector.js';
import { memoryLogger } from '../../helpers/memory-logger.js';
import { actionsOf, cardOf, textsOf } from './card-query.js';
import { startTeamsDoor, type TeamsDoorHarness } from './teams-harness.js';
import { guestListFile } from './test-commands.js';

const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const botId = '28:5f3c9e1a-7b2d-4c6e-9f8a-1b2c3d4e5f60';
const teamId = '19:9f8e7d6c5b4a3d2c1b0a@thread.tacv2';
const annasChat = 'a:1Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Jh1Gf0EdCbAPersonalChat';
const annaAad = '6b1f5a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
const publicUrl = 'https://forumbot.example.se';

const member = (name: string, id: string, aad: string, email?: string): FakeRosterMember => ({
  id,
  name,
  aadObjectId: aad,
  ...(email ? { email } : {}),
  userPrincipalName:
    email?.toLowerCase() ?? `${name.split(' ')[0]?.toLowerCase()}@regionorebrolan.se`,
});
const bo = member(
  'Bo Berg',
  '29:1BoBergTeamsMemberId',
  '0b7e2d4c-1a3f-4e5d-9c8b-7a6f5e4d3c2b',
  'Bo.Berg@RegionOrebroLan.se',
);
const roster = [
  member(
    'Carl Carlsson',
    '29:1CarlTeamsMemberId',
    '1c1c1c1c-2d2d-4e3e-8f4f-5a5a5a5a5a5a',
    'carl@example.se',
  ),
  member(
    'Dana Dahl',
    '29:1DanaTeamsMemberId',
    '2d2d2d2d-3e3e-4f4f-8a5a-6b6b6b6b6b6b',
    'dana@example.se',
  ),
  bo,
];

const reminder = { blocks: [{ kind: 'heading' as const, text: 'Påminnelse' }] };

/**
 * The Teams outlet with the real courier: what the core queues with sendLater reaches the
 * fake Bot Connector exactly once, whatever the connector answers.
 */
describe('Teams outlet', () => {
  let teams: TeamsDoorHarness;
  afterEach(() => teams.close());

  async function start(options: Parameters<typeof startTeamsDoor>[0] = {}) {
    teams = await startTeamsDoor({
      rosters: { [teamId]: roster },
      rosterPageSize: 2,
      publicUrl,
      ...options,
    });
    const logger = memoryLogger();
    const { store, clock } = teams.app;
    const courier = createCourier({
      store,
      outlets: [teams.door.outlet],
      clock,
      logger,
      sleep: async () => {},
    });
    const queue = (key: string, to: LaterMessage['to'], extra: Partial<LaterMessage> = {}) =>
      sendLater(
        store,
        { key, purpose: 'test', to, view: reminder, locale: 'sv', ...extra },
        clock.now(),
      );
    return { courier, queue, logger, store, clock };
  }

  /** What the bot sent on its own (the reminders), not its answers to messages. */
  const proactive = () =>
    teams.connector.activities.filter((a) => a.body?.summary === 'Påminnelse');

  /** Anna writes to the bot once, so her personal chat is known. */
  async function annaWrites() {
    await teams.post(teams.activity('message-personal', { text: 'hjälp' }));
    await teams.connector.waitForActivities(1);
    return teams.app.store.people.findByIdentity('teams', annaAad)?.id as number;
  }

  /** The app is added to a team: the team's channel is remembered with the team's id. */
  async function installedInTeam() {
    const before = teams.connector.activities.length;
    await teams.post(teams.activity('conversation-update-team'));
    await teams.connector.waitForActivities(before + 1);
  }

  it('sends to the personal chat it knows, once, however often the courier drains', async () => {
    const { courier, queue, store } = await start();
    const anna = await annaWrites();
    expect(queue('reminder:1', { personId: anna })).toBe(true);
    expect(queue('reminder:1', { personId: anna })).toBe(false);

    await courier.drain();
    await courier.drain();

    expect(proactive()).toHaveLength(1);
    const [sent] = proactive();
    expect(sent?.conversationId).toBe(annasChat);
    expect(sent?.body).toMatchObject({
      type: 'message',
      from: { id: botId },
      conversation: { id: annasChat },
    });
    expect(textsOf(cardOf(sent))).toEqual(['Påminnelse']);
    expect(store.outbox.find('reminder:1')).toMatchObject({
      status: 'sent',
      sent_platform: 'teams',
      sent_conversation_id: annasChat,
    });
    // Anonymous mode: no token, and none pretended ("Bearer null").
    expect(sent?.authorization).toBeUndefined();
  });

  it('waits as long as Teams asks after a 429, then sends once', async () => {
    const { courier, queue, store, clock } = await start();
    const anna = await annaWrites();
    queue('reminder:429', { personId: anna });
    teams.connector.failNext(
      { method: 'POST', path: /\/activities$/ },
      { status: 429, headers: { 'retry-after': '7' } },
    );

    await courier.drain();
    const later = new Date(clock.now().getTime() + 7000);
    expect(store.outbox.find('reminder:429')).toMatchObject({
      status: 'queued',
      not_before: later.toISOString(),
    });
    expect(store.outbox.find('reminder:429')?.error).toMatch(/429/);
    expect(await courier.drain()).toBe(0);

    clock.set(later);
    await courier.drain();
    await courier.drain();
    expect(proactive()).toHaveLength(1);
    expect(teams.connector.refused).toHaveLength(1);
    expect(store.outbox.find('reminder:429')?.status).toBe('sent');
  });

  it.each([
    [403, 'ConversationBlockedByUser'],
    [404, 'ConversationNotFound'],
  ])('gives up on a person Teams answers %i (%s) for', async (status, code) => {
    const { courier, queue, store, clock } = await start();
    const anna = await annaWrites();
    queue('reminder:gone', { personId: anna });
    teams.connector.failNext(
      { method: 'POST', path: /\/activities$/ },
      { status, body: { error: { code, message: 'The bot is not part of the conversation' } } },
    );

    await courier.drain();
    clock.set(new Date(clock.now().getTime() + 24 * 3600_000));
    await courier.drain();

    const row = store.outbox.find('reminder:gone');
    expect(row?.status).toBe('unreachable');
    expect(row?.error).toBe(`send to personal conversation: ${status} ${code}`);
    expect(teams.connector.refused).toHaveLength(1);
    expect(proactive()).toHaveLength(0);
  });

  it('never resends after a server error (Teams may have it), and gives up on refused credentials', async () => {
    const { courier, queue, store } = await start();
    const anna = await annaWrites();
    queue('reminder:503', { personId: anna });
    queue('reminder:401', { personId: anna });
    teams.connector.failNext({ method: 'POST', path: /\/activities$/ }, { status: 503 });
    teams.connector.failNext({ method: 'POST', path: /\/activities$/ }, { status: 401 });

    await courier.drain();
    expect(store.outbox.find('reminder:503')?.status).toBe('unconfirmed');
    expect(store.outbox.find('reminder:401')?.status).toBe('failed');
  });

  it('finds someone known only by e-mail in a team roster and opens a personal chat', async () => {
    const { courier, queue, store, clock } = await start();
    await installedInTeam();
    const person = store.people.create(
      { email: 'bo.berg@regionorebrolan.se', displayName: null, locale: 'sv' },
      clock.now().toISOString(),
    );
    queue('invitation:bo', { personId: person.id });

    await courier.drain();

    // The whole roster, page by page, on the team's own connector.
    expect(teams.connector.rosterReads).toEqual([
      { teamId },
      { teamId, continuationToken: 'page-from-2' },
    ]);
    expect(teams.connector.conversationsCreated.map((c) => c.body)).toEqual([
      {
        isGroup: false,
        bot: { id: botId, role: 'bot' },
        members: [{ id: bo.id, role: 'user' }],
        tenantId,
        channelData: { tenant: { id: tenantId } },
      },
    ]);
    const [sent] = proactive();
    expect(sent?.conversationId).toBe(`a:personal-chat-with-${bo.id}`);
    expect(store.outbox.find('invitation:bo')?.status).toBe('sent');

    // Remembered: his chat, and how to reach him, under the same id he will write with.
    const serviceUrl = teams.connector.serviceUrl.replace(/\/$/, '');
    expect(store.conversations.personalFor(person.id, 'teams')).toEqual({
      platform: 'teams',
      conversationId: `a:personal-chat-with-${bo.id}`,
      kind: 'personal',
      reference: { serviceUrl, tenantId, botId, conversationType: 'personal' },
    });
    expect(store.people.identitiesOf(person.id)).toEqual([
      {
        platform: 'teams',
        userId: bo.aadObjectId,
        reference: { serviceUrl, tenantId, aadObjectId: bo.aadObjectId, memberId: bo.id, botId },
      },
    ]);

    // The next message goes straight to that chat: no roster, no new conversation.
    queue('reminder:bo', { personId: person.id });
    await courier.drain();
    expect(proactive()).toHaveLength(2);
    expect(teams.connector.rosterReads).toHaveLength(2);
    expect(teams.connector.conversationsCreated).toHaveLength(1);

    // When Bo writes himself, he is the same person, not a new one.
    await teams.post(
      teams.activity('message-personal', {
        from: { id: bo.id, name: bo.name, aadObjectId: bo.aadObjectId },
        conversation: {
          ...teams.activity('message-personal').conversation,
          id: sent?.conversationId,
        },
      }),
    );
    await teams.connector.waitForActivities(teams.connector.activities.length);
    expect(store.people.findByIdentity('teams', bo.aadObjectId as string)?.id).toBe(person.id);
  });

  it('reads each roster once for many people', async () => {
    const { courier, queue, store, clock } = await start();
    await installedInTeam();
    const now = clock.now().toISOString();
    const dana = store.people.create(
      { email: 'dana@example.se', displayName: null, locale: 'sv' },
      now,
    );
    const carl = store.people.create(
      { email: 'carl@example.se', displayName: null, locale: 'en' },
      now,
    );
    queue('invitation:dana', { personId: dana.id });
    queue('invitation:carl', { personId: carl.id });

    await courier.drain();

    expect(
      proactive()
        .map((a) => a.conversationId)
        .sort(),
    ).toEqual([
      'a:personal-chat-with-29:1CarlTeamsMemberId',
      'a:personal-chat-with-29:1DanaTeamsMemberId',
    ]);
    // Two pages, once: the second person is found in the roster read for the first.
    expect(teams.connector.rosterReads).toHaveLength(2);
  });

  it('matches the user principal name when the roster has no e-mail, in any case', async () => {
    await start();
    await installedInTeam();
    teams.connector.rosters.set(
      teamId,
      roster.map((m) => ({ ...m, email: '' })),
    );
    const found = await teams.door.outlet.findByEmail(['DANA@EXAMPLE.SE', 'nobody@example.se']);
    expect([...found.keys()]).toEqual(['dana@example.se']);
    expect(found.get('dana@example.se')).toMatchObject({
      userId: '2d2d2d2d-3e3e-4f4f-8a5a-6b6b6b6b6b6b',
      displayName: 'Dana Dahl',
      reference: { memberId: '29:1DanaTeamsMemberId', tenantId, botId },
    });
  });

  it('gives up on someone no roster knows', async () => {
    const { courier, queue, store, clock } = await start();
    await installedInTeam();
    const now = clock.now().toISOString();
    const stranger = store.people.create(
      { email: 'okand@example.se', displayName: null, locale: 'sv' },
      now,
    );
    queue('invitation:stranger', { personId: stranger.id });
    await courier.drain();
    expect(store.outbox.find('invitation:stranger')?.status).toBe('unreachable');
    expect(teams.connector.conversationsCreated).toHaveLength(0);
  });

  it('tries again later when a roster could not be read, rather than give up', async () => {
    const { courier, queue, store, clock } = await start();
    await installedInTeam();
    const person = store.people.create(
      { email: 'bo.berg@regionorebrolan.se', displayName: null, locale: 'sv' },
      clock.now().toISOString(),
    );
    teams.connector.failNext({ method: 'GET', path: /pagedmembers$/i }, { status: 503 });
    queue('invitation:bo', { personId: person.id });

    await courier.drain();
    expect(store.outbox.find('invitation:bo')?.status).toBe('queued');

    // A failed read is not kept: the next attempt reads the roster and finds him.
    clock.set(new Date(clock.now().getTime() + 60 * 60_000));
    await courier.drain();
    expect(store.outbox.find('invitation:bo')?.status).toBe('sent');
  });

  it('still finds people in the other teams when one team removed the app', async () => {
    const { store, clock } = await start();
    await installedInTeam();
    const otherTeam = '19:0a1b2c3d4e5f6a7b8c9d@thread.tacv2';
    store.conversations.remember(
      {
        platform: 'teams',
        conversationId: otherTeam,
        kind: 'channel',
        reference: { serviceUrl: teams.connector.serviceUrl, tenantId, botId, teamId: otherTeam },
      },
      null,
      new Date(clock.now().getTime() + 1000).toISOString(),
    );
    // The other team answers 404 (no roster there): the first team still answers.
    const found = await teams.door.outlet.findByEmail(['dana@example.se']);
    expect(found.get('dana@example.se')?.displayName).toBe('Dana Dahl');
    expect(teams.connector.rosterReads.map((r) => r.teamId)).toContain(otherTeam);
  });

  it('posts to a channel as a new conversation in it', async () => {
    const { courier, queue, store } = await start();
    await installedInTeam();
    queue('digest:1', { platform: 'teams', conversationId: teamId });
    await courier.drain();
    const [sent] = proactive();
    expect(sent?.conversationId).toBe(teamId);
    expect(store.outbox.find('digest:1')?.status).toBe('sent');
  });

  it('offers the message’s files as links that work', async () => {
    const { courier, queue } = await start();
    const anna = await annaWrites();
    queue('export:1', { personId: anna }, { attachments: [guestListFile] });
    await courier.drain();
    const [link] = actionsOf(cardOf(proactive()[0])).filter((a) => a.type === 'Action.OpenUrl');
    expect(link?.title).toBe(guestListFile.label);
    const res = await fetch(String(link?.url).replace(publicUrl, teams.origin));
    expect(Buffer.from(await res.arrayBuffer())).toEqual(Buffer.from(guestListFile.content));
    // The file is the person's: it goes when they do.
    expect(teams.app.db.prepare('SELECT person_id FROM downloads').get()).toEqual({
      person_id: anna,
    });
  });

  it('paces itself at five messages a second unless configured', async () => {
    await start();
    expect(teams.door.outlet.sendsPerSecond).toBe(5);
    await teams.close();
    await start({ door: { sendsPerSecond: 2 } });
    expect(teams.door.outlet).toMatchObject({ platform: 'teams', sendsPerSecond: 2 });
  });

  const channelAddress = (): Address => ({
    platform: 'teams',
    conversationId: '19:d2c1b0a9f8e7d6c5b4a3@thread.tacv2',
    kind: 'channel',
    reference: { serviceUrl: teams.connector.serviceUrl, botId, tenantId },
  });

  it('leaves files out of a message to a channel, and says so in the log', async () => {
    await start();
    await teams.door.outlet.sendToConversation(channelAddress(), {
      view: reminder,
      locale: 'sv',
      attachments: [guestListFile],
    });
    const [sent] = await teams.connector.waitForActivities(1);
    expect(textsOf(cardOf(sent))).toEqual(['Påminnelse']);
    expect(JSON.stringify(sent?.body)).not.toMatch(/\/files\//);
    expect(
      (teams.app.db.prepare('SELECT count(*) AS n FROM downloads').get() as { n: number }).n,
    ).toBe(0);
    expect(teams.logger.lines).toContainEqual({
      level: 'warn',
      message: 'teams files are not offered in a conversation; left out',
      context: { files: 1, kind: 'channel' },
    });
  });

  it('gives up on a connector that does not answer in time, as on one that never answered', async () => {
    await start({ door: { connectorTimeoutMs: 100 } });
    teams.connector.delay({ method: 'POST', path: /\/activities$/ }, 2_000);
    const started = Date.now();
    const sending = teams.door.outlet.sendToConversation(channelAddress(), {
      view: reminder,
      locale: 'sv',
    });
    await expect(sending).rejects.toBeInstanceOf(DeliveryError);
    await expect(sending).rejects.toThrow('send to channel conversation: no answer');
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('gives up on a roster page that does not come in time, and tries again later', async () => {
    await start({ door: { connectorTimeoutMs: 100 } });
    await installedInTeam();
    teams.connector.delay({ method: 'GET', path: /pagedmembers$/i }, 2_000);
    const started = Date.now();
    const finding = teams.door.outlet.findByEmail(['dana@example.se']);
    await expect(finding).rejects.toBeInstanceOf(DeliveryError);
    await expect(finding).rejects.toThrow('read a team roster: no answer');
    expect(Date.now() - started).toBeLessThan(1_500);
    // The next search, once the connector answers again, finds her.
    const found = await teams.door.outlet.findByEmail(['dana@example.se']);
    expect(found.get('dana@example.se')?.displayName).toBe('Dana Dahl');
  });
});

/** An unsigned token in the shape Entra ID issues: the SDK reads its claims. */
function fakeBotToken(): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ aud: 'https://api.botframework.com', appid: '5f3c9e1a-7b2d-4c6e-9f8a-1b2c3d4e5f60', tid: tenantId })}.sig`;
}

describe('Teams outlet with credentials', () => {
  let teams: TeamsDoorHarness;
  afterEach(() => teams.close());

  it('sends the bot’s token on every call: opening a chat, reading a roster, posting', async () => {
    const token = fakeBotToken();
    const scopes: unknown[] = [];
    teams = await startTeamsDoor({
      rosters: { [teamId]: roster },
      door: {
        clientId: '5f3c9e1a-7b2d-4c6e-9f8a-1b2c3d4e5f60',
        tenantId,
        anonymous: false,
        token: (scope) => {
          scopes.push(scope);
          return token;
        },
      },
    });
    const { store, clock } = teams.app;
    const now = clock.now().toISOString();
    // Activities need a token only Teams can sign, so the team is remembered directly.
    const team: Address = {
      platform: 'teams',
      conversationId: teamId,
      kind: 'channel',
      reference: {
        serviceUrl: teams.connector.serviceUrl.replace(/\/$/, ''),
        tenantId,
        conversationType: 'channel',
        teamId,
      },
    };
    store.conversations.remember(team, null, now);
    const person = store.people.create(
      { email: bo.email?.toLowerCase() ?? '', displayName: null, locale: 'sv' },
      now,
    );
    sendLater(
      store,
      { key: 'k', purpose: 'test', to: { personId: person.id }, view: reminder, locale: 'sv' },
      clock.now(),
    );
    const courier = createCourier({
      store,
      outlets: [teams.door.outlet],
      clock,
      logger: memoryLogger(),
      sleep: async () => {},
    });

    await courier.drain();

    expect(store.outbox.find('k')?.status).toBe('sent');
    const calls = teams.connector.requests.map((r) => [
      r.method,
      r.path.replace(/\?.*$/, ''),
      r.authorization,
    ]);
    expect(calls).toEqual([
      ['GET', `/v3/conversations/${teamId}/pagedMembers`, `Bearer ${token}`],
      ['POST', '/v3/conversations', `Bearer ${token}`],
      ['POST', `/v3/conversations/a:personal-chat-with-${bo.id}/activities`, `Bearer ${token}`],
    ]);
    // Without a bot id in the stored references, the client id names the bot.
    expect(teams.connector.conversationsCreated[0]?.body.bot).toEqual({
      id: '28:5f3c9e1a-7b2d-4c6e-9f8a-1b2c3d4e5f60',
      role: 'bot',
    });
    expect(scopes[0]).toBe('https://api.botframework.com/.default');
  });
});
