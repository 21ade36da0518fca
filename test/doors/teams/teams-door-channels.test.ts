import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../../src/core/i18n/translate.js';
import { actionsOf, type Card, cardOf, elementsOf, inputOf, textsOf } from './card-query.js';
import { startTeamsDoor, type TeamsDoorHarness } from './teams-harness.js';

const sv = translator('sv');
const channelId = '19:d2c1b0a9f8e7d6c5b4a3@thread.tacv2';
const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const anna = {
  aad: '6b1f5a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
  teamsId: '29:1q2w3e4r5t6y7u8i9o0pAnnaPersonalId',
};
/** The personal chat the fake connector opens for Anna's Teams id. */
const annasOpenedChat = `a:personal-chat-with-${anna.teamsId}`;
const messageResponse = 'application/vnd.microsoft.activity.message';
const cardResponse = 'application/vnd.microsoft.card.adaptive';
const valid = {
  organisation: 'Kumla kommun',
  roleTitle: 'Kommundirektör',
  diet: 'Nötallergi',
  invoiceReference: 'KK-123',
};

/** What Teams sends with a form card's submit: every input's value as shown. */
function valuesOf(card: Card): Record<string, string> {
  const values: Record<string, string> = {};
  for (const input of elementsOf(card).filter((e) => e.type?.startsWith('Input.'))) {
    values[input.id] = String(input.value ?? '');
  }
  return values;
}

/**
 * Channels and group chats: everyone there sees the bot's messages and shares one copy of
 * each card, so someone's own data stays out and one click changes no one else's card. A
 * command about the person's own data runs there too, and answers in their personal chat.
 */
describe('Teams door: channels', () => {
  let teams: TeamsDoorHarness;
  beforeEach(async () => {
    teams = await startTeamsDoor();
  });
  afterEach(() => teams.close());

  const inChannel = () =>
    teams.connector.activities.filter((a) => a.conversationId.startsWith(channelId));
  const registrations = () =>
    (teams.app.db.prepare('SELECT count(*) AS n FROM registrations').get() as { n: number }).n;
  const annasRegistration = () => {
    const person = teams.app.store.people.findByIdentity('teams', anna.aad);
    return person && teams.app.store.registrations.find(Number(teams.forumId), person.id);
  };
  const forumTitle = () => teams.app.demoForum().title;

  it('runs a personal command typed in a channel and sends its form to the personal chat', async () => {
    await teams.post(teams.activity('message-channel-mention'));
    const [sent] = await teams.connector.waitForActivities(1);
    // `anmäl` ran, and its answer is the sign-up form, which asks for diet and allergies the
    // channel must not see: it went to a personal chat opened with Anna, and the channel
    // got nothing.
    expect(teams.connector.conversationsCreated.map((c) => c.body.members)).toEqual([
      [{ id: anna.teamsId, role: 'user' }],
    ]);
    expect(sent?.conversationId).toBe(annasOpenedChat);
    const form = cardOf(sent);
    expect(textsOf(form)[0]).toBe(sv('signup.title'));
    expect(inputOf(form, 'organisation')).toMatchObject({ type: 'Input.Text', value: '' });
    expect(teams.connector.activities).toHaveLength(1);
    expect(inChannel()).toEqual([]);
    expect(registrations()).toBe(0);

    // Submitted there, in the personal chat, it answers as any form does: the confirmation
    // replaces the form, and the registration is stored.
    const submit = actionsOf(form).find((a) => a.type === 'Action.Execute');
    const invoke = teams.activity('action-execute-invoke', {
      conversation: { conversationType: 'personal', tenantId, id: annasOpenedChat },
    });
    invoke.value.action = {
      type: 'Action.Execute',
      verb: submit?.verb,
      data: { ...submit?.data, ...valuesOf(form), ...valid },
    };
    const res = await teams.post(invoke);
    expect(res.body).toMatchObject({ statusCode: 200, type: cardResponse });
    expect(textsOf(res.body.value)[0]).toBe(sv('signup.done', { forum: forumTitle() }));
    expect(annasRegistration()).toMatchObject({
      status: 'registered',
      organisation: 'Kumla kommun',
      diet: 'Nötallergi',
    });
    expect(teams.connector.activities).toHaveLength(1);
    expect(teams.connector.conversationsCreated).toHaveLength(1);
  });

  it('shows the forum list in a channel, and remembers the channel once', async () => {
    await teams.post(
      teams.activity('message-channel-mention', { text: '<at>forumbot</at> forum' }),
    );
    const [listed] = await teams.connector.waitForActivities(1);
    expect(textsOf(cardOf(listed))).toContain('Framtidsforum 2027');
    // The channel itself is what we remember, not the thread.
    expect(teams.app.store.conversations.find('teams', channelId)?.kind).toBe('channel');
  });

  it('runs a personal card action in a channel, answers in the personal chat and leaves the shared card alone', async () => {
    const channel = teams.activity('message-channel-mention');
    const invoke = teams.activity('action-execute-invoke', { conversation: channel.conversation });
    invoke.value.action.data.forumbot.a.forum = teams.forumId;
    invoke.value.action.data.diet = 'Nötallergi';
    const res = await teams.post(invoke);
    // A note only the presser sees; a card would replace the one everyone sees.
    expect(res.body).toEqual({
      statusCode: 200,
      type: messageResponse,
      value: sv('teams.personalChat.sent'),
    });
    expect(annasRegistration()).toMatchObject({ status: 'registered', diet: 'Nötallergi' });
    // The confirmation, with the diet, is in Anna's personal chat and nowhere else.
    expect(teams.connector.activities).toHaveLength(1);
    const [receipt] = teams.connector.activities;
    expect(receipt?.kind).toBe('send');
    expect(receipt?.conversationId).toBe(annasOpenedChat);
    expect(textsOf(cardOf(receipt))[0]).toBe(sv('signup.done', { forum: forumTitle() }));
    expect(inChannel()).toEqual([]);

    // Action.Submit from an older client: the same, with nothing posted in the channel.
    const submit = teams.activity('action-submit', { conversation: channel.conversation });
    submit.value.forumbot.a.forum = teams.forumId;
    await teams.post(submit);
    const [, changed] = await teams.connector.waitForActivities(2);
    expect(changed?.conversationId).toBe(annasOpenedChat);
    expect(annasRegistration()).toMatchObject({ status: 'registered', overnight: true });
    expect(registrations()).toBe(1);
    expect(inChannel()).toEqual([]);
    expect(teams.connector.activities.filter((a) => a.kind === 'update')).toEqual([]);
    expect(teams.connector.conversationsCreated).toHaveLength(1);
  });

  it('posts a channel button’s answer as a new message and keeps the pressed card', async () => {
    const channel = teams.activity('message-channel-mention');
    const invoke = teams.activity('action-execute-invoke', { conversation: channel.conversation });
    invoke.value.action = {
      type: 'Action.Execute',
      verb: 'forum.list',
      data: { forumbot: { c: 'forum.list', a: {} } },
    };
    const res = await teams.post(invoke);

    const [sent] = await teams.connector.waitForActivities(1);
    expect(sent?.kind).toBe('send');
    expect(sent?.conversationId).toBe(channel.conversation.id);
    expect(textsOf(cardOf(sent))).toContain('Framtidsforum 2027');
    expect(res.body).toEqual({
      statusCode: 200,
      type: messageResponse,
      value: sent?.body.summary,
    });
    expect(res.body.value).not.toBe('');
  });
});
