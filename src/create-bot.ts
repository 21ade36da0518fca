import type { Readable, Writable } from 'node:stream';
import type { Config } from './config.js';
import { allCommands } from './core/commands.js';
import { logCycleStart, startCycle } from './core/cycle/start-cycle.js';
import { createDispatcher } from './core/dispatcher.js';
import { seedDemoForum } from './core/forum/seed-demo-forum.js';
import { allJobs } from './core/jobs.js';
import type { Logger } from './core/logger.js';
import { createCourier } from './core/outbox/create-courier.js';
import { createDirectory } from './core/outbox/directory.js';
import type { Outlet } from './core/outbox/outlet.js';
import { createScheduler } from './core/schedule/create-scheduler.js';
import { type Clock, systemClock } from './core/time/clock.js';
import type { Door, DoorDeps } from './doors/door.js';
import { createShellDoor } from './doors/shell/create-shell-door.js';
import { createFeedServer } from './feeds/create-feed-server.js';
import { openDatabase } from './store/open-database.js';
import { createStore } from './store/store.js';

export interface BotOptions {
  logger: Logger;
  clock?: Clock;
  /** The terminal door's streams (tests pass their own). */
  shell?: { input?: Readable; output?: Writable; onClose?: () => void };
}

/**
 * Wiring only: configuration → database → core → doors. Each door is chosen by the
 * configuration; with no platform configured the terminal door starts. A platform's SDK is
 * loaded only when its door is used: the terminal starts without Bolt or the Teams SDK
 * (about 0.4 s and 50 MB less).
 */
export async function createBot(config: Config, options: BotOptions) {
  const { logger } = options;
  const clock = options.clock ?? systemClock;
  const db = openDatabase(config.databasePath);
  const store = createStore(db);
  if (seedDemoForum(store, config.demoForumPath, clock.now(), config.timeZone)) {
    logger.info('loaded the demo forum', { file: config.demoForumPath });
  }
  // The annual cycle: seeded from its file into an empty database; problems logged by item.
  const { file, catchUpHours, feedBaseUrl } = config.cycle;
  logCycleStart(logger, file, startCycle(store, { file, catchUpHours, feedBaseUrl }, clock.now()));
  const feed = createFeedServer({ store, clock, logger }, config.cycle.feed);
  // The doors are built after the dispatcher (they call it) and bring the outlets it sends
  // through, so the dispatcher reaches them late, through this list and the courier.
  const outlets: Outlet[] = [];
  const dispatcher = createDispatcher({
    store,
    clock,
    timeZone: config.timeZone,
    logger,
    commands: allCommands,
    settings: config.settings,
    directory: createDirectory(outlets),
    // Called only once the bot runs, by which time the courier below exists.
    wakeCourier: () => courier.wake(),
  });
  const deps: DoorDeps = {
    dispatcher,
    store,
    logger,
    defaultLocale: config.defaultLocale,
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
  };

  const doors: Door[] = [];
  if (config.slack) {
    const { createSlackDoor } = await import('./doors/slack/create-slack-door.js');
    doors.push(createSlackDoor(deps, config.slack));
  }
  if (config.teams) {
    const { createTeamsDoor } = await import('./doors/teams/create-teams-door.js');
    doors.push(createTeamsDoor(deps, config.teams));
  }
  if (config.shell) doors.push(createShellDoor(deps, { ...config.shell, ...options.shell }));
  for (const door of doors) if (door.outlet) outlets.push(door.outlet);
  const courier = createCourier({ store, outlets, clock, logger });
  const scheduler = createScheduler({
    store,
    clock,
    timeZone: config.timeZone,
    settings: config.settings,
    logger,
    jobs: allJobs,
    afterTick: () => courier.wake(),
  });

  return {
    store,
    dispatcher,
    doors,
    courier,
    scheduler,
    async start() {
      await Promise.all(doors.map((door) => door.start()));
      courier.start();
      await feed.start();
      await scheduler.start();
      logger.info('forumbot is ready', { doors: doors.map((d) => d.name) });
    },
    /**
     * An orderly stop (SIGTERM): first the doors stop taking requests and wait for those in
     * hand (each request's write is committed and answered), then no new work is started,
     * work already started finishes, the courier sends the message in hand, and only then is
     * the database closed, which checkpoints the WAL into the file.
     */
    async stop() {
      await Promise.allSettled(doors.map((door) => door.stop()));
      await scheduler.stop();
      await dispatcher.settled();
      await courier.stop();
      await feed.stop();
      if (db.open) db.close();
    },
  };
}
