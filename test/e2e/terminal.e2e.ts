import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MessageKey } from '../../src/core/i18n/translate.js';
import { freePort } from './free-port.js';
import { shown, textPattern } from './text-pattern.js';

/**
 * `npm start` in a real pseudo-terminal (tmux), typed into key by key as a person would,
 * with the screen read back as they would see it. Its own tmux server (-L), so nothing of
 * the developer's sessions is touched.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const screenshots = join(root, 'test/e2e/screenshots');
const server = `forumbot-e2e-${process.pid}`;
const session = 'bot';
const sv = (key: MessageKey) => textPattern('sv', key);

let dir: string;
const statusFile = () => join(dir, 'exit-status');

const tmux = (...args: string[]) =>
  execFileSync('tmux', ['-L', server, ...args], { encoding: 'utf8' });

/** What the terminal shows now, scrollback included. */
const screen = () => tmux('capture-pane', '-p', '-J', '-S', '-', '-t', session);

/** Waits until the screen shows `pattern` (after `from` characters of it, if given). */
async function waitFor(pattern: RegExp, from = 0, timeoutMs = 30_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const text = screen();
    if (pattern.test(text.slice(from))) return text;
    if (Date.now() > until) {
      throw new Error(`the terminal never showed ${pattern}; it shows:\n${text}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Types a line and Enter, then waits for the next thing the bot shows. Each wait looks
 * only at what came after the line typed, so an earlier prompt cannot answer for it.
 */
async function answer(line: string, next: RegExp): Promise<string> {
  // Trailing blank lines of the pane fill up as the bot writes: count only what is written.
  const before = screen().trimEnd().length;
  if (line) tmux('send-keys', '-t', session, '-l', line);
  tmux('send-keys', '-t', session, 'Enter');
  return waitFor(next, before);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'forumbot-e2e-terminal-'));
  mkdirSync(screenshots, { recursive: true });
  const env = {
    DATABASE_PATH: join(dir, 'forumbot.db'),
    EXPORT_DIR: join(dir, 'exports'),
    FEED_PORT: String(await freePort()),
    SHELL_USER: 'Anna Andersson',
    // The terminal door starts only when no platform is configured.
    CLIENT_ID: '',
    TEAMS_ANONYMOUS: '',
    SLACK_BOT_TOKEN: '',
    SLACK_APP_TOKEN: '',
  };
  tmux(
    'new-session',
    '-d',
    '-s',
    session,
    '-x',
    '120',
    '-y',
    '50',
    '-c',
    root,
    ...Object.entries(env).flatMap(([name, value]) => ['-e', `${name}=${value}`]),
    // tmux now and then loses the exit status of a pane's process: the shell keeps it.
    `npm start; echo $? > ${statusFile()}`,
  );
  // Keep the pane when the bot exits, so its last words can be read.
  tmux('set-option', '-t', session, 'remain-on-exit', 'on');
});

afterAll(() => {
  try {
    tmux('kill-server');
  } catch {
    // Already gone.
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm start in a terminal', () => {
  it('signs up as a person would type it, and leaves with "avsluta"', async () => {
    await waitFor(sv('shell.welcome'), 0, 60_000);
    await answer('forum', /\[\d\] Anmäl mig/);
    // The forum's buttons are numbered; "Anmäl mig" is one of them.
    const choice = /\[(\d)\] Anmäl mig/.exec(screen())?.[1] ?? '';
    await answer(choice, new RegExp(`${shown('sv', 'signup.field.organisation')} \\*`));
    await answer('Region Örebro län', new RegExp(shown('sv', 'signup.field.roleTitle')));
    await answer('Utvecklingsledare', new RegExp(shown('sv', 'signup.field.lunchDay1')));
    await answer('j', new RegExp(shown('sv', 'signup.field.dinnerDay1')));
    await answer('', new RegExp(shown('sv', 'signup.field.overnight')));
    await answer('j', new RegExp(shown('sv', 'signup.field.breakfastDay2')));
    await answer('j', new RegExp(shown('sv', 'signup.field.lunchDay2')));
    await answer('n', new RegExp(shown('sv', 'signup.field.diet')));
    // Several lines, ended by an empty one.
    await answer('Vegetarisk', /.*/);
    await answer('Ingen laktos', /.*/);
    await answer('', new RegExp(shown('sv', 'signup.field.accessibility')));
    await answer('', new RegExp(shown('sv', 'signup.field.invoiceReference')));
    const done = await answer('RUS-4711', sv('signup.done'));

    const confirmation = done.slice(done.search(sv('signup.done')));
    expect(confirmation).toContain('Region Örebro län');
    expect(confirmation).toContain('Utvecklingsledare');
    expect(confirmation).toMatch(/Vegetarisk\s+Ingen laktos/);
    expect(confirmation).toContain('RUS-4711');
    // Lunch day 2 was declined: it is not among the meals.
    const meals = confirmation.split('\n').find((l) => l.includes(shown('sv', 'my.meals')));
    expect(meals).toContain(shown('sv', 'signup.field.lunchDay1'));
    expect(meals).not.toContain(shown('sv', 'signup.field.lunchDay2'));

    const mine = await answer('min', /RUS-4711/);
    expect(mine.slice(mine.lastIndexOf('min'))).toMatch(sv('my.title'));
    writeFileSync(join(screenshots, 'terminal.txt'), mine);

    await answer('avsluta', sv('shell.bye'));
    const until = Date.now() + 15_000;
    const status = () =>
      existsSync(statusFile()) ? readFileSync(statusFile(), 'utf8').trim() : '';
    while (status() === '') {
      if (Date.now() > until) throw new Error(`the bot did not exit:\n${screen()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status()).toBe('0');
  });
});
