import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

/**
 * Applies `migrations/NNN-name.sql` files whose number is above the database's `user_version`,
 * each in its own transaction together with the version bump, so a failed migration leaves
 * the database as it was.
 */
export function migrate(db: Database.Database, dir = migrationsDir): number {
  const files = readdirSync(dir)
    .filter((f) => /^\d{3}-[\w-]+\.sql$/.test(f))
    .sort();
  const version = () => db.pragma('user_version', { simple: true }) as number;
  for (const file of files) {
    const number = Number(file.slice(0, 3));
    const sql = readFileSync(`${dir}/${file}`, 'utf8');
    // The version is read inside the write lock: two processes starting together on one
    // file apply each migration once, the second finding it already done.
    db.transaction(() => {
      if (number <= version()) return;
      db.exec(sql);
      db.pragma(`user_version = ${number}`);
    }).immediate();
  }
  return version();
}
