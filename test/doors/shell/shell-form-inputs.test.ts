import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/core/chat.js';
import { plain } from '../../../src/doors/shell/render-view.js';
import { createShellSession } from '../../../src/doors/shell/shell-session.js';
import { testApp } from '../../helpers/test-store.js';
import { received, testCommands } from './test-commands.js';

describe('choice, date and time questions in the terminal', () => {
  let app: ReturnType<typeof testApp>;
  let out: string[];
  let session: ReturnType<typeof createShellSession>;
  const start = (locale: Locale) => {
    out = [];
    session = createShellSession({
      dispatcher: app.dispatcher,
      actor: { platform: 'shell', userId: 'eva', displayName: 'Eva', locale },
      style: plain,
      write: (line) => out.push(line),
    });
  };
  const type = async (...lines: string[]) => {
    for (const line of lines) await session.handleLine(line);
  };
  const screen = () => out.join('\n');
  /** The lines printed since the last call, so a question asked again can be counted. */
  const since = (() => {
    let seen = 0;
    return () => {
      const fresh = out.slice(seen);
      seen = out.length;
      return fresh;
    };
  })();

  beforeEach(() => {
    app = testApp({ seed: false, commands: testCommands });
    received.length = 0;
    start('sv');
  });
  afterEach(() => app.close());

  it('asks a choice as a numbered list and takes a number, a name, Enter or a dash', async () => {
    await type('möte');
    expect(out).toEqual(
      expect.arrayContaining([
        'Boka möte',
        'Lokal * (Enter behåller ”Sal B”)',
        '  [1] Aulan',
        '  [2] Sal B',
        '  [3] Digitalt',
      ]),
    );
    since();
    await type('4');
    expect(since()).toEqual([
      'Välj en siffra från 1 till 3.',
      'Lokal * (Enter behåller ”Sal B”)',
      '  [1] Aulan',
      '  [2] Sal B',
      '  [3] Digitalt',
    ]);
    await type('digitalt');
    expect(screen()).toContain('Fika (Enter behåller ”Te”, - tömmer)');
    await type('-', '2027-3-9', '9.30', '');
    expect(received).toEqual([
      {
        command: 'test.meeting.save',
        room: 'digital',
        food: '',
        day: '2027-03-09',
        starts: '09:30',
        ends: '',
        group: '7',
      },
    ]);
    expect(screen()).toContain('Bokat: digital 2027-03-09 09:30–? (ingen fika)');
  });

  it('refuses a date the calendar does not have and a time past 23:59, then asks again', async () => {
    await type('möte', '', '');
    expect(out.at(-1)).toBe('Datum * (ÅÅÅÅ-MM-DD)');
    since();
    await type('2027-02-30');
    expect(since()).toEqual([
      '2027-02-30 finns inte: februari 2027 har 28 dagar.',
      'Datum * (ÅÅÅÅ-MM-DD)',
    ]);
    await type('2027-13-01', '9 mars', '2028-02-29');
    expect(since()).toEqual([
      '2027-13-01 finns inte: månaden ska vara 01–12.',
      'Datum * (ÅÅÅÅ-MM-DD)',
      'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-03-09.',
      'Datum * (ÅÅÅÅ-MM-DD)',
      'Börjar * (TT:MM)',
    ]);
    await type('24:00', '7', '14:00');
    expect(since()).toEqual([
      'Skriv tiden som TT:MM med 24 timmar, till exempel 09:30 eller 14:00.',
      'Börjar * (TT:MM)',
      'Skriv tiden som TT:MM med 24 timmar, till exempel 09:30 eller 14:00.',
      'Börjar * (TT:MM)',
      'Slutar (TT:MM) (valfritt, tryck Enter för att hoppa över)',
    ]);
    await type('15:30');
    expect(received.at(-1)).toMatchObject({ day: '2028-02-29', starts: '14:00', ends: '15:30' });
  });

  it('gives a refused form back with its values and asks only for the refused field', async () => {
    await type('möte', '1', '', '2027-03-09', '14:00');
    since();
    await type('13:00');
    expect(since()).toEqual([
      'Några fält behöver rättas. Det du skrev finns kvar.',
      '  ! Mötet måste sluta efter att det börjar.',
      'Slutar (TT:MM) (Enter behåller ”13:00”, - tömmer)',
    ]);
    await type('15:30');
    expect(screen()).toContain('Bokat: aula 2027-03-09 14:00–15:30 (te)');
    expect(received).toHaveLength(2);
  });

  it('keeps a required choice the core emptied, and asks for it with the core’s message', async () => {
    await type('möte', '-', '', '2027-03-09', '14:00', '');
    expect(screen()).toContain('  ! Välj en lokal.');
    expect(out.slice(-4)).toEqual(['Lokal *', '  [1] Aulan', '  [2] Sal B', '  [3] Digitalt']);
    await type('3');
    expect(screen()).toContain('Bokat: digital 2027-03-09 14:00–? (te)');
  });

  it('asks in English for people who use English', async () => {
    start('en');
    await type('möte', '', '', '2027-02-29');
    expect(screen()).toContain('Lokal * (Enter keeps “Sal B”)');
    expect(screen()).toContain('2027-02-29 does not exist: February 2027 has 28 days.');
    expect(out.at(-1)).toBe('Datum * (YYYY-MM-DD)');
    await type('2027-03-01', '25.00');
    expect(screen()).toContain('Write the time as HH:MM on the 24-hour clock');
    await type('abc');
    expect(out.at(-1)).toBe('Börjar * (HH:MM)');
  });
});

describe('text questions in the terminal: hints and answers of several lines', () => {
  let app: ReturnType<typeof testApp>;
  let out: string[];
  let session: ReturnType<typeof createShellSession>;
  const start = (locale: Locale) => {
    out = [];
    session = createShellSession({
      dispatcher: app.dispatcher,
      actor: { platform: 'shell', userId: 'eva', displayName: 'Eva', locale },
      style: plain,
      write: (line) => out.push(line),
    });
  };
  const type = async (...lines: string[]) => {
    for (const line of lines) await session.handleLine(line);
  };
  const since = (() => {
    let seen = 0;
    return () => {
      const fresh = out.slice(seen);
      seen = out.length;
      return fresh;
    };
  })();

  beforeEach(() => {
    app = testApp({ seed: false, commands: testCommands });
    received.length = 0;
    start('sv');
  });
  afterEach(() => app.close());

  it('prints a hint under its label, and reads lines until an empty one', async () => {
    await type('anteckning');
    expect(out.slice(-2)).toEqual(['Rubrik *', '  Några ord om vad det gäller.']);
    since();
    await type('Inköp');
    expect(since()).toEqual([
      'Text (flera rader; avsluta med en tom rad) (valfritt, tryck Enter för att hoppa över)',
      '  En punkt per rad.',
    ]);
    await type('Mjölk', '  2 st ägg  ', 'Bröd');
    // The lines of one answer print nothing in between; a terminal prompts with … meanwhile.
    expect(since()).toEqual([]);
    expect(session.prompt()).toBe('… ');
    expect(received).toEqual([]);
    await type('');
    expect(received).toEqual([
      { command: 'test.note.save', subject: 'Inköp', body: 'Mjölk\n  2 st ägg\nBröd' },
    ]);
    expect(since()).toEqual(['Sparat: Inköp']);
    expect(session.prompt()).toBe('> ');
  });

  it('skips an optional multi-line answer with Enter on its first line', async () => {
    await type('anteckning', 'Inköp', '');
    expect(received).toEqual([{ command: 'test.note.save', subject: 'Inköp', body: '' }]);
  });

  it('refuses an answer longer than the input allows, and asks for it again', async () => {
    await type('anteckning', 'Inköp', 'Första raden är ganska lång', 'och den andra också');
    since();
    await type('');
    expect(since()).toEqual([
      'Högst 40 tecken (nu 47).',
      'Text (flera rader; avsluta med en tom rad) (valfritt, tryck Enter för att hoppa över)',
      '  En punkt per rad.',
    ]);
    expect(received).toEqual([]);
    await type('Kort', 'nog', '');
    expect(received).toEqual([{ command: 'test.note.save', subject: 'Inköp', body: 'Kort\nnog' }]);
  });

  it('shows an earlier answer of several lines in full, keeps it on Enter, clears it with a dash', async () => {
    await type('gammal');
    since();
    await type('');
    expect(since()).toEqual([
      'Text (flera rader; avsluta med en tom rad) (Enter behåller texten nedan, - tömmer)',
      '  En punkt per rad.',
      '  │ Mjölk',
      '  │',
      '  │ Ägg',
    ]);
    await type('');
    expect(received.at(-1)).toEqual({
      command: 'test.note.save',
      subject: 'Inköp',
      body: 'Mjölk\n\nÄgg',
    });
    await type('gammal', '', '-');
    expect(received.at(-1)).toMatchObject({ body: '' });
    await type('gammal', '', 'Bara en rad', '');
    expect(received.at(-1)).toMatchObject({ body: 'Bara en rad' });
  });

  it('leaves the form with avbryt in the middle of an answer of several lines', async () => {
    await type('anteckning', 'Inköp', 'Mjölk', 'avbryt');
    expect(out.at(-1)).toBe('Formuläret avbröts. Inget har sparats.');
    expect(session.prompt()).toBe('> ');
    await type('');
    expect(received).toEqual([]);
  });

  it('says how to end the lines in English too', async () => {
    start('en');
    await type('gammal', '');
    expect(out).toContain(
      'Text (several lines; end with an empty line) (Enter keeps the text below, - clears)',
    );
    await type('Milk', 'Eggs', '');
    expect(received.at(-1)).toMatchObject({ body: 'Milk\nEggs' });
  });
});
