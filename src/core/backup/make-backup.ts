import { chmodSync, closeSync, mkdirSync, openSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../../store/store.js';
import { backupFileName } from './backup-file-name.js';

export interface Backup {
  /** Where the copy is on this machine (for the operator's tool; not shown in chat). */
  path: string;
  name: string;
  bytes: number;
}

/**
 * An online copy of the whole database into `dir`, made with SQLite's backup API while the
 * bot keeps answering: the copy is one consistent moment, whatever is written meanwhile.
 * The copy holds everyone's personal data, so the folder is the owner's only (0700) and the
 * file is created 0600 before a byte goes in, never readable by others even for an instant.
 * A copy that fails halfway is removed, so a file in the folder is always a whole backup.
 */
export async function makeBackup(store: Pick<Store, 'backup'>, dir: string, now: Date) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = backupFileName(now);
  const path = join(dir, name);
  // 'wx': never overwrite an earlier backup made the same second.
  closeSync(openSync(path, 'wx', 0o600));
  try {
    await store.backup(path);
  } catch (error) {
    rmSync(path, { force: true });
    throw error;
  }
  chmodSync(path, 0o600);
  return { path, name, bytes: statSync(path).size } satisfies Backup;
}

/** "1,4 MB" / "1.4 MB": a size as people read it, in their language. */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 });
  return `${number.format(value)} ${units[unit]}`;
}
