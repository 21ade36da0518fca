import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../../../src/core/i18n/translate.js';
import { actionsOf, cardOf, elementsOf, inputOf, textsOf } from './card-query.js';
import { executeSubmit, startTeamsDoor, type TeamsDoorHarness } from './teams-harness.js';

const sv = translator('sv');
const en = translator('en');
const activityMessage = 'application/vnd.microsoft.activity.message';
const anna = {
  aad: '6b1f5a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
  teamsId: '29:1q2w3e4r5t6y7u8i9o0pAnnaPersonalId',
};
const valid = {
  organisation: 'Kumla kommun',
  roleTitle: 'Kommundirektör',
  diet: 'Vegetarisk',
  invoiceReference: 'KK-123',
};

describe('Teams door: cards', () => {
  let teams: TeamsDoorHarness;
  afterEach(() => teams.close());

  const registrations = () =>
    (teams.app.db.prepare('SELECT count(*) AS n FROM registrations').get() as { n: number }).n;
  const annasRegistration = () => {
    const person = teams.app.store.people.findByIdentity('teams', anna.aad);
    return person && teams.app.store.registrations.find(Number(teams.forumId), person.id);
  };

  it('Action.Execute with valid values answers with the confirmation card and stores it', async () => {
    teams = await startTeamsDoor();
    const res = await teams.post(executeSubmit(teams, valid));

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
    });
    const card = res.body.value;
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const forum = teams.app.demoForum();
    expect(textsOf(card)[0]).toBe(sv('signup.done', { forum: forum.title }));
    expect(textsOf(card)).toContain(`${sv('signup.field.organisation')}: Kumla kommun`);
    expect(actionsOf(card).map((a) => a.verb)).toContain('forum.change');
    // The card is the answer: nothing extra is posted to the conversation.
    expect(teams.connector.activities).toHaveLength(0);
    expect(annasRegistration()).toMatchObject({
      status: 'registered',
      organisation: 'Kumla kommun',
      overnight: false,
      breakfastDay2: true,
    });
  });

  it('Action.Execute with a 5,000-character diet and no organisation keeps the form and says why', async () => {
    teams = await startTeamsDoor();
    const diet = 'x'.repeat(5000);
    const res = await teams.post(executeSubmit(teams, { ...valid, organisation: '', diet }));

    const card = res.body.value;
    expect(inputOf(card, 'diet')?.value).toBe(diet);
    expect(inputOf(card, 'roleTitle')?.value).toBe('Kommundirektör');
    expect(inputOf(card, 'overnight')?.value).toBe('false');
    expect(inputOf(card, 'breakfastDay2')?.value).toBe('true');
    const errors = elementsOf(card).filter(
      (e) => e.type === 'TextBlock' && e.color === 'Attention',
    );
    expect(errors.map((e) => e.text)).toEqual([
      sv('field.required'),
      sv('field.tooLong', { max: 1000, length: 5000 }),
    ]);
    // Each message sits right under its field.
    const body = card.body as { id?: string }[];
    expect(body[body.findIndex((e) => e.id === 'organisation') + 1]).toMatchObject({
      text: sv('field.required'),
    });
    expect(inputOf(card, 'diet')?.errorMessage).toBe(
      sv('field.tooLong', { max: 1000, length: 5000 }),
    );
    expect(registrations()).toBe(0);
  });

  it('Action.Submit from an older client stores the registration and posts the confirmation', async () => {
    teams = await startTeamsDoor();
    const submit = teams.activity('action-submit');
    submit.value.forumbot.a.forum = teams.forumId;
    expect((await teams.post(submit)).status).toBe(200);

    const [sent] = await teams.connector.waitForActivities(1);
    expect(sent?.kind).toBe('send');
    expect(textsOf(cardOf(sent))[0]).toBe(
      sv('signup.done', { forum: teams.app.demoForum().title }),
    );
    expect(annasRegistration()).toMatchObject({
      overnight: true,
      breakfastDay2: false,
      diet: 'Vegetarisk',
    });
  });

  it('signing up twice changes the one registration; English people get English', async () => {
    teams = await startTeamsDoor();
    const english = { locale: 'en-US' };
    await teams.post(executeSubmit(teams, valid, english));
    const again = await teams.post(executeSubmit(teams, { ...valid, diet: 'Vegan' }, english));

    const title = teams.app.demoForum().title;
    expect(textsOf(again.body.value)[0]).toBe(en('signup.changed', { forum: title }));
    expect(textsOf(again.body.value)).toContain(`${en('signup.field.diet')}: Vegan`);
    expect(registrations()).toBe(1);
  });

  it('joins the Teams user to the person with the same e-mail from Slack', async () => {
    teams = await startTeamsDoor({
      members: {
        [anna.teamsId]: {
          name: 'Anna Andersson',
          email: 'Anna@Example.se',
          userPrincipalName: 'anna@example.se',
        },
      },
    });
    const first = await teams.app.dispatcher.run(
      { platform: 'slack', userId: 'U1', email: 'anna@example.se', locale: 'sv' },
      'forum.signup.submit',
      { forum: teams.forumId, ...valid, organisation: 'Region Örebro län' },
    );
    expect(first.kind).toBe('message');

    const res = await teams.post(executeSubmit(teams, valid));
    expect(textsOf(res.body.value)[0]).toBe(
      sv('signup.changed', { forum: teams.app.demoForum().title }),
    );
    expect(registrations()).toBe(1);
    const slack = teams.app.store.people.findByIdentity('slack', 'U1');
    expect(teams.app.store.people.findByIdentity('teams', anna.aad)?.id).toBe(slack?.id);
    expect(teams.app.store.registrations.find(Number(teams.forumId), slack!.id)?.organisation).toBe(
      'Kumla kommun',
    );
  });

  it('echoes what people wrote as text, never as markdown or links', async () => {
    teams = await startTeamsDoor();
    const res = await teams.post(
      executeSubmit(teams, { ...valid, diet: '**bold** [x](https://evil)' }),
    );

    const diet = textsOf(res.body.value).find((t) => t.startsWith(`${sv('signup.field.diet')}:`));
    expect(diet).toBe(`${sv('signup.field.diet')}: \\*\\*bold\\*\\* \\[x\\](https://evil)`);
    expect(JSON.stringify(res.body.value)).not.toContain('[x](');
    expect(annasRegistration()?.diet).toBe('**bold** [x](https://evil)');
  });

  it('lets no input overwrite the arguments the card carries', async () => {
    teams = await startTeamsDoor();
    const res = await teams.post(executeSubmit(teams, { ...valid, forum: '999' }));
    expect(textsOf(res.body.value)[0]).toBe(
      sv('signup.done', { forum: teams.app.demoForum().title }),
    );
    expect(annasRegistration()?.status).toBe('registered');
  });

  it('answers a card action it cannot read with a short note and leaves the card', async () => {
    teams = await startTeamsDoor();
    const invoke = teams.activity('action-execute-invoke');
    invoke.value.action.data = { forumbot: { c: 'drop table', a: [] } };
    const res = await teams.post(invoke);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      statusCode: 200,
      type: activityMessage,
      value: sv('error.invalidInput'),
    });
    expect(registrations()).toBe(0);
  });

  it('keeps a refused form on screen with what was typed: answers with a note, not a card', async () => {
    teams = await startTeamsDoor();
    // The deadline passes while Anna fills in the form (a full forum now puts her on the
    // waitlist instead, which is not a refusal).
    const forum = teams.app.demoForum();
    teams.app.clock.set(new Date(new Date(forum.registrationClosesAt).getTime() + 60_000));
    const res = await teams.post(executeSubmit(teams, valid));

    expect(res.body).toEqual({
      statusCode: 200,
      type: activityMessage,
      value: expect.stringMatching(new RegExp(`^Anmälan till ${forum.title} stängde `)),
    });
    expect(annasRegistration()).toBeUndefined();
    expect(registrations()).toBe(0);
    expect(teams.connector.activities).toHaveLength(0);
  });

  it('keeps what people wrote out of the log', async () => {
    teams = await startTeamsDoor();
    await teams.post(executeSubmit(teams, { ...valid, diet: 'Nötallergi' }));
    await teams.post(teams.activity('message-personal', { text: 'anmäl' }));
    const logged = JSON.stringify(teams.logger.lines);
    expect(logged).not.toMatch(/Nötallergi|Kumla|Anna/);
    expect(teams.logger.lines.filter((l) => l.level === 'debug')).toEqual([]);
  });
});
