import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plain } from '../../../src/doors/shell/render-view.js';
import { createShellSession } from '../../../src/doors/shell/shell-session.js';
import { testApp } from '../../helpers/test-store.js';
import { received, testCommands } from './test-commands.js';

const twoMegabytes = 2 * 1024 * 1024;

describe('sending the bot a file from the terminal', () => {
  let app: ReturnType<typeof testApp>;
  let dir: string;
  let out: string[];
  let session: ReturnType<typeof createShellSession>;
  const type = async (...lines: string[]) => {
    for (const line of lines) await session.handleLine(line);
  };
  const last = () => out.at(-1);

  beforeEach(() => {
    app = testApp({ seed: false, commands: testCommands });
    dir = mkdtempSync(join(tmpdir(), 'forumbot-files-'));
    out = [];
    received.length = 0;
    session = createShellSession({
      dispatcher: app.dispatcher,
      actor: { platform: 'shell', userId: 'eva', displayName: 'Eva', locale: 'sv' },
      style: plain,
      write: (line) => out.push(line),
    });
  });
  afterEach(() => {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('hands the file to the core as file.received and shows the answer', async () => {
    const path = join(dir, 'inbjudna gäster.CSV');
    writeFileSync(path, 'e-post\nanna@example.se\n');
    // Pasted or dragged paths arrive quoted or with escaped spaces.
    await type(`fil "${path}"`, `FILE ${path.replace(/ /g, '\\ ')}`);
    const file = {
      command: 'file.received',
      name: 'inbjudna gäster.CSV',
      mediaType: 'text/csv',
      base64: Buffer.from('e-post\nanna@example.se\n').toString('base64'),
      caption: '',
    };
    expect(received).toEqual([file, file]);
    expect(last()).toBe('Tog emot inbjudna gäster.CSV (text/csv, 23 byte).');
  });

  it('guesses the type from the extension', async () => {
    writeFileSync(join(dir, 'forum.json'), '{}');
    writeFileSync(join(dir, 'lista.xlsx'), 'PK');
    writeFileSync(join(dir, 'README'), 'x');
    await type(
      `fil ${join(dir, 'forum.json')}`,
      `fil ${join(dir, 'lista.xlsx')}`,
      `fil ${join(dir, 'README')}`,
    );
    expect(received.map((r) => r.mediaType)).toEqual([
      'application/json',
      'application/octet-stream',
      'application/octet-stream',
    ]);
  });

  it('takes a file of exactly 2 MB and refuses a byte more', async () => {
    writeFileSync(join(dir, 'stor.csv'), Buffer.alloc(twoMegabytes, 'a'));
    writeFileSync(join(dir, 'för-stor.csv'), Buffer.alloc(twoMegabytes + 1, 'a'));
    await type(`fil ${join(dir, 'stor.csv')}`);
    expect(last()).toBe(`Tog emot stor.csv (text/csv, ${twoMegabytes} byte).`);
    await type(`fil ${join(dir, 'för-stor.csv')}`);
    expect(last()).toBe('”för-stor.csv” är för stor (2,1 MB). Filen får vara högst 2 MB.');
    expect(received).toHaveLength(1);
  });

  it('says plainly what is wrong with the path', async () => {
    mkdirSync(join(dir, 'mapp'));
    await type('fil');
    expect(last()).toBe('Skriv fil och sökvägen till filen, till exempel: fil data/inbjudna.csv');
    await type(`fil ${join(dir, 'saknas.csv')}`);
    expect(last()).toBe(`Jag hittar ingen fil som heter ”${join(dir, 'saknas.csv')}”.`);
    await type(`fil ${join(dir, 'mapp')}`);
    expect(last()).toBe(`”${join(dir, 'mapp')}” är en mapp. Skriv sökvägen till en fil i den.`);
    expect(received).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a named pipe at once instead of waiting for a writer',
    async () => {
      const fifo = join(dir, 'rör');
      execFileSync('mkfifo', [fifo]);
      await type(`fil ${fifo}`);
      expect(last()).toBe(`”${fifo}” är ingen vanlig fil.`);
    },
  );

  it('reads "fil" in a form as an answer, not as a file to send', async () => {
    await type('möte', 'fil');
    expect(out.slice(-5)).toEqual([
      'Välj en siffra från 1 till 3.',
      'Lokal * (Enter behåller ”Sal B”)',
      '  [1] Aulan',
      '  [2] Sal B',
      '  [3] Digitalt',
    ]);
    expect(received).toEqual([]);
  });
});
