import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plain } from '../../../src/doors/shell/render-view.js';
import { createShellSession } from '../../../src/doors/shell/shell-session.js';
import { testApp } from '../../helpers/test-store.js';
import { testCommands } from './test-commands.js';

describe('files that come with a reply', () => {
  let app: ReturnType<typeof testApp>;
  let dir: string;
  let out: string[];
  const session = (exportDir: string) =>
    createShellSession({
      dispatcher: app.dispatcher,
      actor: { platform: 'shell', userId: 'eva', displayName: 'Eva', locale: 'sv' },
      style: plain,
      write: (line) => out.push(line),
      exportDir,
    });

  beforeEach(() => {
    app = testApp({ seed: false, commands: testCommands });
    dir = mkdtempSync(join(tmpdir(), 'forumbot-exports-'));
    out = [];
  });
  afterEach(() => {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes each file into the export folder, for the owner only, and says where', async () => {
    const exportDir = join(dir, 'data', 'exports');
    await session(exportDir).handleLine('export');
    // The name came with `../../` and an escape sequence: neither leaves the folder or the screen.
    const path = join(exportDir, 'deltagare[2J.csv');
    expect(out).toEqual(['Här är listan.', 'Deltagarlista', `  Filen är sparad: ${path}`]);
    expect(readFileSync(path, 'utf8')).toBe('namn;kost\nEva;vegetarisk\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(exportDir).mode & 0o777).toBe(0o700);
    expect(readdirSync(dir)).toEqual(['data']);
  });

  it('never overwrites an earlier export', async () => {
    writeFileSync(join(dir, 'deltagare[2J.csv'), 'äldre export');
    const shell = session(dir);
    await shell.handleLine('export');
    await shell.handleLine('export');
    expect(out).toContain(`  Filen är sparad: ${join(dir, 'deltagare[2J-2.csv')}`);
    expect(out).toContain(`  Filen är sparad: ${join(dir, 'deltagare[2J-3.csv')}`);
    expect(readFileSync(join(dir, 'deltagare[2J.csv'), 'utf8')).toBe('äldre export');
    expect(readdirSync(dir)).toHaveLength(3);
  });

  it('tells the person when the folder cannot be written, and still shows the reply', async () => {
    const notAFolder = join(dir, 'exports');
    writeFileSync(notAFolder, '');
    await session(join(notAFolder, 'inne')).handleLine('export');
    expect(out).toEqual([
      'Här är listan.',
      `Filen ../../deltagare[2J.csv kunde inte sparas i ${join(notAFolder, 'inne')} (ENOTDIR).`,
    ]);
  });
});
