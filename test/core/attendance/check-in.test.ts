import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeAlphabet, normaliseCode } from '../../../src/core/attendance/checkin-code.js';
import { checkinDay, forumDays } from '../../../src/core/attendance/forum-days.js';
import type { Forum } from '../../../src/core/forum/forum.js';
import { testApp, timeZone } from '../../helpers/test-store.js';
import {
  type App,
  afterForum,
  buttons,
  coordinator,
  day1,
  day2,
  person,
  register,
  texts,
} from './season-fixture.js';

describe('the forum days', () => {
  let app: App;
  beforeEach(() => {
    app = testApp();
  });
  afterEach(() => app.close());

  it('are the start date and the next date in Stockholm, not in UTC', () => {
    const forum = app.demoForum();
    expect(forumDays(forum, timeZone)).toMatchObject({ day1: '2027-03-09', day2: '2027-03-10' });
    // 00.30 in Stockholm is still the day before in UTC.
    expect(checkinDay(forum, new Date('2027-03-08T23:30:00Z'), timeZone)).toBe(1);
    expect(checkinDay(forum, new Date('2027-03-08T22:30:00Z'), timeZone)).toBeNull();
    expect(checkinDay(forum, new Date('2027-03-10T22:59:00Z'), timeZone)).toBe(2);
    expect(checkinDay(forum, new Date('2027-03-10T23:00:00Z'), timeZone)).toBeNull();
  });
});

describe('the check-in code', () => {
  let app: App;
  beforeEach(() => {
    app = testApp();
  });
  afterEach(() => app.close());

  it('is made once, from characters that cannot be mistaken for one another', async () => {
    const sara = coordinator(app);
    const first = await app.dispatcher.run(sara.actor, 'attendance.code');
    expect(first.personal).toBe(true);
    const code = app.store.forums.get(app.demoForum().id)?.checkinCode as string;
    expect(code).toMatch(new RegExp(`^[${codeAlphabet}]{5}$`));
    for (const lookAlike of ['0', 'O', '1', 'I', 'L'])
      expect(codeAlphabet).not.toContain(lookAlike);
    expect(texts(first)).toContain(`Kod: ${code}`);
    expect(texts(first)).toContain('Dag 1: tisdag 9 mars 2027');
    expect(texts(first)).toContain('Dag 2: onsdag 10 mars 2027');
    const again = await app.dispatcher.runText(sara.actor, 'incheckningskod');
    expect(texts(again)).toContain(`Kod: ${code}`);
    expect(app.store.forums.get(app.demoForum().id)?.checkinCode).toBe(code);
  });

  it('is compared without regard to case, spaces or dashes', () => {
    expect(normaliseCode(' ac-e 3 4 ')).toBe('ACE34');
  });

  it('is only for coordinators', async () => {
    const anna = person(app, 'UANNA', 'Anna Andersson');
    const reply = await app.dispatcher.run(anna.actor, 'attendance.code');
    expect(reply.outcome).toBe('refused');
    expect(texts(reply)[0]).toMatch(/till för samordnare/);
    expect(app.store.forums.get(app.demoForum().id)?.checkinCode).toBeNull();
  });
});

describe('self check-in', () => {
  let app: App;
  let forum: Forum;
  let code: string;
  let anna: ReturnType<typeof person>;
  beforeEach(async () => {
    app = testApp();
    forum = app.demoForum();
    await app.dispatcher.run(coordinator(app).actor, 'attendance.code');
    code = app.store.forums.get(forum.id)?.checkinCode as string;
    anna = person(app, 'UANNA', 'Anna Andersson');
    register(app, forum, anna.id);
    app.clock.set(day1);
  });
  afterEach(() => app.close());

  const checkIns = () => app.store.attendance.listForForum(forum.id);

  it('checks a registered person in for today with the right code, typed after the word', async () => {
    const reply = await app.dispatcher.runText(anna.actor, `checkin ${code.toLowerCase()}`);
    expect(reply.outcome).toBeUndefined();
    expect(reply.personal).toBe(true);
    expect(texts(reply)).toEqual(['Välkommen! Du är incheckad på Framtidsforum 2027, dag 1.']);
    expect(checkIns()).toMatchObject([
      { day: 1, checkedInBy: null, checkedInAt: day1.replace('Z', '.000Z') },
    ]);
  });

  it('understands "checka in KOD" and "incheckning KOD"', async () => {
    expect(texts(await app.dispatcher.runText(anna.actor, `checka in ${code}`))[0]).toMatch(
      /incheckad/,
    );
    app.clock.set(day2);
    expect(texts(await app.dispatcher.runText(anna.actor, `incheckning ${code}`))[0]).toMatch(
      /dag 2/,
    );
    expect(checkIns().map((c) => c.day)).toEqual([1, 2]);
  });

  it('asks for the code in a form when none is typed, and takes it from there', async () => {
    const open = await app.dispatcher.runText(anna.actor, 'checkin');
    expect(open.kind).toBe('form');
    if (open.kind !== 'form') return;
    expect(open.form.inputs.map((i) => i.name)).toEqual(['code']);
    const done = await app.dispatcher.run(anna.actor, open.form.submitCommand, {
      code,
      ...open.form.args,
    });
    expect(texts(done)[0]).toMatch(/Du är incheckad på Framtidsforum 2027, dag 1/);
    expect(checkIns()).toHaveLength(1);
  });

  it('refuses a wrong code clearly and records nothing', async () => {
    const typed = await app.dispatcher.runText(anna.actor, 'checkin WRONG');
    expect(typed.outcome).toBe('refused');
    expect(texts(typed)).toEqual([
      'Koden stämmer inte. Titta på koden som visas i lokalen och försök igen.',
    ]);
    const viaForm = await app.dispatcher.run(anna.actor, 'attendance.checkin.submit', {
      forum: String(forum.id),
      code: 'NOPE7',
    });
    expect(viaForm.outcome).toBe('refused');
    expect(viaForm.kind).toBe('form');
    if (viaForm.kind === 'form') {
      expect(viaForm.form.errors?.code).toMatch(/Koden stämmer inte/);
      expect(viaForm.form.values.code).toBe('NOPE7');
    }
    expect(checkIns()).toHaveLength(0);
  });

  it('says nicely that someone is already checked in, and checks them in once', async () => {
    await app.dispatcher.runText(anna.actor, `checkin ${code}`);
    app.clock.set('2027-03-09T12:15:00Z');
    const again = await app.dispatcher.runText(anna.actor, `checkin ${code}`);
    expect(again.outcome).toBeUndefined();
    expect(texts(again)).toEqual([
      'Du är redan incheckad på Framtidsforum 2027 för dag 1 (kl. 10.30), så allt är klart. Välkommen!',
    ]);
    // Already in: no form, no code needed.
    expect((await app.dispatcher.runText(anna.actor, 'checkin')).kind).toBe('message');
    expect(checkIns()).toHaveLength(1);
  });

  it('is closed on other days, and says which days it is open', async () => {
    for (const when of ['2027-03-08T12:00:00Z', afterForum]) {
      app.clock.set(when);
      const reply = await app.dispatcher.runText(anna.actor, `checkin ${code}`);
      expect(reply.outcome).toBe('refused');
      expect(texts(reply)[0]).toBe(
        'Incheckningen till Framtidsforum 2027 är öppen bara under forumets två dagar: tisdag 9 mars 2027 och onsdag 10 mars 2027.',
      );
    }
    expect(checkIns()).toHaveLength(0);
  });

  it('tells someone without a registration, or on the waitlist, why not', async () => {
    const bo = person(app, 'UBO', 'Bo Berg');
    const none = await app.dispatcher.runText(bo.actor, `checkin ${code}`);
    expect(none.outcome).toBe('refused');
    expect(texts(none)[0]).toMatch(/^Du står inte på deltagarlistan till Framtidsforum 2027/);

    register(app, forum, bo.id, {}, 'waitlisted');
    const waiting = await app.dispatcher.runText(bo.actor, `checkin ${code}`);
    expect(texts(waiting)[0]).toMatch(/^Du står på väntelistan till Framtidsforum 2027/);

    const cancelled = register(app, forum, person(app, 'UCI', 'Ci Ek').id);
    app.store.registrations.cancel(cancelled.id, app.clock.now().toISOString());
    const ci = {
      platform: 'slack' as const,
      userId: 'UCI',
      locale: 'sv' as const,
      email: 'uci@example.se',
    };
    expect(texts(await app.dispatcher.runText(ci, `checkin ${code}`))[0]).toMatch(
      /står inte på deltagarlistan/,
    );
    expect(checkIns()).toHaveLength(0);
  });

  it('speaks English to those who use it', async () => {
    const eve = person(app, 'UEVE', 'Eve Evans', 'en');
    register(app, forum, eve.id);
    expect(texts(await app.dispatcher.runText(eve.actor, 'checkin XXXXX'))).toEqual([
      'That code is not right. Check the code shown at the venue and try again.',
    ]);
    expect(texts(await app.dispatcher.runText(eve.actor, `checkin ${code}`))).toEqual([
      'Welcome! You are checked in at Framtidsforum 2027, day 1.',
    ]);
  });

  it('checks in at the forum the person has a seat at when two fall on one day', async () => {
    const { id: _, ...copy } = forum;
    const other = app.store.forums.insert(
      { ...copy, slug: 'analysdagen-2027', title: 'Analysdagen 2027', checkinCode: 'WXY34' },
      app.clock.now().toISOString(),
    );
    const olle = person(app, 'UOLLE', 'Olle Analytiker');
    register(app, other, olle.id);
    expect(texts(await app.dispatcher.runText(olle.actor, 'checkin wxy34'))).toEqual([
      'Välkommen! Du är incheckad på Analysdagen 2027, dag 1.',
    ]);
    // The other forum's code does not open this one.
    expect((await app.dispatcher.runText(anna.actor, 'checkin WXY34')).outcome).toBe('refused');
  });

  it('offers no check-in before any code is made', async () => {
    app.db.prepare('UPDATE forums SET checkin_code = NULL').run();
    const reply = await app.dispatcher.runText(anna.actor, 'checkin ABCDE');
    expect(reply.outcome).toBe('refused');
    expect(buttons(reply)).toEqual([]);
  });
});
