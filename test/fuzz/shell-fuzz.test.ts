import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/core/i18n/translate.js';
import { type ShellDoorHarness, startShellDoor } from '../doors/shell/shell-harness.js';
import { testApp } from '../helpers/test-store.js';
import { invalidRows, rowCounts } from './db-invariants.js';
import { Fuzzer, findLeak, fuzzSeed, hostileStrings } from './mutate.js';

const lines = 10_000;
const seed = fuzzSeed(20_260_603);

/** Words that start the commands a person (here an admin) can type, to aim the fuzz. */
const words = [
  'hjälp',
  'forum',
  'program',
  'anmäl',
  'min',
  'ändra',
  'avboka',
  'checkin',
  'årshjul',
  'synpunkter',
  'prioritera',
  'forumadmin',
  'runda',
  'rundor',
  'roller',
  'närvaro',
  'siffror',
  'catering',
  'deltagande',
  'utvärdering',
  'incheckningskod',
  'inbjudningar',
  'avbryt',
  '1',
  '2',
  '3',
  '',
];

/** One typed line: a command with hostile input, a number, an answer, noise or a huge line. */
function lineFor(fuzz: Fuzzer): string {
  const roll = fuzz.int(10);
  const line =
    roll < 4
      ? `${fuzz.pick(words)} ${fuzz.string()}`
      : roll < 6
        ? fuzz.pick(words)
        : roll < 8
          ? fuzz.string()
          : roll < 9
            ? fuzz.noise(1 + fuzz.int(300))
            : fuzz.pick(hostileStrings).repeat(1 + fuzz.int(3000));
  // A line ends at a line break, and `fil` reads a file from disk: neither is what this tests.
  return line.replace(/[\r\n]/g, ' ').replace(/^\s*(fil|file)\b/i, 'x');
}

describe('shell door under 10,000 hostile lines', { timeout: 60_000 }, () => {
  let shell: ShellDoorHarness;
  const crashes: unknown[] = [];
  const onCrash = (error: unknown) => crashes.push(error);
  let elapsedMs = 0;

  beforeAll(async () => {
    process.on('uncaughtException', onCrash);
    process.on('unhandledRejection', onCrash);
    shell = await startShellDoor({ app: testApp() });
  });

  afterAll(async () => {
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    await shell?.close();
    shell?.app.close();
  });

  it('answers every line and ends with a working prompt', async () => {
    const fuzz = new Fuzzer(seed);
    const started = Date.now();
    const typed = Array.from({ length: lines }, () => lineFor(fuzz));
    // Leave any form, then a word nobody else types: the door echoes an unknown word.
    await shell.typeLines([...typed, 'avbryt', 'avbryt', 'slutordfuzz'], 'slutordfuzz');
    elapsedMs = Date.now() - started;
    console.info(
      `shell fuzz: seed ${seed}, ${lines} lines in ${elapsedMs} ms, ${shell.screen().length} characters shown`,
    );
    expect(crashes, `seed ${seed}`).toEqual([]);
    expect(shell.closed()).toBe(0);
    await shell.type('forum', 'Framtidsforum 2027');
  });

  it('never shows a stack trace, an apology for a fault, or a terminal escape', () => {
    const screen = shell.screen();
    expect(findLeak(screen), `seed ${seed}`).toBeUndefined();
    expect(screen).not.toContain(translator('sv')('error.unexpected'));
    // Not a terminal: escape sequences someone typed are never printed back as such.
    expect(screen).not.toContain('\u001b[');
    expect(shell.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('stores nothing invalid', () => {
    const db = shell.app.db;
    console.info(
      'shell fuzz stored',
      rowCounts(db, ['people', 'registrations', 'rounds', 'round_inputs', 'cycle_items']),
    );
    expect(invalidRows(db), `seed ${seed}`).toEqual([]);
  });
});
