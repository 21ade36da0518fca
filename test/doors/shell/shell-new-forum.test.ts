import { afterEach, describe, expect, it } from 'vitest';
import { type ShellDoorHarness, startShellDoor } from './shell-harness.js';
import { received, testCommands } from './test-commands.js';

/**
 * The coordinators' forum form, all of it in the terminal door over streams: the person at
 * the terminal is an admin, and a programme of several days is typed as lines.
 */
describe('creating a forum in the terminal', () => {
  let shell: ShellDoorHarness;
  afterEach(() => shell.close());

  /** Enter, for every question from `count` on whose earlier answer is kept. */
  const enters = (count: number) => Array<string>(count).fill('');

  it('asks every question of `nytt`, reads a two-day programme and stores it', async () => {
    shell = await startShellDoor();
    await shell.type('nytt', 'Namn *');
    await shell.type('Vårforum 2027', 'Kortnamn');
    expect(shell.screen()).toContain('  Används när man skriver forumets namn');
    await shell.type('', 'Plats *');
    await shell.type('Örebro slott', 'Startdag *');
    await shell.type('2027-04-20', 'Starttid * (TT:MM) (Enter behåller ”12:00”)');
    await shell.type('', 'Slutdag *');
    await shell.type('2027-04-21', 'Sluttid *');
    await shell.typeLines(enters(2), 'Sista anmälningsdag *');
    await shell.type('2027-04-01', 'Anmälan stänger (klockslag) *');
    await shell.type('', 'Antal platser *');
    await shell.type('80', 'Avgift i kronor');
    // The fee and the five meals and overnight stay offered, as the form suggests.
    const from = shell.screen().length;
    await shell.typeLines(enters(6), 'Program (flera rader; avsluta med en tom rad)');
    const agendaQuestion = shell.screen().slice(from);
    expect(agendaQuestion).toContain('Program (flera rader; avsluta med en tom rad) (valfritt');
    // The hint that explains the format, under the label.
    expect(agendaQuestion).toContain(
      '\n  En punkt per rad: klockslag och text, som ”12.00 Lunch”.',
    );

    await shell.typeLines(
      [
        'Dag 1',
        '12.00 Lunch',
        '13.15 Välkommen | Welcome',
        'Dag 2',
        '08.30 Frukost',
        '12.00 Lunch och avslut | Lunch and goodbye',
        '',
      ],
      'Praktisk information (flera rader; avsluta med en tom rad)',
    );
    await shell.typeLines(
      ['Parkering finns vid slottet.', 'Ta med ytterkläder.', ''],
      'Klart! Vårforum 2027 är skapat.',
    );
    expect(shell.screen()).not.toContain('Några fält behöver rättas');

    const forum = shell.app.store.forums.list().find((f) => f.title === 'Vårforum 2027');
    expect(forum).toMatchObject({
      venue: 'Örebro slott',
      capacity: 80,
      feeSek: 0,
      practicalInfo: 'Parkering finns vid slottet.\nTa med ytterkläder.',
    });
    // Stockholm summer time: 12.00 is 10.00 UTC.
    expect(forum?.agenda).toEqual([
      { at: '2027-04-20T10:00:00.000Z', sv: 'Lunch', en: 'Lunch' },
      { at: '2027-04-20T11:15:00.000Z', sv: 'Välkommen', en: 'Welcome' },
      { at: '2027-04-21T06:30:00.000Z', sv: 'Frukost', en: 'Frukost' },
      { at: '2027-04-21T10:00:00.000Z', sv: 'Lunch och avslut', en: 'Lunch and goodbye' },
    ]);

    // Opened again, the form shows the programme under its question and Enter keeps it.
    await shell.type(`redigera ${forum?.slug}`, 'Namn *');
    const before = shell.screen().length;
    await shell.typeLines(enters(17), 'Program (flera rader; avsluta med en tom rad)');
    await shell.type('', 'Praktisk information');
    expect(shell.screen().slice(before)).toContain(
      [
        'Program (flera rader; avsluta med en tom rad) (Enter behåller texten nedan, - tömmer)',
        '  En punkt per rad: klockslag och text, som ”12.00 Lunch”.',
      ].join('\n'),
    );
    expect(shell.screen().slice(before)).toContain(
      [
        '  │ Dag 1',
        '  │ 12.00 Lunch',
        '  │ 13.15 Välkommen | Welcome',
        '  │ Dag 2',
        '  │ 08.30 Frukost',
        '  │ 12.00 Lunch och avslut | Lunch and goodbye',
      ].join('\n'),
    );
    await shell.type('', 'Klart! Ändringarna i Vårforum 2027 är sparade.');
    expect(shell.app.store.forums.get(forum?.id as number)?.agenda).toEqual(forum?.agenda);
  });
});

describe('answers of several lines at a real terminal', () => {
  let shell: ShellDoorHarness;
  afterEach(() => shell.close());

  it('prompts with … while the lines go on, and with > again after the empty line', async () => {
    shell = await startShellDoor({ commands: testCommands, tty: true });
    /** readline clears the line and draws the prompt. */
    const drawn = (prompt: string) => `\x1b[0J${prompt}`;
    await shell.type('anteckning', 'Rubrik *');
    await shell.type('Inköp', 'En punkt per rad.');
    await shell.type('Mjölk', drawn('… '));
    await shell.type('Ägg', drawn('… '));
    const from = shell.screen().length;
    await shell.type('', 'Sparat: Inköp');
    await shell.printed(drawn('> '), from);
    expect(shell.screen().slice(from)).not.toContain('…');
    expect(received.at(-1)).toMatchObject({ body: 'Mjölk\nÄgg' });
  });
});
