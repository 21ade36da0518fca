import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../../src/core/i18n/translate.js';
import { cardOf, inputOf, textsOf } from './card-query.js';
import { startTeamsDoor, type TeamsDoorHarness } from './teams-harness.js';

const sv = translator('sv');
const channelId = '19:d2c1b0a9f8e7d6c5b4a3@thread.tacv2';

/**
 * Channels and group chats: everyone there sees the bot's messages and shares one copy of
 * each card, so someone's own data stays out and one click changes no one else's card.
 */
describe('Teams door: channels', () => {
  let teams: TeamsDoorHarness;
  beforeEach(async () => {
    teams = await startTeamsDoor();
  });
  afterEach(() => teams.close());

  it('sends a personal command typed in a channel to the personal chat, without running it', async () => {
    await teams.post(teams.activity('message-channel-mention'));
    const [sent] = await teams.connector.waitForActivities(1);
    // The answer goes to the thread it was asked in…
    expect(sent?.conversationId).toBe(
      '19:d2c1b0a9f8e7d6c5b4a3@thread.tacv2;messageid=1732266300456',
    );
    // …and is not the sign-up form, which asks for diet and allergies the channel must not
    // see: the person is sent to their personal chat with the bot instead.
    const card = cardOf(sent);
    expect(inputOf(card, 'organisation')).toBeUndefined();
    expect(textsOf(card)).toEqual([sv('privacy.personalChat')]);
    expect(card.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        title: sv('button.openPersonalChat'),
        url: 'https://teams.microsoft.com/l/chat/0/0?users=28%3A5f3c9e1a-7b2d-4c6e-9f8a-1b2c3d4e5f60',
      },
    ]);
    // Decided before running: the command never ran, so nothing about Anna was stored.
    expect(teams.app.db.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 0 });
    expect(teams.app.store.conversations.find('teams', channelId)).toBeUndefined();
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

  it('runs no personal card action in a channel and leaves the shared card alone', async () => {
    const channel = teams.activity('message-channel-mention');
    const invoke = teams.activity('action-execute-invoke', { conversation: channel.conversation });
    invoke.value.action.data.forumbot.a.forum = teams.forumId;
    invoke.value.action.data.diet = 'Nötallergi';
    const res = await teams.post(invoke);
    // A note only the presser sees; a card would replace the one everyone sees.
    expect(res.body).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: sv('privacy.personalChat'),
    });
    expect(teams.app.store.registrations.countActive(Number(teams.forumId))).toBe(0);
    expect(teams.connector.activities).toHaveLength(0);

    // Action.Submit from an older client cannot get such a note: the link card is posted.
    const submit = teams.activity('action-submit', { conversation: channel.conversation });
    submit.value.forumbot.a.forum = teams.forumId;
    await teams.post(submit);
    const [sent] = await teams.connector.waitForActivities(1);
    expect(textsOf(cardOf(sent))).toEqual([sv('privacy.personalChat')]);
    expect(JSON.stringify(sent?.body)).not.toMatch(/Nötallergi|Vegetarisk/);
    expect(teams.app.db.prepare('SELECT count(*) AS n FROM registrations').get()).toEqual({ n: 0 });
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
      type: 'application/vnd.microsoft.activity.message',
      value: sent?.body.summary,
    });
    expect(res.body.value).not.toBe('');
  });
});
