import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.js';
import { createTeamsDoor } from '../../../src/doors/teams/create-teams-door.js';
import { testApp } from '../../helpers/test-store.js';
import { startTeamsDoor, type TeamsDoorHarness } from './teams-harness.js';

const credentials = {
  clientId: '5f3c9e1a-7b2d-4c6e-9f8a-1b2c3d4e5f60',
  clientSecret: 'not-a-real-secret',
  tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
};

describe('Teams door: security and lifecycle', () => {
  let teams: TeamsDoorHarness | undefined;
  afterEach(async () => {
    await teams?.close();
    teams = undefined;
  });

  it('with credentials, refuses requests without a valid token and touches nothing', async () => {
    teams = await startTeamsDoor({ door: { ...credentials, anonymous: false } });
    const message = teams.activity('message-personal', { text: 'anmäl' });

    const missing = await teams.post(message);
    // A garbage token fails before any key is fetched; a well-formed JWT would go online.
    const garbage = await teams.post(message, { authorization: 'Bearer not-a-jwt' });

    expect(missing.status).toBe(401);
    expect(garbage.status).toBe(401);
    expect(teams.connector.activities).toHaveLength(0);
    expect(teams.connector.memberLookups).toHaveLength(0);
    expect(teams.app.db.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 0 });
    expect(teams.app.db.prepare('SELECT count(*) AS n FROM conversations').get()).toEqual({ n: 0 });
    expect(teams.logger.lines.some((l) => /ANONYMOUS/.test(l.message))).toBe(false);
  });

  it('validates tokens whenever credentials are set, even if anonymous is asked for', async () => {
    teams = await startTeamsDoor({ door: { ...credentials, anonymous: true } });
    expect((await teams.post(teams.activity('message-personal'))).status).toBe(401);
    expect(teams.logger.lines.some((l) => /anonymous mode is ignored/.test(l.message))).toBe(true);
  });

  it('warns when credentials are set but no public URL for file links', async () => {
    teams = await startTeamsDoor({ door: { ...credentials, anonymous: false } });
    expect(teams.logger.lines.some((l) => /Set PUBLIC_URL/.test(l.message))).toBe(true);
    await teams.close();
    teams = await startTeamsDoor({
      door: { ...credentials, anonymous: false },
      publicUrl: 'https://forumbot.example.se',
    });
    expect(teams.logger.lines.some((l) => /PUBLIC_URL/.test(l.message))).toBe(false);
  });

  it('warns loudly at start in anonymous mode', async () => {
    teams = await startTeamsDoor();
    const warning = teams.logger.lines.find(
      (l) => l.level === 'warn' && /ANONYMOUS/.test(l.message),
    );
    expect(warning?.message).toMatch(/anyone who can reach \/api\/messages/);
  });

  it('refuses to start without credentials unless told to run anonymously', () => {
    const app = testApp({ seed: false });
    const deps = {
      dispatcher: app.dispatcher,
      store: app.store,
      logger: silentLogger,
      defaultLocale: 'sv' as const,
    };
    try {
      expect(() => createTeamsDoor(deps, { port: 0, anonymous: false })).toThrow(
        /client id and client secret/,
      );
      expect(() => createTeamsDoor(deps, { port: 0, anonymous: false, clientId: 'x' })).toThrow(
        /both/,
      );
    } finally {
      app.close();
    }
  });

  it('start() rejects when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    const app = testApp({ seed: false });
    const door = createTeamsDoor(
      { dispatcher: app.dispatcher, store: app.store, logger: silentLogger, defaultLocale: 'sv' },
      { port, host: '127.0.0.1', anonymous: true },
    );
    try {
      await expect(door.start()).rejects.toThrow(/cannot listen on port \d+: .*EADDRINUSE/);
      expect(door.address()).toBeUndefined();
    } finally {
      await door.stop();
      await new Promise((resolve) => blocker.close(resolve));
      app.close();
    }
  });

  it('answers malformed requests with JSON errors', async () => {
    teams = await startTeamsDoor();
    const notJson = await fetch(teams.url, { method: 'POST', body: '{"type":' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ error: 'invalid JSON' });
    expect((await fetch(teams.url)).status).toBe(405);
    expect((await fetch(teams.url.replace('/api/messages', '/elsewhere'))).status).toBe(404);
    const huge = await fetch(teams.url, {
      method: 'POST',
      body: JSON.stringify({ text: 'x'.repeat(300_000) }),
    });
    expect(huge.status).toBe(413);
  });

  it('stops listening on stop()', async () => {
    teams = await startTeamsDoor();
    const url = teams.url;
    await teams.door.stop();
    await expect(fetch(url, { method: 'POST', body: '{}' })).rejects.toThrow();
  });
});
