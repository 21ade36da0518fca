import cron, { type ScheduledTask } from 'node-cron';
import type { Store } from '../../store/store.js';
import type { Logger } from '../logger.js';
import type { Settings } from '../settings.js';
import type { Clock } from '../time/clock.js';
import type { Job } from './job.js';

export interface SchedulerDeps {
  store: Store;
  clock: Clock;
  timeZone: string;
  settings: Settings;
  logger: Logger;
  jobs: readonly Job[];
  /** Called after a tick, so the courier sends what the jobs queued without waiting. */
  afterTick?: () => void;
}

export type Scheduler = ReturnType<typeof createScheduler>;

/**
 * node-cron drives a tick every minute; the database, not the timer, says what is due. So a
 * tick after downtime catches up by itself, and tests call tick() with a moved clock
 * instead of sleeping.
 */
export function createScheduler(deps: SchedulerDeps) {
  const { store, clock, timeZone, settings, logger, jobs } = deps;
  let task: ScheduledTask | undefined;

  async function tick(): Promise<void> {
    const now = clock.now();
    for (const job of jobs) {
      try {
        await job.run({ store, now, timeZone, settings, logger });
      } catch (error) {
        // One job's fault must not stop the others (a bad forum row, a full disk for a digest).
        logger.error('scheduled job failed', {
          job: job.name,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        });
      }
    }
    deps.afterTick?.();
  }

  return {
    tick,
    /** Catches up at once, then ticks at the start of every minute. */
    async start() {
      await tick();
      task = cron.schedule('* * * * *', tick, {
        name: 'forumbot-tick',
        noOverlap: true,
        timezone: timeZone,
      });
    },
    async stop() {
      await task?.destroy();
      task = undefined;
    },
  };
}
