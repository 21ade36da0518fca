import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeConnector, startFakeConnector } from './helpers/fake-connector.js';

const root = new URL('../', import.meta.url).pathname;

/** Resolves with the first stderr JSON line for which `match` is true. */
function waitForLog(
  child: ReturnType<typeof spawn>,
  match: (entry: Record<string, unknown>) => boolean,
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stderr?.on('data', (chunk) => {
      buffer += chunk;
      for (const line of buffer.split('\n').slice(0, -1)) {
        // Our logger writes JSON; anything else on stderr is not what we wait for.
        const entry = line.startsWith('{') ? (JSON.parse(line) as Record<string, unknown>) : {};
        if (match(entry)) resolve(entry);
      }
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
    });
    child.on('exit', (code) => reject(new Error(`exited ${code} before the log line`)));
  });
}

describe('npm start with the Teams door configured', () => {
  let dir: string;
  let connector: FakeConnector | undefined;
  afterEach(async () => {
    await connector?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('wires config, database and door, answers an activity, and stops cleanly on SIGTERM', async () => {
    dir = mkdtempSync(join(tmpdir(), 'forumbot-main-'));
    connector = await startFakeConnector();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        DATABASE_PATH: join(dir, 'bot.db'),
        TEAMS_ANONYMOUS: 'true',
        PORT_TEAMS: '0',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const listening = waitForLog(child, (e) => e.msg === 'teams door listening');
    const ready = waitForLog(child, (e) => e.msg === 'forumbot is ready');
    const { port } = (await listening) as { port: number };
    expect(await ready).toMatchObject({ doors: ['teams'] });

    const activity = JSON.parse(
      readFileSync(join(root, 'test/fixtures/teams/message-personal.json'), 'utf8'),
    );
    const res = await fetch(`http://127.0.0.1:${port}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...activity, text: 'forum', serviceUrl: connector.serviceUrl }),
    });
    expect(res.status).toBe(200);
    const [sent] = await connector.waitForActivities(1);
    expect(JSON.stringify(sent?.body)).toContain('Framtidsforum 2027');

    const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  }, 30_000);
});
