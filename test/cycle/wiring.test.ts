import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { cycleJobs } from '../../src/core/cycle/capability.js';
import { allJobs } from '../../src/core/jobs.js';
import { fixedClock } from '../../src/core/time/clock.js';
import { createBot } from '../../src/create-bot.js';
import { memoryLogger } from '../helpers/memory-logger.js';
import { demoForumPath, testNow } from '../helpers/test-store.js';
import { shippedCycle } from './cycle-harness.js';

describe('the annual cycle in the configuration and the wiring', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('reads its settings, with defaults, and refuses bad ones by name', () => {
    const defaults = loadConfig({});
    expect(defaults.cycle).toEqual({
      file: 'data/arshjul.json',
      catchUpHours: 72,
      feed: { port: 3100, host: '127.0.0.1' },
      feedBaseUrl: 'http://localhost:3100',
    });
    const teams = loadConfig({
      TEAMS_ANONYMOUS: 'true',
      PUBLIC_URL: 'https://forumbot.example.se/',
      CYCLE_CATCH_UP_HOURS: '24',
      FEED_PORT: '8080',
    });
    expect(teams.cycle).toEqual({
      file: 'data/arshjul.json',
      catchUpHours: 24,
      feed: { port: 8080 },
      feedBaseUrl: 'https://forumbot.example.se',
    });
    expect(
      loadConfig({ FEED_URL: 'https://kalender.example.se', FEED_HOST: '0.0.0.0' }).cycle,
    ).toMatchObject({ feedBaseUrl: 'https://kalender.example.se', feed: { host: '0.0.0.0' } });
    expect(() => loadConfig({ CYCLE_CATCH_UP_HOURS: 'tre' })).toThrow(/CYCLE_CATCH_UP_HOURS/);
    expect(() => loadConfig({ FEED_PORT: '70000' })).toThrow(/FEED_PORT: must be 0–65535/);
  });

  it('registers the nudge job with the scheduler', () => {
    expect(cycleJobs.map((j) => j.name)).toEqual(['cycle.nudges']);
    expect(allJobs).toEqual(expect.arrayContaining([...cycleJobs]));
  });

  it('seeds the cycle at start, serves the feed, and stops cleanly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forumbot-cycle-bot-'));
    dirs.push(dir);
    const config = loadConfig({
      DATABASE_PATH: join(dir, 'bot.db'),
      DEMO_FORUM: demoForumPath,
      CYCLE_FILE: shippedCycle,
      FEED_PORT: '0',
      SHELL_USER: 'eva',
    });
    const logger = memoryLogger();
    const input = new PassThrough();
    const output = new Writable({ write: (_c, _e, done) => done() });
    const bot = await createBot(config, {
      logger,
      clock: fixedClock(testNow),
      shell: { input, output, onClose: () => {} },
    });
    try {
      expect(bot.store.cycle.items()).toHaveLength(18);
      expect(logger.lines.map((l) => l.message)).toContain('loaded the annual cycle');
      await bot.start();
      const { context } = await logger.logged('calendar feed listening');
      const token = bot.store.cycle.settings()?.feedToken;
      const res = await fetch(`http://127.0.0.1:${context?.port}/cycle/${token}.ics`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('SUMMARY:Rapportering till Tillväxtverket');
      // The first tick ran at start: the cycle knows where it left off.
      expect(bot.store.cycle.settings()?.checkedUntil).toBe(testNow.replace('Z', '.000Z'));
    } finally {
      input.end();
      await bot.stop();
    }
  });
});
