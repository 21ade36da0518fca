import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/store/migrate.js';
import { openDatabase } from '../../src/store/open-database.js';

const migrations = new URL('../../src/store/migrations/', import.meta.url);
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'forumbot-db-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the database file', () => {
  it('is created with WAL, foreign keys and a busy timeout, and migrated once', () => {
    const path = join(tempDir(), 'nested', 'forumbot.db');
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(2000);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    const version = db.pragma('user_version', { simple: true });
    expect(version).toBe(readdirSync(migrations).filter((f) => f.endsWith('.sql')).length);
    db.close();
    // Opening again applies nothing twice.
    const again = openDatabase(path);
    expect(again.pragma('user_version', { simple: true })).toBe(version);
    again.close();
  });

  it('rolls a failing migration back whole, leaving the version where it was', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '001-good.sql'), 'CREATE TABLE a (x INTEGER);');
    writeFileSync(
      join(dir, '002-bad.sql'),
      'CREATE TABLE b (y INTEGER); INSERT INTO nowhere VALUES (1);',
    );
    const db = new Database(':memory:');
    expect(() => migrate(db, dir)).toThrow(/no such table: nowhere/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all();
    expect(tables).toEqual([{ name: 'a' }]);
    db.close();
  });

  it('refuses a registration for a forum that does not exist (foreign keys are on)', () => {
    const db = openDatabase(join(tempDir(), 'fk.db'));
    const insert = () =>
      db
        .prepare(
          `INSERT INTO registrations (forum_id, person_id, status, organisation, role_title,
            lunch_day1, dinner_day1, overnight, breakfast_day2, lunch_day2, queued_at, created_at,
            updated_at)
           VALUES (42, 42, 'registered', 'x', 'y', 1, 1, 1, 1, 1, 'now', 'now', 'now')`,
        )
        .run();
    expect(insert).toThrow(/FOREIGN KEY constraint failed/);
    db.close();
  });
});
