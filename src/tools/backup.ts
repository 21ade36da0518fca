import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, loadConfig } from '../config.js';
import { defaultBackupDir } from '../core/backup/backup-command.js';
import { formatBytes, makeBackup } from '../core/backup/make-backup.js';
import { openDatabase } from '../store/open-database.js';
import { createStore } from '../store/store.js';

export interface BackupToolOptions {
  env?: Record<string, string | undefined>;
  now?: Date;
  out?: (line: string) => void;
  err?: (line: string) => void;
}

/**
 * `npm run backup`: an online backup of the database at DATABASE_PATH into BACKUP_DIR, for
 * operators (a cron job, before an upgrade). Safe while the bot runs: SQLite's backup API
 * copies one consistent moment. Prints the backup's path and size. Exit codes follow
 * sysexits: 66 no database to copy, 73 the copy could not be made, 78 bad configuration.
 */
export async function backupTool(options: BackupToolOptions = {}): Promise<number> {
  const out = options.out ?? ((line) => process.stdout.write(`${line}\n`));
  const err = options.err ?? ((line) => process.stderr.write(`${line}\n`));
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(options.env ?? process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    err(error.message);
    return 78;
  }
  // Opening a missing file would create an empty database and back that up.
  if (config.databasePath === ':memory:' || !existsSync(config.databasePath)) {
    err(`No database at ${config.databasePath} (DATABASE_PATH) to back up.`);
    return 66;
  }
  const db = openDatabase(config.databasePath);
  try {
    const made = await makeBackup(
      createStore(db),
      config.settings.backupDir ?? defaultBackupDir,
      options.now ?? new Date(),
    );
    out(`${made.path} (${formatBytes(made.bytes, 'en')})`);
    return 0;
  } catch (error) {
    err(`The backup failed: ${error instanceof Error ? error.message : String(error)}`);
    return 73;
  } finally {
    db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // The same .env the bot reads, so the backup is of the bot's database.
  if (existsSync('.env')) process.loadEnvFile('.env');
  process.exitCode = await backupTool();
}
