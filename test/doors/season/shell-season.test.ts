import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Outlet } from '../../../src/core/outbox/outlet.js';
import { count, type ShellDoorHarness, startShellDoor } from '../shell/shell-harness.js';
import {
  background,
  badRowProblems,
  bo,
  calendarEntry,
  dana,
  exportedCsv,
  exportedWorkbook,
  type Guest,
  guestListFile,
  inviteeOf,
  moments,
  outboxStatus,
  registrationOf,
  type SeasonApp,
  seasonApp,
  sv,
} from './season-fixture.js';

const title = 'Framtidsforum 2027';

/** The coordinator at the terminal, who is on the guest list herself. */
const eva: Guest = {
  name: 'Eva Ek',
  email: 'eva.ek@regionorebrolan.se',
  organisation: 'Region Örebro län',
  organisationType: 'Region',
  municipality: '',
  roleTitle: 'Regional utvecklingsdirektör',
  gender: 'kvinna',
};
/** Eva first; Bo and Dana are on the list but not at this terminal. */
const guests: readonly Guest[] = [eva, bo, dana];

/**
 * A whole Framtidsforum season through the terminal door, over its harness: lines typed,
 * the screen read. The terminal user is an admin (and Eva's address is configured as one
 * too); SHELL_EMAIL is her address on the guest list, so the courier finds her at the
 * keyboard and shows her her own invitation there.
 */
describe('a Framtidsforum season in the terminal', () => {
  let app: SeasonApp;
  let shell: ShellDoorHarness;
  let season: ReturnType<typeof background>;

  beforeEach(async () => {
    const made = seasonApp(eva.email);
    app = made.app;
    shell = await startShellDoor({
      app,
      // As SHELL_EMAIL is written in a .env file: the case does not matter.
      door: { user: 'eva', email: 'Eva.Ek@RegionOrebroLan.se' },
    });
    season = background(app, made.settings, shell.door.outlet as Outlet);
  });
  afterEach(async () => {
    await shell.close();
    app.close();
  });

  /** What was printed since `from` (a screen offset). */
  const since = (from: number) => shell.screen().slice(from);

  /** The number the terminal gave the last button with this label. */
  function choice(label: string): string {
    const numbers = [...shell.screen().matchAll(/\[(\d+)\] ([^[\n]+?)(?=\s{3}\[|\n|$)/g)]
      .filter((m) => m[2] === label)
      .map((m) => m[1]);
    const number = numbers.at(-1);
    if (!number) throw new Error(`no choice "${label}" on the screen:\n${shell.screen()}`);
    return number;
  }

  /** What went wrong, in the door's log or the background's: nothing should. */
  const troubles = () =>
    [...shell.logger.lines, ...season.logger.lines].filter(
      (l) => l.level === 'warn' || l.level === 'error',
    );

  // The season, step by step. Each test replays the steps before its own.

  /** `fil "<path>"`: the CSV saved from Excel, with a space in its name. */
  async function sendGuestList() {
    const path = join(shell.exportDir, '..', 'gäster 2027.csv');
    writeFileSync(path, guestListFile(guests));
    const from = shell.screen().length;
    await shell.type(`fil "${path}"`, sv('shell.choose'));
    return since(from);
  }

  /** `bjud in`, the numbered "Ja, skicka", and the courier delivering what was queued. */
  async function sendInvitations() {
    const from = shell.screen().length;
    await shell.type('bjud in', sv('shell.choose'));
    await shell.type(choice('Ja, skicka'), '[1] Läget för inbjudningarna');
    await season.courier.drain();
    return since(from);
  }

  /** "Ja, anmäl mig" on the invitation shown in the terminal, and the form's questions. */
  async function signUp() {
    const from = shell.screen().length;
    await shell.type(choice('Ja, anmäl mig'), 'Organisation *');
    await shell.type('', 'Roll eller titel *'); // Enter keeps the guest list's organisation
    await shell.type('', 'Lunch dag 1');
    await shell.type('', 'Middag dag 1');
    await shell.type('', 'Övernattning');
    await shell.type('j', 'Frukost dag 2');
    await shell.type('', 'Lunch dag 2');
    await shell.type('', 'Kost och allergier');
    await shell.type('Glutenfri', ''); // more lines may follow…
    await shell.type('', 'Behov av tillgänglighet'); // …until an empty one
    await shell.type('', 'Fakturareferens *');
    await shell.type('RÖL-4711', sv('door.savedFile', { path: '' }));
    return since(from);
  }

  it('imports the guest list sent with `fil`, and lists the bad rows by line', async () => {
    const printed = await sendGuestList();

    expect(printed).toContain(
      [
        sv('guests.imported.title', { forum: title }),
        sv('guests.imported.counts', { created: 3, updated: 0, total: 3 }),
        sv('guests.imported.problems', { count: 2 }),
        ...badRowProblems(guests),
        '[1] Gästlistan   [2] Matcha mot chattanvändare   [3] Skicka inbjudningar',
      ].join('\n'),
    );
    const invitees = app.store.invitees.listForForum(app.demoForum().id);
    expect(invitees.map((i) => i.email).sort()).toEqual(guests.map((g) => g.email).sort());
    // Eva's own person, known from the terminal, is the one on the list.
    expect(inviteeOf(app, eva)?.personId).toBe(app.store.people.findByIdentity('shell', 'eva')?.id);
    expect(troubles()).toEqual([]);
  });

  it('sends the invitations after the numbered confirmation; Eva gets hers in the terminal', async () => {
    await sendGuestList();
    const printed = await sendInvitations();

    expect(printed).toContain(sv('invitations.confirm', { count: 3, forum: title, already: 0 }));
    expect(printed).toContain('[1] Ja, skicka   [2] Inte nu');
    expect(printed).toContain(
      sv('invitations.queued', { count: 3, minutes: 1 }).replace(/\*/g, ''),
    );
    // The courier showed Eva her invitation, once, headed with her name, with the answers
    // numbered after the choice already on the screen.
    const screen = shell.screen();
    expect(count(screen, sv('door.messageFor', { name: 'eva' }))).toBe(1);
    const invitation = screen.slice(screen.indexOf(sv('door.messageFor', { name: 'eva' })));
    expect(invitation).toContain(sv('invitation.title', { forum: title }));
    expect(invitation).toContain(sv('invitation.greeting', { name: eva.name, forum: title }));
    expect(invitation).toContain(
      '[2] Ja, anmäl mig   [3] Nej tack   [4] Skicka en kollega   [5] Program',
    );
    // Nobody else sits at this terminal: the others could not be reached here.
    const forumId = app.demoForum().id;
    const key = (guest: Guest) => `invitation:${forumId}:${inviteeOf(app, guest)?.id}`;
    expect(outboxStatus(app, `invitation:${forumId}:`)).toEqual({
      [key(eva)]: 'sent',
      [key(bo)]: 'unreachable',
      [key(dana)]: 'unreachable',
    });
    const from = shell.screen().length;
    await shell.type('inbjudningar', `${dana.email})`);
    expect(since(from)).toContain(
      sv('invitations.status.sending', { sent: 1, queued: 0, unreachable: 2, failed: 0 }),
    );
    expect(await season.courier.drain()).toBe(0);
    expect(troubles()).toEqual([]);
  });

  it('Eva answers her invitation in the terminal and signs up through the prompts', async () => {
    await sendGuestList();
    await sendInvitations();
    const printed = await signUp();

    // The form opened with the guest list's organisation and role, kept with Enter.
    expect(printed).toContain(`Organisation * ${sv('shell.keep', { value: eva.organisation })}`);
    expect(printed).toContain(
      `Roll eller titel * ${sv('shell.keep', { value: eva.roleTitle.slice(0, 40) })}`,
    );
    expect(printed).toContain(sv('signup.done', { forum: title }));
    const path = join(shell.exportDir, 'framtidsforum-2027.ics');
    expect(printed).toContain(
      [sv('calendar.label'), `  ${sv('door.savedFile', { path })}`].join('\n'),
    );
    expect(calendarEntry(readFileSync(path))).toMatchObject({
      calendar: true,
      summary: title,
      status: 'CONFIRMED',
    });
    expect(registrationOf(app, eva)).toMatchObject({
      status: 'registered',
      organisation: eva.organisation,
      roleTitle: eva.roleTitle,
      overnight: true,
      diet: 'Glutenfri',
      accessibility: '',
      invoiceReference: 'RÖL-4711',
    });
    expect(inviteeOf(app, eva)?.answer).toBe('yes');
    // Her seat was the forum's only one.
    const from = shell.screen().length;
    await shell.type('forum', sv('shell.choose'));
    expect(since(from)).toContain('Platser: Fullt: alla 1 platser är bokade');
    expect(since(from)).toContain('Du är anmäld.');
    expect(troubles()).toEqual([]);
  });

  it('on the first day Eva checks in with the day’s code, and `exportera` writes the files', async () => {
    await sendGuestList();
    await sendInvitations();
    await signUp();

    // The next morning Eva, an admin, gets the coordinators' digest at the terminal.
    let from = shell.screen().length;
    await season.tickAt(moments.digest);
    await season.courier.drain();
    expect(since(from)).toContain(
      [
        sv('door.messageFor', { name: 'eva' }),
        '',
        sv('digest.title', { forum: title }),
        sv('digest.seats', { taken: 1, capacity: 1, waiting: 0, offered: 0 }),
        sv('digest.answers', { total: 3, yes: 1, no: 0, substituted: 0, none: 2 }),
        sv('digest.lastDay', { registered: 1, cancelled: 0 }),
      ].join('\n'),
    );

    // Three days before, the practical information comes to the terminal.
    from = shell.screen().length;
    await season.tickAt(moments.practicalInfo);
    await season.courier.drain();
    expect(since(from)).toContain(sv('reminder.practical.title', { forum: title }));

    // The first day: the code to put on the screen, and Eva checks in with it.
    await season.tickAt(moments.firstDay);
    await season.courier.drain();
    from = shell.screen().length;
    await shell.type('incheckningskod', sv('attendance.button.list'));
    const code = /Kod: ([A-Z0-9]{5})/.exec(since(from))?.[1];
    expect(code).toBeDefined();
    await shell.type(`checkin ${code}`, sv('attendance.checkedIn', { forum: title, day: 1 }));
    const registration = registrationOf(app, eva)!;
    expect(app.store.attendance.find(registration.id, 1)?.checkedInAt).toBe(
      new Date(moments.firstDay).toISOString(),
    );
    await shell.type(`checkin ${code}`, 'Du är redan incheckad');

    from = shell.screen().length;
    await shell.type('närvaro', sv('shell.choose'));
    expect(since(from)).toContain(`${eva.name}, ${eva.organisation}`);

    // The export: an Excel workbook, then the CSV files, all in the export directory.
    from = shell.screen().length;
    await shell.type('exportera', sv('shell.choose'));
    const xlsxPath = join(shell.exportDir, 'framtidsforum-2027-deltagare-2027-03-09.xlsx');
    expect(since(from)).toContain(
      ['Deltagare och catering (Excel)', `  ${sv('door.savedFile', { path: xlsxPath })}`].join(
        '\n',
      ),
    );
    from = shell.screen().length;
    await shell.type('exportera csv', sv('shell.choose'));
    const csvPath = (what: string) =>
      join(shell.exportDir, `framtidsforum-2027-${what}-2027-03-09.csv`);
    expect(since(from)).toContain(
      [
        'Deltagare (CSV)',
        `  ${sv('door.savedFile', { path: csvPath('deltagare') })}`,
        'Catering (CSV)',
        `  ${sv('door.savedFile', { path: csvPath('catering') })}`,
      ].join('\n'),
    );

    const book = await exportedWorkbook(readFileSync(xlsxPath));
    expect(Object.keys(book)).toEqual(['Deltagare', 'Catering']);
    expect(book.Deltagare?.slice(1).map((r) => [r[0], r[1], r[6], r.at(-2)])).toEqual([
      [eva.name, eva.email, 'Anmäld', true],
    ]);
    const participants = exportedCsv(readFileSync(csvPath('deltagare')));
    expect(participants.rows.map((r) => [r[0], r[2], r[6], r.at(-2), r.at(-1)])).toEqual([
      [eva.name, eva.organisation, 'Anmäld', 'SANT', 'FALSKT'],
    ]);
    expect(exportedCsv(readFileSync(csvPath('catering'))).rows[0]).toEqual([
      'Bekräftade platser',
      '1',
    ]);
    expect(troubles()).toEqual([]);
  });
});
