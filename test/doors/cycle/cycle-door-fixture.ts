import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cycleJobs } from '../../../src/core/cycle/capability.js';
import { startCycle } from '../../../src/core/cycle/start-cycle.js';
import { translator } from '../../../src/core/i18n/translate.js';
import { createCourier } from '../../../src/core/outbox/create-courier.js';
import type { Outlet } from '../../../src/core/outbox/outlet.js';
import { createScheduler } from '../../../src/core/schedule/create-scheduler.js';
import { defaultSettings, type Settings } from '../../../src/core/settings.js';
import { localInstant } from '../../../src/core/time/zoned-date.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createStore, type Store } from '../../../src/store/store.js';
import { memoryLogger } from '../../helpers/memory-logger.js';
import { testApp, timeZone } from '../../helpers/test-store.js';

/**
 * What the nudge stories of the Slack and Teams doors share: a small annual cycle read from
 * its file into a real SQLite database, the coordinator an admin by configuration only, and
 * the bot's background (the scheduler with the cycle's job and the courier with the door's
 * outlet) under the test's hand, with a fixed clock moved minute by minute.
 */

export const sv = translator('sv');

/** The channel name the second item belongs to, connected with `årshjul koppla <name>`. */
export const channelName = 'rus-plattformen';

/**
 * Both items fall on Monday 29 March 2027, the day after the switch to summer time (it is
 * also annandag påsk, and the Friday before is långfredag: the file keeps nudges and dates on
 * their days, so the switch is what the test sees). Nudges at 09:00 local: the three-day one
 * on Friday 26 March at 08:00Z (CET), the day's ones on Monday 29 March at 07:00Z (CEST).
 */
export const nudgeCycle = {
  version: 1,
  timeZone,
  nudgeTime: '09:00',
  nudgeDays: 'all',
  items: [
    {
      id: 'rapport',
      title: { sv: 'Rapporten till Tillväxtverket', en: 'The report to Tillväxtverket' },
      owner: { role: 'coordinator' },
      rule: { yearly: '03-29' },
      leadDays: [3, 0],
      move: 'none',
    },
    {
      id: 'plattform',
      title: { sv: 'RUS-plattformen', en: 'The RUS platform' },
      owner: { channel: channelName },
      rule: { yearly: '03-29' },
      leadDays: [0],
      move: 'none',
    },
  ],
};

export const rapport = nudgeCycle.items[0]?.title.sv as string;
export const plattform = nudgeCycle.items[1]?.title.sv as string;

const local = (date: string, time: string) => localInstant(date, time, timeZone).toISOString();

/** The moments the clock is moved to. */
export const moments = {
  /** Monday 22 March, midday: the bot starts, the channel is connected. */
  start: '2027-03-22T11:00:00Z',
  /** Friday 26 March (CET): a minute before, and at, the three-day nudge. */
  threeDaysBefore: local('2027-03-26', '08:59'),
  threeDays: local('2027-03-26', '09:00'),
  /** Monday 29 March (CEST since Sunday): a minute before, and at, the day's nudges. */
  onTheDayBefore: local('2027-03-29', '08:59'),
  onTheDay: local('2027-03-29', '09:00'),
  /** 09:00 as it would be without the switch: 08:00Z. */
  winterNine: '2027-03-29T08:00:00Z',
} as const;

/** Buttons of a nudge, in order. */
export const nudgeButtons = ['Klart', 'Påminn i morgon', 'Påminn om en vecka', 'Byt ansvarig'];

/**
 * A database of its own (the test app's, with every command and the demo forum) in which
 * `coordinatorEmail` is an admin by configuration, and the cycle file the bot reads at start.
 * The clock stays where the test app put it until the test moves it (a door's harness may
 * look for the upcoming forum as it starts).
 */
export function cycleApp(coordinatorEmail: string) {
  const settings: Settings = { ...defaultSettings, admins: [coordinatorEmail] };
  const app = testApp({ settings: { admins: [coordinatorEmail] } });
  const dir = mkdtempSync(join(tmpdir(), 'forumbot-cycle-door-'));
  const file = join(dir, 'arshjul.json');
  writeFileSync(file, JSON.stringify(nudgeCycle));
  return {
    app,
    settings,
    file,
    close() {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type CycleApp = ReturnType<typeof cycleApp>;

/**
 * The background of one bot process: the cycle's start as createBot does it (the file is
 * imported into an empty database, and only then), the real scheduler with the cycle's jobs
 * and the real courier delivering through the door's outlet. The first shares the app's
 * connection with the door; `restart` opens one of its own on the same database file, as a
 * new process would.
 */
export function botProcess(made: CycleApp, outlet: Outlet, options: { restart?: boolean } = {}) {
  const { app, settings, file } = made;
  const store: Store = options.restart ? createStore(openDatabase(app.path)) : app.store;
  const started = startCycle(store, { file, catchUpHours: 72 }, app.clock.now());
  const logger = memoryLogger();
  const courier = createCourier({
    store,
    outlets: [outlet],
    clock: app.clock,
    logger,
    sleep: async () => {},
  });
  const scheduler = createScheduler({
    store,
    clock: app.clock,
    timeZone,
    settings,
    logger,
    jobs: cycleJobs,
  });
  return {
    store,
    started,
    courier,
    logger,
    /** Moves the clock, runs the minute's tick, then lets the courier deliver what it queued. */
    async tickAt(at: string) {
      app.clock.set(at);
      await scheduler.tick();
      return courier.drain();
    },
    /** What went wrong in the background: nothing should. */
    troubles: () => logger.lines.filter((l) => l.level === 'warn' || l.level === 'error'),
    close() {
      if (options.restart && store.db.open) store.db.close();
    },
  };
}

export type BotProcess = ReturnType<typeof botProcess>;

/** The log of one nudge (`item:date:leadDays`) as [state, reason], as the store holds it. */
export function nudgeLog(store: Store, key: string) {
  const nudge = store.cycleNudges.find(key);
  return nudge && [nudge.state, nudge.reason];
}

/** The status of every annual-cycle message in the outbox, by key. */
export const cycleOutbox = (store: Store): Record<string, string> =>
  Object.fromEntries(store.outbox.listByPrefix('cycle:').map((r) => [r.key, r.status]));
