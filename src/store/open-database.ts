import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate.js';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the SQLite file and brings its schema up to date.
 * - WAL lets readers run beside the one writer.
 * - `synchronous = FULL` syncs every commit to disk before it returns, so a reply that says
 *   "done" survives a power cut, not only a process crash (NORMAL would not). A few hundred
 *   sign-ups a year make the cost irrelevant.
 * - The busy timeout makes a second process wait for the write lock instead of failing at
 *   once; it stays under Slack's 3-second limit for acknowledging a request.
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 2000');
  migrate(db);
  return db;
}
