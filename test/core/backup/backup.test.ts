import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName } from '../../../src/core/backup/backup-file-name.js';
import { formatBytes, makeBackup } from '../../../src/core/backup/make-backup.js';
import type { Actor, Reply } from '../../../src/core/chat.js';
import { translator } from '../../../src/core/i18n/translate.js';
import { decodeOutgoing } from '../../../src/core/outbox/outgoing-message.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createStore } from '../../../src/store/store.js';
import { testApp } from '../../helpers/test-store.js';

const root = new URL('../../../', import.meta.url).pathname;
const sv = translator('sv');
const admin: Actor = {
  platform: 'slack',
  userId: 'U-ADMIN',
  email: 'admin@regionorebrolan.se',
  locale: 'sv',
};
const participant: Actor = { platform: 'slack', userId: 'U-P1', locale: 'sv' };
const textOf = (reply: Reply) =>
  reply.kind === 'message'
    ? reply.view.blocks.flatMap((b) => ('text' in b ? [b.text] : [])).join('\n')
    : '';

/** Another process signing people up on the same file, as fast as it can. */
function signUpWorker(path: string, count: number) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/helpers/sign-up-worker.ts', path, '1', String(count)],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let lines = 0;
  let firstLine: () => void = () => {};
  const started = new Promise<void>((resolve) => {
    firstLine = resolve;
  });
  child.stdout.on('data', (d: Buffer) => {
    lines += d.toString().split('\n').length - 1;
    if (lines > 0) firstLine();
  });
  const done = new Promise<void>((resolve, reject) =>
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`exited ${code}`)))),
  );
  return { started, done };
}

/** A backup opened as the database it would be restored as: checked, then read. */
function restore(path: string) {
  const copy = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return {
      integrity: copy.pragma('integrity_check', { simple: true }),
      users: (
        copy
          .prepare(
            `SELECT i.user_id AS user FROM registrations r
             JOIN identities i ON i.person_id = r.person_id ORDER BY i.user_id`,
          )
          .all() as { user: string }[]
      ).map((r) => r.user),
    };
  } finally {
    copy.close();
  }
}

describe('backups of the running database', () => {
  let app: ReturnType<typeof testApp>;
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'forumbot-backups-'));
    app = testApp({ settings: { admins: [admin.email as string], backupDir: join(dir, 'b') } });
  });
  afterEach(() => {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an admin writes säkerhetskopia: "Säkerhetskopierar…", then the file name and size; the copy restores', async () => {
    await app.dispatcher.run(participant, 'forum.signup.submit', {
      forum: String(app.demoForum().id),
      organisation: 'Kumla kommun',
      roleTitle: 'Handläggare',
      invoiceReference: 'K-1',
    });
    const answer = await app.dispatcher.runText(admin, 'säkerhetskopia');
    expect(textOf(answer)).toBe(sv('backup.started'));
    expect(answer.outcome).toBeUndefined();
    await app.dispatcher.settled();

    const [name] = readdirSync(join(dir, 'b'));
    expect(name).toBe(backupFileName(app.clock.now()));
    const path = join(dir, 'b', name as string);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'b')).mode & 0o777).toBe(0o700);

    const [told] = app.store.outbox.listByPrefix('backup:');
    expect(told?.purpose).toBe('backup');
    expect(told?.person_id).toBe(app.store.people.findByIdentity('slack', 'U-ADMIN')?.id);
    const said = decodeOutgoing(told?.message as string).view.blocks.map((b) =>
      'text' in b ? b.text : '',
    );
    expect(said).toEqual([
      sv('backup.done.title'),
      sv('backup.done', { name: name as string, size: formatBytes(statSync(path).size, 'sv') }),
    ]);
    expect(said.join()).not.toContain(dir);

    // Restored: the backup opens as the bot's database, and the sign-up is in it.
    expect(restore(path)).toEqual({ integrity: 'ok', users: ['U-P1'] });
    const restored = createStore(openDatabase(path));
    try {
      const forum = restored.forums.listUpcoming(app.clock.now().toISOString())[0];
      expect(forum?.title).toBe(app.demoForum().title);
      expect(restored.registrations.countActive(forum?.id as number)).toBe(1);
    } finally {
      restored.db.close();
    }
  });

  it('is for admins only, in both languages', async () => {
    const refused = await app.dispatcher.runText(participant, 'backup');
    expect(refused.outcome).toBe('refused');
    expect(textOf(refused)).toBe(sv('error.notAllowed'));
    const english = await app.dispatcher.runText({ ...admin, locale: 'en' }, 'backup');
    expect(textOf(english)).toBe(translator('en')('backup.started'));
    await app.dispatcher.settled();
    expect(readdirSync(join(dir, 'b'))).toHaveLength(1);
  });

  it('says it failed, without the reason, when the folder cannot be made', async () => {
    writeFileSync(join(dir, 'b'), 'a file where the folder should be');
    await app.dispatcher.run(admin, 'backup.make', {});
    await app.dispatcher.settled();
    const [told] = app.store.outbox.listByPrefix('backup:');
    const said = decodeOutgoing(told?.message as string).view.blocks.map((b) =>
      'text' in b ? b.text : '',
    );
    expect(said).toEqual([sv('backup.failed')]);
  });

  it('copies one consistent moment while another process keeps signing people up', async () => {
    const writer = signUpWorker(app.path, 150);
    let finished = false;
    void writer.done.then(() => {
      finished = true;
    });
    await writer.started;
    const made: { path: string; before: number }[] = [];
    let n = 0;
    // Back up again and again while the writes go on, and once after they have ended.
    for (let last = false; !last; ) {
      last = finished;
      const before = app.store.registrations.countActive(app.demoForum().id);
      const backup = await makeBackup(
        app.store,
        join(dir, 'b'),
        new Date(Date.UTC(2027, 0, 1, 0, 0, n++)),
      );
      made.push({ path: backup.path, before });
    }
    await writer.done;
    const live = restore(app.path).users;
    expect(live).toHaveLength(150);
    for (const { path, before } of made) {
      const copy = restore(path);
      expect(copy.integrity).toBe('ok');
      // Everything committed before the backup began is in it, and nothing that never was.
      expect(copy.users.length).toBeGreaterThanOrEqual(before);
      expect(copy.users.every((u) => live.includes(u))).toBe(true);
    }
    expect(restore(made.at(-1)?.path as string).users).toEqual(live);
    expect(made.length).toBeGreaterThan(1);
  }, 60_000);
});
