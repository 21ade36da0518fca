import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor, Reply } from '../../../src/core/chat.js';
import { silentLogger } from '../../../src/core/logger.js';
import { decodeOutgoing } from '../../../src/core/outbox/outgoing-message.js';
import { defaultSettings } from '../../../src/core/settings.js';
import { lapseOffersJob } from '../../../src/core/waitlist/lapse-offers-job.js';
import { testApp, timeZone } from '../../helpers/test-store.js';

const details = {
  organisation: 'Kumla kommun',
  roleTitle: 'Kommundirektör',
  invoiceReference: 'K-1',
};
const person = (n: number, locale: 'sv' | 'en' = 'sv'): Actor => ({
  platform: 'slack',
  userId: `U${n}`,
  email: `person${n}@kumla.se`,
  displayName: `Person ${n}`,
  locale,
});
const texts = (r: Reply) =>
  r.kind === 'message' ? r.view.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])) : [];
const buttons = (r: Reply) =>
  r.kind === 'message' ? r.view.blocks.flatMap((b) => (b.kind === 'actions' ? b.buttons : [])) : [];
const ics = (r: Reply) => new TextDecoder().decode(r.attachments?.[0]?.content);

describe('the waitlist', () => {
  let app: ReturnType<typeof testApp>;
  let forum: string;
  const signUp = (n: number, locale: 'sv' | 'en' = 'sv') =>
    app.dispatcher.run(person(n, locale), 'forum.signup.submit', { forum, ...details });
  const idOf = (n: number) => app.store.people.findByEmail(`person${n}@kumla.se`)!.id;
  const statusOf = (n: number) =>
    app.store.registrations.find(Number(forum), idOf(n))?.status ?? 'none';
  const offersIn = () =>
    app.store.outbox.listByPrefix('waitlist.offer:').map((row) => ({
      to: row.person_id,
      view: decodeOutgoing(row.message).view,
    }));
  const tick = () =>
    lapseOffersJob.run({
      store: app.store,
      now: app.clock.now(),
      timeZone,
      settings: defaultSettings,
      logger: silentLogger,
    });

  beforeEach(async () => {
    app = testApp();
    forum = String(app.demoForum().id);
    app.db.prepare('UPDATE forums SET capacity = 2').run();
    for (const n of [1, 2, 3, 4]) await signUp(n);
  });
  afterEach(() => app.close());

  it('keeps the line in order of sign-up and says where each person stands', async () => {
    expect([1, 2, 3, 4].map(statusOf)).toEqual([
      'registered',
      'registered',
      'waitlisted',
      'waitlisted',
    ]);
    const mine = await app.dispatcher.run(person(4, 'en'), 'forum.my', { forum });
    expect(texts(mine)).toContain('You are number 2 on the waitlist for Framtidsforum 2027.');
    expect(buttons(mine).map((b) => b.label)).toContain('Leave the waitlist');
    // Editing one's details keeps one's place.
    const edit = await app.dispatcher.run(person(3), 'forum.signup.submit', {
      forum,
      ...details,
      diet: 'Vegetarisk',
    });
    expect(texts(edit)[0]).toBe('Dina uppgifter är ändrade. Du står på väntelistan som nummer 1.');
  });

  it('offers a freed seat to the first in line, who can take it', async () => {
    await app.dispatcher.run(person(1), 'forum.cancel.confirm', { forum });
    expect(statusOf(3)).toBe('offered');
    expect(statusOf(4)).toBe('waitlisted');
    const [offer] = offersIn();
    expect(offersIn()).toHaveLength(1);
    expect(offer?.to).toBe(idOf(3));
    const accept = offer?.view.blocks
      .flatMap((b) => (b.kind === 'actions' ? b.buttons : []))
      .find((b) => b.command === 'waitlist.accept');
    expect(accept?.label).toBe('Ja, jag tar platsen');
    // Nobody else may take the offered seat: a newcomer joins the end of the line.
    const newcomer = await signUp(5);
    expect(texts(newcomer)[0]).toContain('nummer 2');

    const taken = await app.dispatcher.run(person(3), 'waitlist.accept', accept!.args);
    expect(texts(taken)[0]).toBe('Välkommen! Platsen på Framtidsforum 2027 är din.');
    expect(statusOf(3)).toBe('registered');
    expect(ics(taken)).toContain('STATUS:CONFIRMED');
    // The same button again, and someone else's press, change nothing.
    const again = await app.dispatcher.run(person(3), 'waitlist.accept', accept!.args);
    expect(again.outcome).toBe('refused');
    const forged = await app.dispatcher.run(person(4), 'waitlist.accept', accept!.args);
    expect(forged.outcome).toBe('refused');
    expect(statusOf(4)).toBe('waitlisted');
    expect(app.store.registrations.countHeld(Number(forum))).toBe(2);
  });

  it('passes a declined seat on to the next in line', async () => {
    await app.dispatcher.run(person(2), 'forum.cancel.confirm', { forum });
    const args = { registration: String(app.store.registrations.find(Number(forum), idOf(3))!.id) };
    const no = await app.dispatcher.run(person(3, 'en'), 'waitlist.decline', args);
    expect(texts(no)[0]).toBe(
      'Thank you for letting us know. The seat passes to the next person waiting for Framtidsforum 2027.',
    );
    expect(statusOf(3)).toBe('cancelled');
    expect(statusOf(4)).toBe('offered');
    expect(offersIn().map((o) => o.to)).toEqual([idOf(3), idOf(4)]);
  });

  it('lets an unanswered offer lapse after the hold time, once, and tells the person', async () => {
    await app.dispatcher.run(person(1), 'forum.cancel.confirm', { forum });
    app.clock.set(new Date(Date.parse('2026-11-22T09:00:00Z') + 47 * 3_600_000));
    tick();
    expect(statusOf(3)).toBe('offered');
    app.clock.set(new Date(Date.parse('2026-11-22T09:00:00Z') + 48 * 3_600_000));
    tick();
    tick();
    expect(statusOf(3)).toBe('cancelled');
    expect(statusOf(4)).toBe('offered');
    const lapsed = app.store.outbox.listByPrefix('waitlist.lapsed:');
    expect(lapsed).toHaveLength(1);
    expect(JSON.stringify(decodeOutgoing(lapsed[0]!.message).view)).toContain(
      'gick ut tisdag 24 november 2026 kl. 10.00',
    );
    const late = await app.dispatcher.run(person(3), 'waitlist.accept', {
      registration: String(app.store.registrations.find(Number(forum), idOf(3))!.id),
    });
    expect(texts(late)[0]).toContain('gäller inte längre');
  });

  it('never holds an offer past the forum’s start', async () => {
    app.clock.set('2027-03-08T18:00:00Z');
    await app.dispatcher.run(person(1), 'forum.cancel.confirm', { forum });
    const offered = app.store.registrations.find(Number(forum), idOf(3))!;
    expect(offered.offeredUntil).toBe(app.demoForum().startsAt);
  });

  it('tells the coordinators of a cancellation after the deadline', async () => {
    const coordinator: Actor = {
      platform: 'teams',
      userId: '29:c',
      email: 'samordnare@regionorebrolan.se',
      locale: 'sv',
    };
    await app.dispatcher.run(coordinator, 'help');
    app.store.roles.grant(
      app.store.people.findByEmail(coordinator.email!)!.id,
      'coordinator',
      null,
      'now',
    );
    await app.dispatcher.run(person(1), 'forum.cancel.confirm', { forum });
    expect(app.store.outbox.listByPrefix('late-cancel:')).toHaveLength(0);

    app.clock.set('2027-02-20T10:00:00Z');
    await app.dispatcher.run(person(2), 'forum.cancel.confirm', { forum });
    const notices = app.store.outbox.listByPrefix('late-cancel:');
    expect(notices).toHaveLength(1);
    const text = JSON.stringify(decodeOutgoing(notices[0]!.message).view);
    expect(text).toContain('Person 2 (Kumla kommun) avbokade lördag 20 februari 2027 kl. 11.00');
    expect(text).toContain('Platsen har erbjudits nästa på väntelistan.');
  });

  it('turns a change after the deadline into a message to the coordinators', async () => {
    app.clock.set('2027-02-20T10:00:00Z');
    const form = await app.dispatcher.run(person(1), 'forum.change', { forum });
    if (form.kind !== 'form') throw new Error('expected a form');
    expect(form.form.submitCommand).toBe('forum.changeRequest.submit');
    const empty = await app.dispatcher.run(person(1), form.form.submitCommand, {
      ...form.form.args,
      text: '  ',
    });
    expect(empty.outcome).toBe('refused');
    const sent = await app.dispatcher.run(person(1), form.form.submitCommand, {
      ...form.form.args,
      text: 'Jag behöver glutenfri kost.',
    });
    expect(texts(sent)[0]).toContain('Samordnarna har fått ditt meddelande');
    // Nothing about the registration itself changed.
    expect(app.store.registrations.find(Number(forum), idOf(1))?.diet).toBe('');
  });
});

describe('the calendar entry', () => {
  it('comes with a seat, is updated on a change, and marked cancelled on cancelling', async () => {
    const app = testApp();
    const forum = String(app.demoForum().id);
    const actor = person(1);
    const first = await app.dispatcher.run(actor, 'forum.signup.submit', { forum, ...details });
    expect(first.attachments?.[0]).toMatchObject({
      name: 'framtidsforum-2027.ics',
      mediaType: 'text/calendar; charset=utf-8',
      label: 'Lägg in i kalendern',
    });
    const uid = /UID:(.+)\r\n/.exec(ics(first))?.[1];
    expect(ics(first)).toContain('DTSTART;TZID=Europe/Stockholm:20270309T120000');
    expect(ics(first)).toContain('SEQUENCE:0');
    const changed = await app.dispatcher.run(actor, 'forum.signup.submit', { forum, ...details });
    expect(ics(changed)).toContain(`UID:${uid}`);
    expect(ics(changed)).toContain('SEQUENCE:1');
    const cancelled = await app.dispatcher.run(actor, 'forum.cancel.confirm', { forum });
    expect(ics(cancelled)).toContain(`UID:${uid}`);
    expect(ics(cancelled)).toContain('SEQUENCE:2');
    expect(ics(cancelled)).toContain('STATUS:CANCELLED');
    app.close();
  });
});
