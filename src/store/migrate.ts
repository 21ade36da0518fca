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
  let version = db.pragma('user_version', { simple: true }) as number;
  for (const file of files) {
    const number = Number(file.slice(0, 3));
    if (number <= version) continue;
    const sql = readFileSync(`${dir}/${file}`, 'utf8');
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${number}`);
    }).immediate();
    version = number;
  }
  return version;
}
