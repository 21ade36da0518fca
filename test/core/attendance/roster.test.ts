import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageSize } from '../../../src/core/attendance/roster-view.js';
import type { Button, Reply } from '../../../src/core/chat.js';
import type { Forum } from '../../../src/core/forum/forum.js';
import { testApp } from '../../helpers/test-store.js';
import {
  type App,
  blockCount,
  buttons,
  coordinator,
  day1,
  day2,
  person,
  register,
  texts,
} from './season-fixture.js';

/** 20 participants: Ärla (sorts after Z in Swedish), Öberg, and 18 from A to R. */
const names = [
  'Öberg Östen',
  'Ärla Åsa',
  ...'ABCDEFGHIJKLMNOPQR'.split('').map((letter) => `${letter}son ${letter}`),
];

const press = (app: App, actor: Parameters<App['dispatcher']['run']>[0], button: Button) =>
  app.dispatcher.run(actor, button.command, button.args ?? {});

const people = (reply: Reply) =>
  texts(reply)
    .filter((line) => line.startsWith('*'))
    .map((line) => line.slice(1, line.indexOf('*', 1)));

describe('the coordinators’ check-in list', () => {
  let app: App;
  let forum: Forum;
  let sara: ReturnType<typeof coordinator>;
  beforeEach(() => {
    app = testApp();
    forum = app.demoForum();
    sara = coordinator(app);
    names.forEach((name, i) => {
      const p = person(app, `U${i}`, name);
      register(app, forum, p.id, { organisation: i % 2 ? 'Region Örebro län' : 'Kumla kommun' });
    });
    // Neither the waitlisted nor the cancelled are on the list.
    register(app, forum, person(app, 'UW', 'Wilma Väntar').id, {}, 'waitlisted');
    const gone = register(app, forum, person(app, 'UX', 'Xerxes Avbokad').id);
    app.store.registrations.cancel(gone.id, app.clock.now().toISOString());
  });
  afterEach(() => app.close());

  it('shows the registered alphabetically, Swedish style, 15 a page, with paging buttons', async () => {
    app.clock.set(day1);
    const first = await app.dispatcher.runText(sara.actor, 'närvaro');
    expect(first.personal).toBe(true);
    expect(people(first)).toEqual(names.slice(2).slice(0, pageSize));
    expect(texts(first)).toContain('Dag 1: 0 av 20 anmälda är incheckade.');
    expect(texts(first)).toContain('Sida 1 av 2');
    expect(blockCount(first)).toBeLessThanOrEqual(50);
    const next = buttons(first).find((b) => b.label === 'Nästa →') as Button;
    expect(buttons(first).some((b) => b.label === '← Föregående')).toBe(false);

    const second = await press(app, sara.actor, next);
    expect(people(second)).toEqual([...names.slice(2 + pageSize), 'Ärla Åsa', 'Öberg Östen']);
    expect(texts(second)).toContain('Sida 2 av 2');
    expect(buttons(second).some((b) => b.label === 'Nästa →')).toBe(false);
    const back = buttons(second).find((b) => b.label === '← Föregående') as Button;
    expect(people(await press(app, sara.actor, back))).toEqual(people(first));

    // A page beyond the end shows the last one.
    const far = await app.dispatcher.run(sara.actor, 'attendance.list', { page: '99' });
    expect(texts(far)).toContain('Sida 2 av 2');
  });

  it('filters by name or organisation, typed or through the search form', async () => {
    const typed = await app.dispatcher.runText(sara.actor, 'närvaro ärla');
    expect(people(typed)).toEqual(['Ärla Åsa']);
    expect(texts(typed)).toContain('Sökning ”ärla”: 1 träffar.');

    const region = await app.dispatcher.runText(sara.actor, 'närvaro region örebro');
    expect(people(region)).toHaveLength(10);
    expect(people(region).every((n) => names.indexOf(n) % 2 === 1)).toBe(true);

    const search = buttons(typed).find((b) => b.label === 'Sök') as Button;
    const form = await press(app, sara.actor, search);
    expect(form.kind).toBe('form');
    if (form.kind !== 'form') return;
    const found = await app.dispatcher.run(sara.actor, form.form.submitCommand, {
      filter: 'Bson',
      ...form.form.args,
    });
    expect(people(found)).toEqual(['Bson B']);

    const none = await app.dispatcher.runText(sara.actor, 'närvaro zzz');
    expect(people(none)).toEqual([]);
    expect(texts(none)).toContain('Ingen anmäld deltagare matchar ”zzz”.');
    const all = buttons(none).find((b) => b.label === 'Visa alla') as Button;
    expect(people(await press(app, sara.actor, all))).toHaveLength(pageSize);
  });

  it('checks people in for today with a button, and takes a mistake back', async () => {
    app.clock.set(day1);
    const page = await app.dispatcher.runText(sara.actor, 'närvaro aso');
    const checkIn = buttons(page).find((b) => b.label === 'Checka in Ason A') as Button;
    expect(checkIn.args).toMatchObject({ day: '1', filter: 'aso' });

    const marked = await press(app, sara.actor, checkIn);
    expect(texts(marked)).toContain('Ason A är incheckad för dag 1.');
    expect(texts(marked).find((l) => l.startsWith('*Ason A*'))).toMatch(/Dag 1: incheckad 10\.30/);
    expect(texts(marked)).toContain('Dag 1: 1 av 20 anmälda är incheckade.');
    const [saved] = app.store.attendance.listForForum(forum.id);
    expect(saved).toMatchObject({ day: 1, checkedInBy: sara.id });

    // A second press of the same old button changes nothing.
    expect(texts(await press(app, sara.actor, checkIn))).toContain(
      'Ason A var redan incheckad för dag 1.',
    );

    const undo = buttons(marked).find((b) => b.label === 'Ångra incheckning: Ason A') as Button;
    const undone = await press(app, sara.actor, undo);
    expect(texts(undone)).toContain('Incheckningen av Ason A för dag 1 är borttagen.');
    expect(app.store.attendance.listForForum(forum.id)).toEqual([]);
    expect(texts(await press(app, sara.actor, undo))).toContain(
      'Ason A var inte incheckad för dag 1, så inget ändrades.',
    );
  });

  it('does not let yesterday’s button check anyone in today', async () => {
    app.clock.set(day1);
    const page = await app.dispatcher.runText(sara.actor, 'närvaro aso');
    const yesterday = buttons(page).find((b) => b.command === 'attendance.mark') as Button;
    app.clock.set(day2);
    const reply = await press(app, sara.actor, yesterday);
    expect(texts(reply)[1]).toBe('Listan var från dag 1, så inget ändrades. Här är dagens lista.');
    expect(app.store.attendance.listForForum(forum.id)).toEqual([]);
  });

  it('shows where things stand without buttons on other days, and refuses a mark', async () => {
    const before = await app.dispatcher.runText(sara.actor, 'närvaro');
    expect(texts(before)[1]).toMatch(
      /^Incheckningen är öppen tisdag 9 mars 2027 och onsdag 10 mars 2027/,
    );
    expect(buttons(before).some((b) => b.command === 'attendance.mark')).toBe(false);
    const registration = app.store.registrations.listByStatus(forum.id, 'registered')[0]!;
    const refused = await app.dispatcher.run(sara.actor, 'attendance.mark', {
      registration: String(registration.id),
      day: '1',
    });
    expect(refused.outcome).toBe('refused');
    expect(app.store.attendance.listForForum(forum.id)).toEqual([]);
  });

  it('refuses someone whose seat is gone', async () => {
    app.clock.set(day1);
    const wilma = app.store.registrations.listByStatus(forum.id, 'waitlisted')[0]!;
    const reply = await app.dispatcher.run(sara.actor, 'attendance.mark', {
      registration: String(wilma.id),
      day: '1',
    });
    expect(reply.outcome).toBe('refused');
    expect(texts(reply)[0]).toBe(
      'Wilma Väntar har ingen bekräftad plats på Framtidsforum 2027 längre, så incheckningen ändrades inte.',
    );
  });

  it('is not for participants: every coordinator command refuses them', async () => {
    app.clock.set(day1);
    const anna = person(app, 'UANNA', 'Anna Andersson');
    const registration = app.store.registrations.listByStatus(forum.id, 'registered')[0]!;
    const mark = { registration: String(registration.id), day: '1' };
    for (const [command, args] of [
      ['attendance.list', {}],
      ['attendance.search', { forum: String(forum.id) }],
      ['attendance.mark', mark],
      ['attendance.unmark', mark],
      ['attendance.code', {}],
      ['figures.tally', {}],
      ['figures.catering', {}],
      ['figures.export', {}],
      ['figures.participation', {}],
      ['evaluation.summary', {}],
      ['evaluation.export', {}],
    ] as const) {
      const reply = await app.dispatcher.run(anna.actor, command, args);
      expect(reply.outcome, command).toBe('refused');
      expect(texts(reply), command).toEqual([
        'Det här är till för samordnare och administratörer. Be en administratör om behörighet om du behöver den.',
      ]);
      expect(reply.attachments, command).toBeUndefined();
    }
    expect(app.store.attendance.listForForum(forum.id)).toEqual([]);
  });

  it('is open to the terminal’s user, who is always an admin', async () => {
    const shell = { platform: 'shell' as const, userId: 'operator', locale: 'sv' as const };
    const reply = await app.dispatcher.runText(shell, 'närvaro');
    expect(reply.outcome).toBeUndefined();
    expect(people(reply)).toHaveLength(pageSize);
  });
});
