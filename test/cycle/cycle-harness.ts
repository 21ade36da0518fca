import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor, Address } from '../../src/core/chat.js';
import { allCommands } from '../../src/core/commands.js';
import { cycleJobs } from '../../src/core/cycle/capability.js';
import { startCycle } from '../../src/core/cycle/start-cycle.js';
import { createDispatcher } from '../../src/core/dispatcher.js';
import { silentLogger } from '../../src/core/logger.js';
import { createCourier } from '../../src/core/outbox/create-courier.js';
import { createScheduler } from '../../src/core/schedule/create-scheduler.js';
import { defaultSettings } from '../../src/core/settings.js';
import { fixedClock } from '../../src/core/time/clock.js';
import { localInstant } from '../../src/core/time/zoned-date.js';
import { openDatabase } from '../../src/store/open-database.js';
import { createStore, type Store } from '../../src/store/store.js';
import { cycleOutlet } from './cycle-outlet.js';

export const timeZone = 'Europe/Stockholm';
export const shippedCycle = new URL('../../data/arshjul.json', import.meta.url).pathname;

/** A cycle file with these items (and the file's defaults otherwise). */
export const cycleFile = (items: unknown[], settings: Record<string, unknown> = {}) => ({
  version: 1,
  timeZone,
  ...settings,
  items,
});

/** The instant a Stockholm wall-clock time names: `local('2027-03-29', '09:00')`. */
export const local = (date: string, time: string) => localInstant(date, time, timeZone);

/**
 * One bot process as far as the cycle goes: a real SQLite file, the cycle seeded from a file
 * as at start, the scheduler with the cycle's real jobs, the real courier delivering through
 * a memory outlet, and the dispatcher with every command. `restart()` is a new process on
 * the same file (the outlet keeps counting); `second()` is another process beside it.
 */
export function cycleHarness(options: {
  /** A cycle file's content, or the path of one (default: the shipped cycle). */
  cycle?: object | string;
  start: string;
  catchUpHours?: number;
}) {
  const dir = mkdtempSync(join(tmpdir(), 'forumbot-cycle-'));
  const path = join(dir, 'forumbot.db');
  const file =
    typeof options.cycle === 'string' || options.cycle === undefined
      ? (options.cycle ?? shippedCycle)
      : join(dir, 'arshjul.json');
  if (typeof options.cycle === 'object') writeFileSync(file, JSON.stringify(options.cycle));
  const clock = fixedClock(options.start);
  const outlet = cycleOutlet(clock);
  const stores: Store[] = [];

  function bootProcess() {
    const store = createStore(openDatabase(path));
    const start = startCycle(
      store,
      { file, catchUpHours: options.catchUpHours ?? 72 },
      clock.now(),
    );
    const courier = createCourier({
      store,
      outlets: [outlet.outlet],
      clock,
      logger: silentLogger,
      sleep: async () => {},
    });
    const scheduler = createScheduler({
      store,
      clock,
      timeZone,
      settings: defaultSettings,
      logger: silentLogger,
      jobs: cycleJobs,
    });
    const dispatcher = createDispatcher({
      store,
      clock,
      timeZone,
      logger: silentLogger,
      commands: allCommands,
      settings: defaultSettings,
    });
    const proc = {
      store,
      start,
      courier,
      scheduler,
      dispatcher,
      /** A tick of this process at the clock's time, then its courier's round. */
      async tick() {
        await scheduler.tick();
        await courier.drain();
      },
      close: () => store.db.close(),
    };
    stores.push(store);
    return proc;
  }

  let current = bootProcess();
  return {
    path,
    file,
    clock,
    outlet,
    get store() {
      return current.store;
    },
    get dispatcher() {
      return current.dispatcher;
    },
    get started() {
      return current.start;
    },
    /** Moves the clock and ticks, as node-cron's minute would. */
    async at(instant: Date | string) {
      clock.set(instant);
      await current.tick();
    },
    /** The bot stops and starts again on the same database (the clock moves on meanwhile). */
    restart() {
      current.close();
      current = bootProcess();
      return current;
    },
    /** Another process on the same database file. */
    second: () => bootProcess(),
    /** A coordinator known on Slack as `userId`. */
    coordinator(userId: string, email = `${userId.toLowerCase()}@regionorebrolan.se`) {
      const store = current.store;
      const now = clock.now().toISOString();
      const person = store.people.create({ email, displayName: userId, locale: 'sv' }, now);
      store.people.addIdentity('slack', userId, person.id);
      store.roles.grant(person.id, 'coordinator', null, now);
      const actor: Actor = { platform: 'slack', userId, email, locale: 'sv' };
      return { person, actor };
    },
    /** A Slack channel, remembered as a conversation the bot is in. */
    channel(conversationId: string): Address {
      return { platform: 'slack', conversationId, kind: 'channel' };
    },
    /** Outbox rows of the cycle, by key. */
    sentKeys: () =>
      current.store.outbox
        .listByPrefix('cycle:')
        .filter((r) => r.status === 'sent')
        .map((r) => r.key),
    close() {
      for (const store of stores) if (store.db.open) store.db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
