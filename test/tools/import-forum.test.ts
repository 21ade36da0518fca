import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/open-database.js';
import { createStore } from '../../src/store/store.js';
import { importForum } from '../../src/tools/import-forum.js';
import { testNow } from '../helpers/test-store.js';

const root = new URL('../../', import.meta.url).pathname;
const forumFile = {
  slug: 'framtidsforum-2028',
  title: 'Framtidsforum 2028',
  venue: 'Örebro',
  startsAt: '2028-03-07T12:00',
  endsAt: '2028-03-08T13:00',
  registrationClosesAt: '2028-02-15T23:59',
  capacity: 110,
  feeSek: 3300,
};

describe('npm run forum:import', () => {
  let dir: string;
  let env: Record<string, string>;
  let out: string[];
  let err: string[];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'forumbot-import-'));
    env = { DATABASE_PATH: join(dir, 'bot.db'), TIME_ZONE: 'Europe/Stockholm' };
    out = [];
    err = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  const run = (...args: string[]) =>
    importForum(args, {
      env,
      now: new Date(testNow),
      out: (line) => out.push(line),
      err: (line) => err.push(line),
    });
  const forums = () => {
    const db = openDatabase(env.DATABASE_PATH as string);
    try {
      return createStore(db).forums.list();
    } finally {
      db.close();
    }
  };

  it('creates the forum, and a second run updates it instead of adding another', () => {
    const path = write('forum.json', forumFile);
    expect(run(path)).toBe(0);
    expect(out).toEqual([
      'Skapade Framtidsforum 2028 (framtidsforum-2028): tisdag 7 mars 2028 kl. 12.00 – onsdag 8 mars 2028 kl. 13.00, 110 platser.',
    ]);
    write('forum.json', { ...forumFile, capacity: 120 });
    expect(run(path)).toBe(0);
    expect(out[1]).toMatch(
      /^Uppdaterade Framtidsforum 2028 \(framtidsforum-2028\): .*, 120 platser\.$/,
    );
    expect(forums()).toMatchObject([{ slug: 'framtidsforum-2028', capacity: 120 }]);
    expect(err).toEqual([]);
  });

  it('prints each field and its problem and exits non-zero for a bad file', () => {
    const path = write('bad.json', { ...forumFile, capacity: -5, endsAt: '2028-02-30T13:00' });
    expect(run(path)).toBe(65);
    expect(err).toEqual([`${path} importerades inte:`, '  capacity: minst 1.']);
    // Once the shape is right, the dates are checked.
    write('bad.json', { ...forumFile, endsAt: '2028-02-30T13:00' });
    expect(run(path)).toBe(65);
    expect(err.at(-1)).toBe('  endsAt: 2028-02-30T13:00 finns inte i kalendern.');
    expect(forums()).toEqual([]);
  });

  it('speaks English when DEFAULT_LOCALE says so', () => {
    env.DEFAULT_LOCALE = 'en';
    const path = write('bad.json', { ...forumFile, venue: undefined });
    expect(run(path)).toBe(65);
    expect(err).toEqual([`${path} was not imported:`, '  venue: missing.']);
  });

  it('tells a file that is not JSON, one that is missing, and a missing argument apart', () => {
    expect(run(write('broken.json', '{ "slug": '))).toBe(65);
    expect(err[1]).toMatch(/^ {2}Filen är inte giltig JSON: /);
    expect(run(join(dir, 'nowhere.json'))).toBe(66);
    expect(err.at(-1)).toMatch(/^Kunde inte läsa .*nowhere\.json: ENOENT/);
    expect(run()).toBe(64);
    expect(err.at(-1)).toBe('Så här: npm run forum:import -- data/forum.json');
  });

  it('runs as a script: the exit code is what a shell sees', () => {
    const path = write('bad.json', { ...forumFile, capacity: 'många' });
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/tools/import-forum.ts', path],
      {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', ...env },
        encoding: 'utf8',
      },
    );
    expect(child.status).toBe(65);
    expect(child.stderr).toContain('capacity: ska vara ett tal.');
  });
});
