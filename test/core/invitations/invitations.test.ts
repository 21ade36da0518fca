import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor, Button, Reply } from '../../../src/core/chat.js';
import { silentLogger } from '../../../src/core/logger.js';
import { createCourier } from '../../../src/core/outbox/create-courier.js';
import { createDirectory } from '../../../src/core/outbox/directory.js';
import { base64, guestListCsv } from '../../helpers/guest-list-csv.js';
import { memoryOutlet } from '../../helpers/memory-outlet.js';
import { testApp } from '../../helpers/test-store.js';

const coordinator: Actor = {
  platform: 'teams',
  userId: '29:coordinator',
  email: 'samordnare@regionorebrolan.se',
  locale: 'sv',
};
const guest = (n: number, locale: 'sv' | 'en' = 'sv'): Actor => ({
  platform: 'slack',
  userId: `U-G${n}`,
  email: `guest${n}@example.se`,
  locale,
});
const texts = (r: Reply) =>
  r.kind === 'message' ? r.view.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])) : [];
const buttonsOf = (r: Reply): Button[] =>
  r.kind === 'message' ? r.view.blocks.flatMap((b) => (b.kind === 'actions' ? b.buttons : [])) : [];

describe('invitations in chat', () => {
  let app: ReturnType<typeof testApp>;
  let slack: ReturnType<typeof memoryOutlet>;
  const courier = () =>
    createCourier({
      store: app.store,
      outlets: [slack.outlet],
      clock: app.clock,
      logger: silentLogger,
      sleep: async () => {},
    });
  const importGuests = (count: number) =>
    app.dispatcher.run(coordinator, 'file.received', {
      name: 'gäster.csv',
      mediaType: 'text/csv',
      base64: base64(guestListCsv(count)),
      caption: '',
    });
  const sendAll = async () => {
    const ask = await app.dispatcher.run(coordinator, 'invitations.send', {});
    const confirm = buttonsOf(ask).find((b) => b.command === 'invitations.send.confirm')!;
    return app.dispatcher.run(coordinator, confirm.command, confirm.args);
  };
  const inviteeId = (n: number) =>
    String(
      app.store.invitees
        .listForForum(app.demoForum().id)
        .find((i) => i.email === `guest${n}@example.se`)!.id,
    );

  beforeEach(() => {
    slack = memoryOutlet();
    app = testApp({
      settings: { admins: ['samordnare@regionorebrolan.se'] },
      directory: createDirectory([slack.outlet]),
    });
  });
  afterEach(() => app.close());

  it('sends 145 invitations once each, finding people by e-mail, and never twice', async () => {
    await importGuests(145);
    for (let n = 1; n <= 145; n++) slack.addUser(`guest${n}@example.se`, `U-G${n}`);
    const ask = await app.dispatcher.run(coordinator, 'invitations.send', {});
    expect(texts(ask)[0]).toBe(
      'Skicka inbjudan till 145 personer på gästlistan för Framtidsforum 2027? 0 har redan fått den och får den inte igen.',
    );
    const queued = await sendAll();
    expect(texts(queued)[0]).toContain('145 inbjudningar är på väg');
    // Pressing "send" again, before or after delivery, queues nothing more.
    const twice = await app.dispatcher.run(coordinator, 'invitations.send.confirm', {});
    expect(texts(twice)[0]).toContain('0 inbjudningar');
    expect(await courier().drain()).toBe(145);
    expect(await courier().drain()).toBe(0);
    expect(new Set(slack.sent.map((s) => s.userId)).size).toBe(145);
    expect(slack.sent).toHaveLength(145);
    const invitation = slack.textsTo('U-G7')[0]!;
    expect(invitation).toContain(
      'Hej Gäst 7! Region Örebro län bjuder in dig till Framtidsforum 2027',
    );
    expect(invitation).toContain('Ja, anmäl mig|Nej tack|Skicka en kollega|Program');
    const status = await app.dispatcher.runText(coordinator, 'inbjudningar');
    expect(texts(status)[0]).toBe('145 skickade, 0 i kö, 0 gick inte att nå, 0 misslyckades.');
  });

  it('continues where it stopped after a restart midway, and sends nothing twice', async () => {
    await importGuests(145);
    for (let n = 1; n <= 145; n++) slack.addUser(`guest${n}@example.se`, `U-G${n}`);
    await sendAll();
    const first = courier();
    // The process is asked to stop after 60 messages (a deploy); it finishes the one in hand.
    slack.onSend((count) => {
      if (count === 59) void first.stop();
    });
    await first.drain();
    expect(slack.sent).toHaveLength(60);
    slack.onSend(() => {});
    const second = courier();
    expect(await second.drain()).toBe(85);
    expect(slack.sent).toHaveLength(145);
    expect(new Set(slack.sent.map((s) => s.userId)).size).toBe(145);
  });

  it('never resends a message a crashed process may have sent, and lists it for the coordinator', async () => {
    await importGuests(3);
    for (let n = 1; n <= 3; n++) slack.addUser(`guest${n}@example.se`, `U-G${n}`);
    await sendAll();
    // A process claims a message and dies before it can record the send.
    expect(app.store.outbox.claimNext(app.clock.now().toISOString())).toBeDefined();
    app.clock.set('2026-11-22T09:05:00Z');
    const restarted = courier();
    restarted.start();
    await vi.waitFor(() => expect(slack.sent).toHaveLength(2));
    await restarted.stop();
    expect(slack.sent).toHaveLength(2);
    expect(
      app.store.outbox
        .listByPrefix('invitation:')
        .map((r) => r.status)
        .sort(),
    ).toEqual(['sent', 'sent', 'unconfirmed']);
    const status = await app.dispatcher.runText(coordinator, 'inbjudningar');
    expect(texts(status)).toContain(
      '1 skickades precis när boten startades om; de kan ha kommit fram. De skickas inte igen:',
    );
  });

  it('lists invitees no platform can reach, so the coordinator can call them', async () => {
    await importGuests(2);
    slack.addUser('guest1@example.se', 'U-G1');
    await sendAll();
    await courier().drain();
    const status = await app.dispatcher.run(coordinator, 'invitations.status', {});
    expect(texts(status)[0]).toBe('1 skickade, 0 i kö, 1 gick inte att nå, 0 misslyckades.');
    expect(texts(status)[2]).toContain('Gäst 2');
  });

  it('signs people up with one click on “Yes”, once however often they click', async () => {
    await importGuests(2);
    const yes = { invitee: inviteeId(1) };
    const form = await app.dispatcher.run(guest(1), 'invitation.yes', yes);
    if (form.kind !== 'form') throw new Error('expected the sign-up form');
    expect(form.form.values.organisation).toBe('Organisation 1');
    expect(form.form.values.roleTitle).toBe('Chef; strategi');
    await app.dispatcher.run(guest(1), 'invitation.yes', yes);
    const values = { ...form.form.values, ...form.form.args, invoiceReference: 'R-1' };
    await app.dispatcher.run(guest(1), form.form.submitCommand, values);
    await app.dispatcher.run(guest(1), form.form.submitCommand, values);
    const forum = app.demoForum().id;
    expect(app.store.registrations.countActive(forum)).toBe(1);
    expect(app.store.invitees.get(Number(yes.invitee))?.answer).toBe('yes');
  });

  it('changes nothing for a forged or forwarded button', async () => {
    await importGuests(2);
    const someoneElses = { invitee: inviteeId(2) };
    for (const command of ['invitation.yes', 'invitation.no', 'invitation.substitute']) {
      const reply = await app.dispatcher.run(guest(1, 'en'), command, someoneElses);
      expect(texts(reply)[0]).toBe(
        'This invitation is for someone else. Type *forums* to see upcoming forums.',
      );
    }
    expect(app.store.invitees.get(Number(someoneElses.invitee))?.answer).toBeNull();
  });

  it('records a “No” and takes back a reminder not yet sent', async () => {
    await importGuests(1);
    await sendAll();
    app.store.outbox.enqueue(
      {
        key: `reminder.unanswered:${app.demoForum().id}:${inviteeId(1)}:14`,
        purpose: 'reminder-unanswered',
        to: { personId: app.store.people.findByEmail('guest1@example.se')!.id },
        message: '{}',
        notBefore: '2027-01-01T00:00:00Z',
      },
      'now',
    );
    const no = await app.dispatcher.run(guest(1), 'invitation.no', { invitee: inviteeId(1) });
    expect(texts(no)[0]).toBe('Tack för beskedet! Vi hoppas att vi ses en annan gång.');
    expect(app.store.invitees.get(Number(inviteeId(1)))?.answer).toBe('no');
    expect(app.store.outbox.listByPrefix('reminder.unanswered:')[0]?.status).toBe('withdrawn');
  });

  it('hands the invitation to a colleague from the same organisation', async () => {
    await importGuests(2);
    const form = await app.dispatcher.run(guest(1), 'invitation.substitute', {
      invitee: inviteeId(1),
    });
    if (form.kind !== 'form') throw new Error('expected a form');
    const submit = (values: Record<string, string>) =>
      app.dispatcher.run(guest(1), form.form.submitCommand, { ...form.form.args, ...values });
    const bad = await submit({ name: 'Kim Kollega', email: 'kim@', roleTitle: '' });
    expect(bad.kind === 'form' && bad.form.errors).toEqual({
      email: 'Skriv en e-postadress, till exempel namn@kumla.se.',
    });
    expect(bad.kind === 'form' && bad.form.values.name).toBe('Kim Kollega');
    const self = await submit({ name: 'Jag', email: 'GUEST1@example.se', roleTitle: '' });
    expect(self.kind === 'form' && self.form.errors?.email).toBe(
      'Det är din egen adress. Skriv din kollegas.',
    );
    const taken = await submit({ name: 'Gäst 2', email: 'guest2@example.se', roleTitle: '' });
    expect(taken.kind === 'form' && taken.form.errors?.email).toContain(
      'finns redan på gästlistan',
    );

    const done = await submit({
      name: 'Kim Kollega',
      email: 'kim@example.se',
      roleTitle: 'Strateg',
    });
    expect(texts(done)[0]).toBe('Tack! Inbjudan går nu till Kim Kollega.');
    const forum = app.demoForum().id;
    const original = app.store.invitees.get(Number(inviteeId(1)))!;
    const colleague = app.store.invitees
      .listForForum(forum)
      .find((i) => i.email === 'kim@example.se')!;
    expect(original.answer).toBe('substituted');
    expect(colleague).toMatchObject({
      organisation: original.organisation,
      municipality: original.municipality,
      substituteFor: original.id,
    });
    const invitation = app.store.outbox.find(`invitation:${forum}:${colleague.id}`);
    expect(invitation?.message).toContain('Gäst 1 bad dig komma i hens ställe.');
    // Handed over once: the button no longer works.
    const again = await app.dispatcher.run(guest(1), 'invitation.substitute', {
      invitee: inviteeId(1),
    });
    expect(texts(again)[0]).toBe(
      'Inbjudan har redan besvarats, så den kan inte längre lämnas över.',
    );
  });
});
