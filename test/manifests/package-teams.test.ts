import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { packageTeams, TeamsPackageError } from '../../src/tools/package-teams.js';
import { uuidV5 } from '../../src/tools/uuid-v5.js';
import { readZip } from './read-zip.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const APP_ID = '2f4c8a52-7d1e-4b0a-9c3e-1a2b3c4d5e6f';
const BOT_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const hasUnzip = spawnSync('unzip', ['-v']).status === 0;

const temps: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'forumbot-teams-'));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('packageTeams', () => {
  it('zips the filled-in manifest, icons and English strings at the root', async () => {
    const outDir = tempDir();
    const result = await packageTeams({ env: { TEAMS_APP_ID: APP_ID, BOT_ID }, outDir });

    expect(result).toMatchObject({ appId: APP_ID, appIdDerived: false, botId: BOT_ID });
    expect(result.zipPath).toBe(path.join(outDir, 'forumbot.zip'));
    const files = readZip(readFileSync(result.zipPath));
    expect(files.map((f) => f.name)).toEqual([
      'manifest.json',
      'color.png',
      'outline.png',
      'en-us.json',
    ]);

    const manifest = JSON.parse(files[0]!.data.toString('utf8'));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(files[0]!.data.toString('utf8')).not.toContain('${{');
    // The icons go in byte for byte.
    const color = readFileSync(path.join(repo, 'manifests/teams/color.png'));
    expect(files[1]!.data.equals(color)).toBe(true);
  });

  it.skipIf(!hasUnzip)('writes a zip that unzip lists and tests cleanly', async () => {
    const { zipPath } = await packageTeams({
      env: { TEAMS_APP_ID: APP_ID, BOT_ID },
      outDir: tempDir(),
    });
    const listing = execFileSync('unzip', ['-l', zipPath], { encoding: 'utf8' });
    for (const name of ['manifest.json', 'color.png', 'outline.png', 'en-us.json']) {
      expect(listing).toMatch(new RegExp(`\\s${name.replace('.', '\\.')}\\n`));
    }
    expect(listing).toMatch(/\s4 files/);
    expect(execFileSync('unzip', ['-t', zipPath], { encoding: 'utf8' })).toMatch(
      /No errors detected/,
    );
  });

  it('falls back to CLIENT_ID and derives the same app id on every build', async () => {
    const first = await packageTeams({ env: { CLIENT_ID: BOT_ID }, outDir: tempDir() });
    const second = await packageTeams({
      env: { CLIENT_ID: BOT_ID.toUpperCase() },
      outDir: tempDir(),
    });
    expect(first.botId).toBe(BOT_ID);
    expect(first.appIdDerived).toBe(true);
    expect(first.appId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(second.appId).toBe(first.appId);
    expect(first.appId).not.toBe(BOT_ID);
  });

  it('refuses to build without a bot id, or with ids that are not GUIDs', async () => {
    const outDir = tempDir();
    await expect(packageTeams({ env: {}, outDir })).rejects.toThrow(/Set BOT_ID or CLIENT_ID/);
    await expect(packageTeams({ env: { BOT_ID: 'forumbot' }, outDir })).rejects.toThrow(
      /not a GUID/,
    );
    await expect(packageTeams({ env: { BOT_ID, TEAMS_APP_ID: '42' }, outDir })).rejects.toThrow(
      /TEAMS_APP_ID "42" is not a GUID/,
    );
  });

  it('reports each schema problem and writes nothing', async () => {
    const sourceDir = tempDir();
    cpSync(path.join(repo, 'manifests/teams'), sourceDir, {
      recursive: true,
      filter: (f) => !f.includes('build'),
    });
    const manifest = JSON.parse(readFileSync(path.join(sourceDir, 'manifest.json'), 'utf8'));
    manifest.name.short = 'forumbot för alla forum i hela Örebro län'; // over 30 characters
    manifest.bots[0].scopes = ['personal', 'everyone'];
    writeFileSync(path.join(sourceDir, 'manifest.json'), JSON.stringify(manifest));
    writeFileSync(path.join(sourceDir, 'en-us.json'), '{ "name.short": ');
    const outDir = path.join(sourceDir, 'out');

    const error = await packageTeams({ env: { BOT_ID }, sourceDir, outDir }).catch((e) => e);
    expect(error).toBeInstanceOf(TeamsPackageError);
    expect(error.message).toMatch(/not valid \(schema v1\.30\)/);
    expect(error.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^manifest\.json \/name\/short must NOT have more than 30 characters/,
        ),
        expect.stringMatching(/^manifest\.json \/bots\/0\/scopes\/1 must be equal to one of/),
        expect.stringMatching(/^en-us\.json is not valid JSON/),
      ]),
    );
    expect(() => readFileSync(path.join(outDir, 'forumbot.zip'))).toThrow();
  });

  it('as a CLI, exits non-zero with a clear message', () => {
    const tsx = path.join(repo, 'node_modules/.bin/tsx');
    const run = spawnSync(tsx, [path.join(repo, 'src/tools/package-teams.ts')], {
      cwd: tempDir(), // no .env here, so nothing is loaded from a developer's real one
      env: { PATH: process.env.PATH },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Set BOT_ID or CLIENT_ID/);
  });
});

describe('uuidV5', () => {
  it('matches the RFC example (DNS namespace, www.example.com)', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });
});
