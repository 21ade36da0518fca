import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Attachment, Block, View } from '../../../src/core/chat.js';
import { silentLogger } from '../../../src/core/logger.js';
import { createCourier } from '../../../src/core/outbox/create-courier.js';
import type { Outlet } from '../../../src/core/outbox/outlet.js';
import { sendLater } from '../../../src/core/outbox/send-later.js';
import { count, type ShellDoorHarness, startShellDoor } from './shell-harness.js';
import { testCommands } from './test-commands.js';

const invitation: View = {
  blocks: [
    { kind: 'heading', text: 'Kallelse till styrgruppen' },
    { kind: 'text', text: 'Kan du komma *den 9 mars*?' },
    {
      kind: 'actions',
      buttons: [
        { label: 'Ja', command: 'test.answer', args: { answer: 'ja' } },
        { label: 'Nej', command: 'test.answer', args: { answer: 'nej' } },
      ],
    },
  ] satisfies Block[],
};

const calendarEntry: Attachment = {
  name: 'styrgruppen.ics',
  mediaType: 'text/calendar',
  content: new TextEncoder().encode('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'),
  label: 'Lägg in i kalendern',
};

describe('messages the bot sends on its own, in the terminal', () => {
  let shell: ShellDoorHarness;
  afterEach(() => shell.close());

  /** The real courier over the door's outlet, pacing without waiting. */
  const courierFor = (h: ShellDoorHarness) =>
    createCourier({
      store: h.app.store,
      outlets: [h.door.outlet as Outlet],
      clock: h.app.clock,
      logger: silentLogger,
      sleep: async () => {},
    });
  const later = (
    h: ShellDoorHarness,
    key: string,
    to: Parameters<typeof sendLater>[1]['to'],
    attachments?: Attachment[],
  ) =>
    sendLater(
      h.app.store,
      {
        key,
        purpose: 'test',
        to,
        view: invitation,
        locale: 'sv',
        ...(attachments ? { attachments } : {}),
      },
      h.app.clock.now(),
    );
  const personWith = (h: ShellDoorHarness, email: string, displayName: string) =>
    h.app.store.people.create(
      { email, displayName, locale: 'sv' },
      h.app.clock.now().toISOString(),
    );
  const status = (h: ShellDoorHarness, key: string) => h.app.store.outbox.find(key)?.status;

  it('finds the person at the keyboard by e-mail and shows the message once, files and all', async () => {
    shell = await startShellDoor({ commands: testCommands, door: { email: 'Eva@Example.se' } });
    const eva = personWith(shell, 'eva@example.se', 'Eva Ek');
    later(shell, 'test:1', { personId: eva.id }, [calendarEntry]);
    const courier = courierFor(shell);
    expect(await courier.drain()).toBe(1);
    expect(await courier.drain()).toBe(0);

    const screen = shell.screen();
    expect(count(screen, 'Meddelande till Eva Ek')).toBe(1);
    const path = join(shell.exportDir, 'styrgruppen.ics');
    expect(screen).toContain(
      [
        'Meddelande till Eva Ek',
        '',
        'Kallelse till styrgruppen',
        'Kan du komma den 9 mars?',
        '[1] Ja   [2] Nej',
        'Lägg in i kalendern',
        `  Filen är sparad: ${path}`,
        'Välj en siffra eller skriv ett kommando',
      ].join('\n'),
    );
    expect(readFileSync(path, 'utf8')).toBe('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(status(shell, 'test:1')).toBe('sent');
    expect(shell.app.store.people.identitiesOf(eva.id)).toEqual([
      { platform: 'shell', userId: 'eva', reference: {} },
    ]);

    // The person at the keyboard is the recipient: the buttons work like a reply's.
    await shell.type('2', 'Du svarade nej.');
  });

  it('numbers a message’s buttons after those already on the screen', async () => {
    shell = await startShellDoor({ commands: testCommands, door: { email: 'eva@example.se' } });
    await shell.type('hej', '[1] Boka möte');
    const eva = shell.app.store.people.findByIdentity('shell', 'eva')!;
    later(shell, 'test:2', { personId: eva.id });
    await courierFor(shell).drain();
    // With no better name known, the header uses the shell user name.
    expect(shell.screen()).toContain('Meddelande till eva');
    expect(shell.screen()).toContain('[2] Ja   [3] Nej');
    await shell.type('3', 'Du svarade nej.');
    await shell.type('hej', '[1] Boka möte');
    await shell.type('1', 'Lokal *');
  });

  it('holds a message while a form is filled in and shows it after the answer', async () => {
    shell = await startShellDoor({ commands: testCommands, door: { email: 'eva@example.se' } });
    await shell.type('möte', '[3] Digitalt');
    const eva = shell.app.store.people.findByIdentity('shell', 'eva')!;
    later(shell, 'test:3', { personId: eva.id });
    await courierFor(shell).drain();
    // Handed to the terminal, but not printed between two questions.
    expect(status(shell, 'test:3')).toBe('sent');
    expect(shell.screen()).not.toContain('Meddelande till');
    await shell.type('1', 'Fika');
    await shell.type('', 'Datum');
    await shell.type('2027-03-09', 'Börjar');
    await shell.type('10:00', 'Slutar');
    expect(shell.screen()).not.toContain('Meddelande till');
    await shell.type('', 'Meddelande till eva');
    const screen = shell.screen();
    expect(screen.indexOf('Bokat: aula 2027-03-09 10:00–? (te)')).toBeLessThan(
      screen.indexOf('Meddelande till eva'),
    );
    expect(count(screen, 'Meddelande till')).toBe(1);
    await shell.type('1', 'Du svarade ja.');
  });

  it('shows a held message when the form is left, or when the input ends', async () => {
    shell = await startShellDoor({ commands: testCommands, door: { email: 'eva@example.se' } });
    await shell.type('möte', 'Lokal');
    const eva = shell.app.store.people.findByIdentity('shell', 'eva')!;
    later(shell, 'test:4', { personId: eva.id });
    const courier = courierFor(shell);
    await courier.drain();
    await shell.type('avbryt', 'Meddelande till eva');
    expect(shell.screen().indexOf('Formuläret avbröts')).toBeLessThan(
      shell.screen().indexOf('Meddelande till eva'),
    );

    await shell.type('möte', 'Lokal');
    later(shell, 'test:5', { personId: eva.id });
    await courier.drain();
    const from = shell.screen().length;
    shell.input.end();
    await shell.printed('Meddelande till eva', from);
    expect(shell.closed()).toBe(1);
  });

  it('writes to the terminal’s own conversation, and to no other', async () => {
    shell = await startShellDoor({ commands: testCommands });
    await shell.type('hej', 'Hej eva!');
    later(shell, 'test:6', { platform: 'shell', conversationId: 'shell:eva' });
    // Another shell user's conversation, from an earlier session on this database.
    shell.app.store.conversations.remember(
      { platform: 'shell', conversationId: 'shell:lena', kind: 'personal' },
      null,
      shell.app.clock.now().toISOString(),
    );
    later(shell, 'test:7', { platform: 'shell', conversationId: 'shell:lena' });
    expect(await courierFor(shell).drain()).toBe(2);
    expect(status(shell, 'test:6')).toBe('sent');
    expect(status(shell, 'test:7')).toBe('unreachable');
    expect(count(shell.screen(), 'Meddelande till eva')).toBe(1);
  });

  it('reaches nobody but the person at the keyboard', async () => {
    shell = await startShellDoor({ commands: testCommands, door: { email: 'eva@example.se' } });
    const kim = personWith(shell, 'kim@example.se', 'Kim');
    const lena = personWith(shell, 'lena@example.se', 'Lena');
    shell.app.store.people.addIdentity('shell', 'lena', lena.id);
    later(shell, 'test:kim', { personId: kim.id });
    later(shell, 'test:lena', { personId: lena.id });
    expect(await courierFor(shell).drain()).toBe(2);
    expect(status(shell, 'test:kim')).toBe('unreachable');
    expect(status(shell, 'test:lena')).toBe('unreachable');
    expect(shell.screen()).not.toContain('Meddelande till');

    const outlet = shell.door.outlet as Outlet;
    const found = await outlet.findByEmail(['kim@example.se', 'EVA@example.se']);
    expect([...found]).toEqual([['eva@example.se', { userId: 'eva', displayName: 'eva' }]]);
    expect(outlet.sendsPerSecond).toBe(50);
  });

  it('finds nobody by e-mail when the terminal was given none', async () => {
    shell = await startShellDoor({ commands: testCommands });
    const eva = personWith(shell, 'eva@example.se', 'Eva');
    later(shell, 'test:8', { personId: eva.id });
    await courierFor(shell).drain();
    expect(status(shell, 'test:8')).toBe('unreachable');
  });

  it('keeps a message in the outbox once the person has left', async () => {
    shell = await startShellDoor({ commands: testCommands, door: { email: 'eva@example.se' } });
    await shell.type('hej', 'Hej eva!');
    await shell.type('avsluta', 'Hej då!');
    const eva = shell.app.store.people.findByIdentity('shell', 'eva')!;
    later(shell, 'test:9', { personId: eva.id });
    await courierFor(shell).drain();
    // Tried again later (the next session), not counted as shown.
    expect(shell.app.store.outbox.find('test:9')).toMatchObject({
      status: 'queued',
      error: 'nobody is at the terminal',
    });
    expect(shell.screen()).not.toContain('Meddelande till');
  });

  it('on a terminal, prints the message above the prompt and keeps what was being typed', async () => {
    shell = await startShellDoor({
      commands: testCommands,
      door: { email: 'eva@example.se' },
      tty: true,
    });
    await shell.type('hej', 'Boka möte');
    const eva = shell.app.store.people.findByIdentity('shell', 'eva')!;
    const from = shell.screen().length;
    shell.input.write('hel');
    await shell.printed('hel', from);
    later(shell, 'test:10', { personId: eva.id });
    await courierFor(shell).drain();
    const after = shell.screen().slice(from);
    // The half-typed line is cleared, the message printed, and the prompt drawn again with it.
    const cleared = after.indexOf('\x1b[2K');
    expect(cleared).toBeGreaterThanOrEqual(0);
    expect(cleared).toBeLessThan(after.indexOf('Meddelande till eva'));
    expect(after.indexOf('Meddelande till eva')).toBeLessThan(after.lastIndexOf('> hel'));
    const line = shell.screen().length;
    shell.input.write('lo\r');
    await shell.printed('Hej eva!', line);
  });
});
