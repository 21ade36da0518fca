/**
 * The two servers every pair compares, each a child process of its own: the real bot
 * (src/main.ts with the Slack HTTP door and the anonymous Teams door, a real SQLite file) and
 * the floor apps (floor-all.ts). The fake Slack Web API and the fake Bot Connector run in the
 * runner's process, so their work is not counted in either server's process.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allCommands } from '../../src/core/commands.js';
import { createDispatcher } from '../../src/core/dispatcher.js';
import { seedDemoForum } from '../../src/core/forum/seed-demo-forum.js';
import { silentLogger } from '../../src/core/logger.js';
import { systemClock } from '../../src/core/time/clock.js';
import { openDatabase } from '../../src/store/open-database.js';
import { createStore } from '../../src/store/store.js';
import { type FakeMember, startFakeConnector } from '../helpers/fake-connector.js';
import { type FakeSlackUser, startFakeSlackApi } from '../helpers/fake-slack-api.js';

export const signingSecret = 'bench-signing-secret';
const botToken = 'xoxb-bench-token';
const repo = new URL('../../', import.meta.url).pathname;
const tsx = import.meta.resolve('tsx');
const timeZone = 'Europe/Stockholm';

/** The fixed set of people the load comes from (see the README: Performance). */
export const peopleCount = 300;
export const slackUserId = (i: number) => `U${1000 + i}`;
export const teamsUserId = (i: number) => `29:bench-user-${1000 + i}`;
const emailOf = (i: number) => `person${1000 + i}@bench.example`;

/** A port nobody listens on now (the child binds it a moment later). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * A database with the demo forum (seats for everyone, registration open, moved on by the
 * seeder if its dates have passed) and all `peopleCount` people already registered through
 * the core, so each sign-up submitted later is a change of an existing registration (one
 * UPDATE), never a growing table or a waitlist.
 */
async function seedDatabase(dir: string) {
  const forumPath = join(dir, 'forum.json');
  const demo = JSON.parse(readFileSync(join(repo, 'data/framtidsforum-demo.json'), 'utf8'));
  writeFileSync(forumPath, JSON.stringify({ ...demo, capacity: peopleCount + 100 }));
  const path = join(dir, 'forumbot.db');
  const db = openDatabase(path);
  const store = createStore(db);
  seedDemoForum(store, forumPath, systemClock.now(), timeZone);
  const forum = store.forums.listUpcoming(systemClock.now().toISOString())[0];
  if (!forum) throw new Error('bench: the demo forum was not seeded');
  const dispatcher = createDispatcher({
    store,
    clock: systemClock,
    timeZone,
    logger: silentLogger,
    commands: allCommands,
  });
  const forumId = String(forum.id);
  for (let i = 0; i < peopleCount; i++) {
    const actor = {
      platform: 'slack' as const,
      userId: slackUserId(i),
      locale: 'sv' as const,
      displayName: `Person ${i}`,
      email: emailOf(i),
    };
    await dispatcher.run(actor, 'forum.signup.submit', { ...signupAnswers, forum: forumId });
  }
  const { n } = db.prepare('SELECT count(*) AS n FROM registrations').get() as { n: number };
  db.close();
  if (n !== peopleCount) throw new Error(`bench: ${n} of ${peopleCount} people registered`);
  return { path, forumPath, forumId };
}

/** What each person answers in the sign-up form (the same as test/doors/slack `filledIn`). */
export const signupAnswers = {
  organisation: 'Kumla kommun',
  roleTitle: 'Kommundirektör',
  lunchDay1: true,
  dinnerDay1: true,
  overnight: true,
  breakfastDay2: false,
  lunchDay2: true,
  diet: 'Vegetarisk',
  invoiceReference: 'KK-123',
};

export interface ServerProcess {
  child: ChildProcess;
  /** Milliseconds from spawn to the ready line. */
  startMs: number;
  /** Resident set now, and its peak so far (VmHWM), in MB. */
  rssMb(): { now: number; peak: number };
  /** Warnings and errors the process logged (JSON lines at warn/error, or anything else). */
  troubles: string[];
  stop(): Promise<void>;
}

/** Spawns `node --import tsx <script>` and resolves when a stderr line contains `ready`. */
export async function spawnServer(
  script: string,
  env: Record<string, string>,
  ready: string,
  cwd: string,
): Promise<ServerProcess> {
  const started = performance.now();
  // BENCH_PROFILE=<dir> writes a CPU profile of each server (node --cpu-prof) on exit.
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`]
    : [];
  const child = spawn(process.execPath, [...profile, '--import', tsx, script], {
    cwd,
    // Only what we set: a developer's CLIENT_ID or SLACK_APP_TOKEN must not change the doors.
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const troubles: string[] = [];
  let buffered = '';
  let startMs = 0;
  const readyLine = new Promise<void>((resolve, reject) => {
    child.on('exit', (code) =>
      reject(new Error(`${script} exited (${code}): ${troubles.join('\n')}`)),
    );
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (!startMs && line.includes(ready)) {
          startMs = performance.now() - started;
          resolve();
        }
        // The bot's expected notes at start are info; the anonymous door's warning is expected.
        if (/"level":"(info|debug)"/.test(line) || /is ANONYMOUS|dangerouslyAllowUnauth/.test(line))
          continue;
        if (line.includes(ready)) continue;
        if (troubles.length < 20) troubles.push(line.slice(0, 300));
      }
    });
  });
  await readyLine;
  child.removeAllListeners('exit');
  const status = (field: string) => {
    const text = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(text)?.[1] ?? Number.NaN);
    return kb / 1024;
  };
  return {
    child,
    startMs,
    rssMb: () => ({ now: status('VmRSS'), peak: status('VmHWM') }),
    troubles,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The database, the fakes, and how to start the bot and the floor against them. */
export async function prepareBench() {
  // BENCH_TMPDIR=/dev/shm puts the database on tmpfs: what the doors cost when a commit's
  // flush to disk costs nothing (to tell the disk's share from the code's).
  const dir = mkdtempSync(join(process.env.BENCH_TMPDIR ?? tmpdir(), 'forumbot-bench-'));
  const seeded = await seedDatabase(dir);
  const slackUsers: Record<string, FakeSlackUser> = {};
  const teamsMembers: Record<string, FakeMember> = {};
  for (let i = 0; i < peopleCount; i++) {
    slackUsers[slackUserId(i)] = { realName: `Person ${i}`, email: emailOf(i), locale: 'sv-SE' };
    teamsMembers[teamsUserId(i)] = { name: `Person ${i}`, email: emailOf(i) };
  }
  const slackApi = await startFakeSlackApi(slackUsers);
  const connector = await startFakeConnector({ members: teamsMembers });
  const ports = {
    slack: await freePort(),
    teams: await freePort(),
    feed: await freePort(),
    floorSlack: await freePort(),
    floorTeams: await freePort(),
  };
  const shared = {
    SLACK_BOT_TOKEN: botToken,
    SLACK_SIGNING_SECRET: signingSecret,
    SLACK_API_URL: slackApi.apiUrl,
  };
  const botEnv = {
    ...shared,
    DATABASE_PATH: seeded.path,
    DEMO_FORUM: seeded.forumPath,
    CYCLE_FILE: join(repo, 'data/arshjul.json'),
    EXPORT_DIR: join(dir, 'exports'),
    PORT: String(ports.slack),
    TEAMS_ANONYMOUS: 'true',
    PORT_TEAMS: String(ports.teams),
    FEED_PORT: String(ports.feed),
    FEED_HOST: '127.0.0.1',
  };
  const floorEnv = {
    ...shared,
    FLOOR_SLACK_PORT: String(ports.floorSlack),
    FLOOR_TEAMS_PORT: String(ports.floorTeams),
    FLOOR_MODAL_FILE: join(dir, 'modal.json'),
    FLOOR_CARD_FILE: join(dir, 'card.json'),
  };
  // The working directory is the bench's own, so a developer's .env is not read.
  const main = join(repo, 'src/main.ts');
  const floorAll = join(repo, 'test/bench/floor-all.ts');
  return {
    dir,
    /** What the floor's "same job" sides answer with, captured from the bot (see the pairs). */
    modalFile: floorEnv.FLOOR_MODAL_FILE,
    cardFile: floorEnv.FLOOR_CARD_FILE,
    forumId: seeded.forumId,
    slackApi,
    connector,
    urls: {
      oursSlack: `http://127.0.0.1:${ports.slack}/slack/events`,
      floorSlack: `http://127.0.0.1:${ports.floorSlack}/slack/events`,
      oursTeams: `http://127.0.0.1:${ports.teams}/api/messages`,
      floorTeams: `http://127.0.0.1:${ports.floorTeams}/api/messages`,
    },
    startOurs: () => spawnServer(main, botEnv, 'forumbot is ready', dir),
    startFloor: () => spawnServer(floorAll, floorEnv, 'floor is ready', dir),
    async close() {
      await slackApi.close();
      await connector.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type Bench = Awaited<ReturnType<typeof prepareBench>>;
