import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../../src/core/i18n/translate.js';
import { type FakeConnector, startFakeConnector } from '../helpers/fake-connector.js';
import { type BotProcess, type Json, refuses, startBot, teamsFixture } from './bot-process.js';

const sv = translator('sv');
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A POST whose body is sent in two parts: until `finish` is called, the request is in the
 * server's hands (headers read, body coming), as a slow client's or a large upload's is.
 */
function slowPost(port: number, body: string) {
  const bytes = Buffer.from(body);
  const half = Math.floor(bytes.length / 2);
  let finish: () => void = () => {};
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/messages',
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': bytes.length,
          connection: 'close',
        },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => {
          text += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.flushHeaders();
    req.write(bytes.subarray(0, half));
    finish = () => req.end(bytes.subarray(half));
  });
  return { answer, finish: () => finish() };
}

describe('SIGTERM', () => {
  let dir: string;
  let connector: FakeConnector | undefined;
  let bot: BotProcess | undefined;
  afterEach(async () => {
    if (bot && bot.child.exitCode === null && bot.child.signalCode === null) {
      await bot.kill('SIGKILL');
    }
    await connector?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('drains the request in flight (answered, written), refuses new connections, exits 0 with the database closed cleanly', async () => {
    dir = mkdtempSync(join(tmpdir(), 'forumbot-sigterm-'));
    const path = join(dir, 'bot.db');
    connector = await startFakeConnector();
    bot = startBot({ DATABASE_PATH: path });
    const ports = await bot.ready();

    const peek = new Database(path, { readonly: true });
    const forum = peek.prepare('SELECT id, title FROM forums').get() as {
      id: number;
      title: string;
    };
    peek.close();

    // A sign-up form submitted from Teams (Action.Execute), its body still on its way.
    const invoke: Json = {
      ...teamsFixture('action-execute-invoke'),
      serviceUrl: connector.serviceUrl,
    };
    invoke.from = { id: '29:1SlowClientId', name: 'Sara Sakta', aadObjectId: 'aad-slow-client' };
    invoke.value.action.data.forumbot.a.forum = String(forum.id);
    const inFlight = slowPost(ports.teams, JSON.stringify(invoke));
    // Let the server read the headers: a request under way, not an idle connection.
    for (let i = 0; i < 3; i++) {
      expect((await fetch(`http://127.0.0.1:${ports.feed}/healthz`)).status).toBe(200);
      await pause(100);
    }

    bot.child.kill('SIGTERM');
    await bot.waitForLog((e) => e.msg === 'stopping' && e.reason === 'SIGTERM');
    // New connections are refused while the one in hand is still being served.
    let refused = false;
    for (let i = 0; i < 300 && !refused; i++) {
      refused = await refuses(ports.teams);
      if (!refused) await pause(100);
    }
    expect(refused).toBe(true);
    expect(bot.child.exitCode).toBeNull();

    inFlight.finish();
    const answer = await inFlight.answer;
    expect(answer.status).toBe(200);
    const card = JSON.parse(answer.body) as Json;
    expect(card.statusCode).toBe(200);
    expect(JSON.stringify(card.value)).toContain(sv('signup.done', { forum: forum.title }));

    expect(await bot.exited).toEqual({ code: 0, signal: null });
    expect(bot.lines.some((e) => e.msg === 'stopped')).toBe(true);
    expect(bot.lines.filter((e) => e.level === 'error')).toEqual([]);

    // Closed cleanly: the WAL was checkpointed into the file (and removed), and the file
    // opens on its own with the sign-up in it.
    const wal = `${path}-wal`;
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(
        db
          .prepare(
            `SELECT r.status FROM registrations r JOIN identities i ON i.person_id = r.person_id
             WHERE i.platform = 'teams' AND i.user_id = 'aad-slow-client'`,
          )
          .all(),
      ).toEqual([{ status: 'registered' }]);
    } finally {
      db.close();
    }
  }, 120_000);
});
