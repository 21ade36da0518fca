import type { Store } from '../../store/store.js';
import type { Logger } from '../logger.js';
import type { Settings } from '../settings.js';

export interface JobContext {
  store: Store;
  now: Date;
  timeZone: string;
  settings: Settings;
  logger: Logger;
}

/**
 * Work the clock starts rather than a person: reminders, lapsing offers, digests. A job reads
 * what is due from the database and queues messages under unique keys, so running it twice,
 * late, or in two processes at once changes nothing the second time.
 */
export interface Job {
  name: string;
  run(ctx: JobContext): void | Promise<void>;
}
