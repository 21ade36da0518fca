import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/core/backup/make-backup.js';
import { backupTool } from '../../src/tools/backup.js';
import { testApp } from '../helpers/test-store.js';

describe('npm run backup', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('copies DATABASE_PATH into BACKUP_DIR while the bot has it open, and prints where', async () => {
    dir = mkdtempSync(join(tmpdir(), 'forumbot-backup-tool-'));
    const app = testApp();
    try {
      const out: string[] = [];
      const backups = join(dir, 'backups');
      const code = await backupTool({
        env: { DATABASE_PATH: app.path, BACKUP_DIR: backups },
        now: new Date('2027-01-31T08:00:00.123Z'),
        out: (l) => out.push(l),
        err: (l) => out.push(l),
      });
      expect(code).toBe(0);
      const path = join(backups, 'forumbot-2027-01-31T08-00-00Z.db');
      expect(readdirSync(backups)).toEqual(['forumbot-2027-01-31T08-00-00Z.db']);
      expect(out).toEqual([`${path} (${formatBytes(statSync(path).size, 'en')})`]);
      const copy = new Database(path, { readonly: true });
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.prepare('SELECT title FROM forums').all()).toEqual([
        { title: app.demoForum().title },
      ]);
      copy.close();
    } finally {
      app.close();
    }
  });

  it('refuses, creating nothing, when there is no database to copy', async () => {
    dir = mkdtempSync(join(tmpdir(), 'forumbot-backup-tool-'));
    const err: string[] = [];
    const code = await backupTool({
      env: { DATABASE_PATH: join(dir, 'none.db'), BACKUP_DIR: join(dir, 'backups') },
      out: () => {},
      err: (l) => err.push(l),
    });
    expect(code).toBe(66);
    expect(err[0]).toContain('DATABASE_PATH');
    expect(readdirSync(dir)).toEqual([]);
  });
});
