import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor, Reply } from '../../../src/core/chat.js';
import { testApp } from '../../helpers/test-store.js';

const details = {
  organisation: 'Hallsbergs kommun',
  roleTitle: 'Näringslivschef',
  lunchDay1: true,
  dinnerDay1: true,
  overnight: false,
  breakfastDay2: true,
  lunchDay2: true,
  diet: '',
  accessibility: '',
  invoiceReference: 'H-9',
};
const person = (n: number, locale: 'sv' | 'en' = 'sv'): Actor => ({
  platform: 'slack',
  userId: `U${n}`,
  locale,
});
const firstText = (r: Reply) =>
  r.kind === 'message'
    ? (r.view.blocks[0] as { text: string }).text
    : `form: ${JSON.stringify(r.form.errors)}`;

describe('the rules of signing up', () => {
  let app: ReturnType<typeof testApp>;
  let forum: string;
  beforeEach(() => {
    app = testApp();
    forum = String(app.demoForum().id);
  });
  afterEach(() => app.close());

  it('puts people on the waitlist when the forum is full, and lets nobody past capacity', async () => {
    app.db.prepare('UPDATE forums SET capacity = 2').run();
    for (const n of [1, 2])
      await app.dispatcher.run(person(n), 'forum.signup.submit', { forum, ...details });
    const form = await app.dispatcher.run(person(3, 'en'), 'forum.signup', { forum });
    if (form.kind !== 'form') throw new Error('expected the sign-up form');
    expect(form.form.intro).toContain('If you send the form you join the waitlist');
    const third = await app.dispatcher.run(person(3), 'forum.signup.submit', { forum, ...details });
    expect(firstText(third)).toBe(
      'Framtidsforum 2027 är fullt, så du står på väntelistan som nummer 1. Blir en plats ledig får du ett meddelande och 48 timmar på dig att tacka ja.',
    );
    // A place in line is no seat: no calendar entry yet.
    expect(third.attachments).toBeUndefined();
    expect(app.store.registrations.countActive(Number(forum))).toBe(2);
    expect(app.store.registrations.countWaiting(Number(forum))).toBe(1);
    // Someone already registered can still change their registration when it is full.
    const change = await app.dispatcher.run(person(1), 'forum.signup.submit', {
      forum,
      ...details,
      diet: 'Vegan',
    });
    expect(firstText(change)).toBe('Klart! Din anmälan till Framtidsforum 2027 är ändrad.');
  });

  it('frees the seat on cancellation and reuses the same row on a new sign-up', async () => {
    await app.dispatcher.run(person(1), 'forum.signup.submit', { forum, ...details });
    await app.dispatcher.run(person(1), 'forum.cancel.confirm', { forum });
    expect(app.store.registrations.countActive(Number(forum))).toBe(0);
    const again = await app.dispatcher.run(person(1), 'forum.cancel.confirm', { forum });
    expect(firstText(again)).toBe('Din anmälan till Framtidsforum 2027 är redan avbokad.');
    await app.dispatcher.run(person(1), 'forum.signup.submit', { forum, ...details });
    const rows = app.db.prepare('SELECT status FROM registrations').all();
    expect(rows).toEqual([{ status: 'registered' }]);
  });

  it('refuses signing up after the deadline, in the person’s language', async () => {
    app.clock.set('2027-02-17T08:00:00Z');
    const sv = await app.dispatcher.run(person(1), 'forum.signup', { forum });
    expect(firstText(sv)).toBe(
      'Anmälan till Framtidsforum 2027 stängde tisdag 16 februari 2027 kl. 23.59. Kontakta samordnaren om du behöver ändra något.',
    );
    const en = await app.dispatcher.run(person(1, 'en'), 'forum.signup.submit', {
      forum,
      ...details,
    });
    expect(firstText(en)).toBe(
      'Registration for Framtidsforum 2027 closed Tuesday 16 February 2027 at 23:59. Contact the coordinator if you need to change anything.',
    );
    expect(app.store.registrations.countActive(Number(forum))).toBe(0);
  });

  it('names a forum that does not exist, and refuses a forged form without storing', async () => {
    const missing = await app.dispatcher.runText(person(1), 'anmäl sommarforum');
    expect(firstText(missing)).toBe(
      'Jag hittar inget forum som heter ”sommarforum”. Skriv *forum* för att se kommande forum.',
    );
    const forged = await app.dispatcher.run(person(1), 'forum.signup.submit', {
      forum: '9999',
      ...details,
    });
    expect(firstText(forged)).toContain('Jag hittar inget forum som heter ”9999”');
    const bad = await app.dispatcher.run(person(1), 'forum.signup.submit', {
      forum: 'x; DROP TABLE',
      ...details,
    });
    expect(firstText(bad)).toBe('Något i det du skickade stämmer inte. Försök igen.');
    const unknown = await app.dispatcher.run(person(1), 'admin.deleteEverything', {});
    expect(firstText(unknown)).toBe('Något i det du skickade stämmer inte. Försök igen.');
    expect(app.db.prepare('SELECT count(*) AS n FROM registrations').get()).toEqual({ n: 0 });
  });

  it('offers the sign-up button while there is time, the waitlist once seats are gone', async () => {
    const labels = async (n: number) => {
      const reply = await app.dispatcher.runText(person(n), 'forum');
      if (reply.kind !== 'message') throw new Error('expected a message');
      return reply.view.blocks.flatMap((b) =>
        b.kind === 'actions' ? b.buttons.map((x) => x.label) : b.kind === 'text' ? [b.text] : [],
      );
    };
    expect(await labels(1)).toEqual(['Anmäl mig', 'Program']);
    app.db.prepare('UPDATE forums SET capacity = 1').run();
    await app.dispatcher.run(person(2), 'forum.signup.submit', { forum, ...details });
    expect(await labels(1)).toEqual(['Ställ mig på väntelistan', 'Program']);
    expect(await labels(2)).toEqual(['Du är anmäld.', 'Min anmälan', 'Program']);
    app.db.prepare('UPDATE forums SET capacity = 110').run();
    app.clock.set('2027-02-17T08:00:00Z');
    expect(await labels(1)).toEqual(['Anmälan är stängd.', 'Program']);
    app.clock.set('2027-03-09T12:00:00Z'); // the forum is under way
    const late = await app.dispatcher.run(person(2), 'forum.cancel', { forum });
    expect(firstText(late)).toBe('Framtidsforum 2027 har redan börjat.');
  });

  it('shows the person’s own registration in full on their home page', async () => {
    await app.dispatcher.run(person(1), 'forum.signup.submit', { forum, ...details, diet: 'Fisk' });
    const home = await app.dispatcher.run(person(1), 'home');
    if (home.kind !== 'message') throw new Error('expected a message');
    const fields = home.view.blocks.flatMap((b) => (b.kind === 'fields' ? b.fields : []));
    expect(fields).toContainEqual({ label: 'Kost och allergier', value: 'Fisk' });
    expect(fields).toContainEqual({ label: 'Organisation', value: 'Hallsbergs kommun' });
    expect(home.personal).toBe(true);
  });

  it('cancelling without a registration says so', async () => {
    const reply = await app.dispatcher.runText(person(1, 'en'), 'cancel');
    expect(firstText(reply)).toBe('You have no registration for Framtidsforum 2027.');
  });

  it('never books an option the forum does not offer', async () => {
    app.db.prepare(`UPDATE forums SET offers = '["lunchDay1"]'`).run();
    await app.dispatcher.run(person(1), 'forum.signup.submit', {
      forum,
      ...details,
      overnight: true,
    });
    const row = app.db
      .prepare('SELECT lunch_day1, overnight, dinner_day1 FROM registrations')
      .get();
    expect(row).toEqual({ lunch_day1: 1, overnight: 0, dinner_day1: 0 });
  });
});

describe('one person across platforms', () => {
  it('links a Slack and a Teams identity with the same e-mail to one registration', async () => {
    const app = testApp();
    const forum = String(app.demoForum().id);
    const slack: Actor = {
      platform: 'slack',
      userId: 'U1',
      email: 'Anna@Example.se',
      locale: 'sv',
    };
    const teams: Actor = {
      platform: 'teams',
      userId: 'aad-1',
      email: 'anna@example.se',
      locale: 'sv',
    };
    await app.dispatcher.run(slack, 'forum.signup.submit', { forum, ...details });
    const reply = await app.dispatcher.run(teams, 'forum.signup.submit', { forum, ...details });
    expect(firstText(reply)).toBe('Klart! Din anmälan till Framtidsforum 2027 är ändrad.');
    expect(app.db.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 1 });
    expect(app.store.registrations.countActive(Number(forum))).toBe(1);
    app.close();
  });
});

describe('a person first met without an e-mail', () => {
  it('joins the person with that e-mail once the platform tells it', async () => {
    const app = testApp();
    const forum = String(app.demoForum().id);
    const slack: Actor = { platform: 'slack', userId: 'U1', email: 'per@example.se', locale: 'sv' };
    await app.dispatcher.run(slack, 'forum.signup.submit', { forum, ...details });
    // Teams' member lookup failed the first time: no e-mail.
    const teams: Actor = { platform: 'teams', userId: 'aad-9', locale: 'sv' };
    await app.dispatcher.runText(teams, 'hjälp');
    expect(app.db.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 2 });
    const mine = await app.dispatcher.run({ ...teams, email: 'Per@Example.se' }, 'forum.my', {
      forum,
    });
    expect(firstText(mine)).toBe('Din anmälan till Framtidsforum 2027');
    expect(app.db.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 1 });
    expect(app.db.prepare('SELECT count(*) AS n FROM identities').get()).toEqual({ n: 2 });
    app.close();
  });
});

describe('the opening of registration', () => {
  it('lets nobody sign up before it, and says when it opens', async () => {
    const app = testApp();
    const forum = String(app.demoForum().id);
    app.db.prepare(`UPDATE forums SET registration_opens_at = '2027-01-10T08:00:00.000Z'`).run();
    const early = await app.dispatcher.run(person(1, 'en'), 'forum.signup.submit', {
      forum,
      ...details,
    });
    expect(firstText(early)).toBe(
      'Registration for Framtidsforum 2027 opens Sunday 10 January 2027 at 09:00. Welcome back then!',
    );
    expect(app.store.registrations.countActive(Number(forum))).toBe(0);
    const list = await app.dispatcher.runText(person(1), 'forum');
    expect(JSON.stringify(list)).toContain('Anmälan öppnar söndag 10 januari 2027 kl. 09.00.');
    expect(JSON.stringify(list)).not.toContain('forum.signup"');
    app.clock.set('2027-01-10T08:00:00Z');
    const onTime = await app.dispatcher.run(person(1), 'forum.signup.submit', {
      forum,
      ...details,
    });
    expect(firstText(onTime)).toBe('Klart! Du är anmäld till Framtidsforum 2027.');
    app.close();
  });
});
