import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../../src/core/i18n/translate.js';
import { actionsOf, cardOf, inputOf, textsOf } from './card-query.js';
import { startTeamsDoor, type TeamsDoorHarness } from './teams-harness.js';

const sv = translator('sv');
const anna = {
  aad: '6b1f5a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
  teamsId: '29:1q2w3e4r5t6y7u8i9o0pAnnaPersonalId',
};

describe('Teams door: messages and installation', () => {
  let teams: TeamsDoorHarness;
  beforeEach(async () => {
    teams = await startTeamsDoor();
  });
  afterEach(() => teams.close());

  it('answers "hjälp" with the Swedish help as a card with Action.Execute buttons', async () => {
    const res = await teams.post(teams.activity('message-personal', { text: 'hjälp' }));
    expect(res.status).toBe(200);

    const [sent] = await teams.connector.waitForActivities(1);
    expect(sent?.kind).toBe('send');
    expect(sent?.conversationId).toBe('a:1Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Jh1Gf0EdCbAPersonalChat');
    expect(sent?.body.summary).toBe(sv('help.title'));
    const card = cardOf(sent);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(card.body[0]).toMatchObject({
      type: 'TextBlock',
      text: sv('help.title'),
      size: 'Medium',
      weight: 'Bolder',
    });
    expect(textsOf(card)).toContain(sv('help.intro'));
    // Our *emphasis* becomes card bold.
    expect(textsOf(card)).toContain('**forum** – visa kommande forum');
    const buttons = actionsOf(card).filter((a) => a.type === 'Action.Execute');
    expect(buttons.map((b) => [b.title, b.verb])).toEqual([
      [sv('button.list'), 'forum.list'],
      [sv('button.signup'), 'forum.signup'],
      [sv('button.my'), 'forum.my'],
    ]);
    expect(buttons[1]).toMatchObject({
      style: 'positive',
      data: { forumbot: { c: 'forum.signup', a: {} } },
    });
  });

  it('answers "anmäl" with the sign-up form as inputs', async () => {
    await teams.post(teams.activity('message-personal', { text: 'anmäl' }));
    const card = cardOf((await teams.connector.waitForActivities(1))[0]);

    expect(inputOf(card, 'organisation')).toMatchObject({
      type: 'Input.Text',
      label: sv('signup.field.organisation'),
      isRequired: true,
      maxLength: 200,
      value: '',
    });
    expect(inputOf(card, 'roleTitle')).toMatchObject({ type: 'Input.Text', isRequired: true });
    expect(inputOf(card, 'diet')).toMatchObject({
      type: 'Input.Text',
      maxLength: 1000,
      isMultiline: true,
      isRequired: false,
    });
    // The demo forum has a fee, so the invoice reference is required.
    expect(inputOf(card, 'invoiceReference')).toMatchObject({
      type: 'Input.Text',
      isRequired: true,
      maxLength: 100,
    });
    for (const [name, on] of [
      ['lunchDay1', 'true'],
      ['overnight', 'false'],
    ] as const) {
      expect(inputOf(card, name)).toMatchObject({
        type: 'Input.Toggle',
        title: sv(`signup.field.${name}`),
        value: on,
        valueOn: 'true',
        valueOff: 'false',
      });
    }
    expect(textsOf(card)).toContain(sv('signup.hint.invoiceReference'));
    const [submit] = actionsOf(card);
    expect(submit).toMatchObject({
      type: 'Action.Execute',
      title: sv('button.submit'),
      verb: 'forum.signup.submit',
      associatedInputs: 'auto',
      data: { forumbot: { c: 'forum.signup.submit', a: { forum: teams.forumId } } },
    });
    expect(submit?.data.forumbot.t).toEqual([
      'lunchDay1',
      'dinnerDay1',
      'overnight',
      'breakfastDay2',
      'lunchDay2',
    ]);
  });

  it('introduces itself when installed and remembers where', async () => {
    const res = await teams.post(teams.activity('conversation-update'));
    expect(res.status).toBe(200);

    const card = cardOf((await teams.connector.waitForActivities(1))[0]);
    expect(textsOf(card)[0]).toBe(sv('help.title'));

    const row = teams.app.db
      .prepare("SELECT * FROM conversations WHERE platform = 'teams'")
      .get() as {
      conversation_id: string;
      kind: string;
      person_id: number | null;
      reference: string;
    };
    expect(row.conversation_id).toBe('a:1Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Jh1Gf0EdCbAPersonalChat');
    expect(row.kind).toBe('personal');
    expect(JSON.parse(row.reference)).toEqual({
      serviceUrl: teams.connector.serviceUrl.replace(/\/$/, ''),
      tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      botId: '28:5f3c9e1a-7b2d-4c6e-9f8a-1b2c3d4e5f60',
      conversationType: 'personal',
    });
    const person = teams.app.store.people.findByIdentity('teams', anna.aad);
    expect(row.person_id).toBe(person?.id);
  });

  it('ignores a conversation update that does not add the bot', async () => {
    const update = teams.activity('conversation-update', {
      membersAdded: [{ id: '29:someone-else' }],
    });
    expect((await teams.post(update)).status).toBe(200);
    expect(teams.connector.activities).toHaveLength(0);
    expect(teams.app.store.conversations.find('teams', update.conversation.id)).toBeUndefined();
  });

  it('answers an unknown word in Swedish and reads the English locale', async () => {
    await teams.post(teams.activity('message-personal', { text: 'blabla' }));
    await teams.post(teams.activity('message-personal', { text: 'help', locale: 'en-US' }));
    const [unknown, help] = await teams.connector.waitForActivities(2);
    expect(textsOf(cardOf(unknown))[0]).toMatch(/^Det kommandot känner jag inte igen/);
    expect(textsOf(cardOf(help))[0]).toBe(translator('en')('help.title'));
  });

  it('looks the person up once, not on every message', async () => {
    await teams.post(teams.activity('message-personal', { text: 'hjälp' }));
    await teams.post(teams.activity('message-personal', { text: 'forum' }));
    await teams.connector.waitForActivities(2);
    expect(teams.connector.memberLookups).toEqual([anna.teamsId]);
    // The connector did not know Anna (404): she is served all the same, without an e-mail.
    expect(teams.app.store.people.findByIdentity('teams', anna.aad)?.email).toBeNull();
  });
});
