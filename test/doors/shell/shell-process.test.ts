import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;

/** `npm start` as a newcomer meets it, with stdin a pipe rather than a terminal. */
function startBot(env: Record<string, string>, input: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    // Only what the bot needs: no platform credentials from the developer's shell leak in.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  child.stdin.end(input);
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

/** A forum a month away, so the test does not depend on today's date. */
function forumFile(dir: string): string {
  const local = (days: number, time: string) =>
    `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
  const path = join(dir, 'forum.json');
  writeFileSync(
    path,
    JSON.stringify({
      slug: 'testforum',
      title: 'Testforum',
      venue: 'Örebro',
      startsAt: local(40, '12:00'),
      endsAt: local(41, '13:00'),
      registrationClosesAt: local(30, '23:59'),
      capacity: 110,
      feeSek: 0,
    }),
  );
  return path;
}

describe('the terminal door as a process', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('signs up through a pipe, commits before answering, and exits cleanly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forumbot-shell-'));
    dirs.push(dir);
    const database = join(dir, 'bot.db');
    const typed = [
      'forum',
      '1',
      'Lekebergs kommun',
      'Kommunstyrelsens ordförande',
      'j',
      'j',
      'j',
      'n',
      'j',
      'Nötallergi',
      '', // ends the multi-line answer
      '',
      '',
      'min',
      'avsluta',
    ];
    const { code, stdout, stderr } = await startBot(
      { DATABASE_PATH: database, DEMO_FORUM: forumFile(dir), SHELL_USER: 'lena' },
      `${typed.join('\n')}\n`,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Välkommen till forumbot i terminalen.');
    expect(stdout).toContain('[1] Anmäl mig   [2] Program');
    expect(stdout).toContain('Klart! Du är anmäld till Testforum.');
    expect(stdout).toContain('Kost och allergier: Nötallergi');
    expect(stdout).toContain('Hej då!');
    // No ANSI colours when the output is not a terminal.
    expect(stdout).not.toContain('\x1b[');

    const db = new Database(database, { readonly: true });
    const rows = db
      .prepare('SELECT organisation, overnight, breakfast_day2 FROM registrations')
      .all();
    db.close();
    expect(rows).toEqual([{ organisation: 'Lekebergs kommun', overnight: 1, breakfast_day2: 0 }]);
  }, 30_000);

  it('ends when the input ends, and stops with a clear message on bad configuration', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forumbot-shell-'));
    dirs.push(dir);
    const ended = await startBot(
      { DATABASE_PATH: join(dir, 'a.db'), DEMO_FORUM: forumFile(dir) },
      'hjälp\n',
    );
    expect(ended.code).toBe(0);
    expect(ended.stdout).toContain('Det här kan jag');

    const bad = await startBot({ DATABASE_PATH: join(dir, 'b.db'), PORT_TEAMS: 'många' }, '');
    expect(bad.code).toBe(78);
    expect(bad.stderr).toContain('PORT_TEAMS: must be a port number (got "många")');
  }, 30_000);
});
