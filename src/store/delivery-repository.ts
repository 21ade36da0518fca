import type { Db } from './open-database.js';

export type DeliveryRepository = ReturnType<typeof deliveryRepository>;

/**
 * How long a delivery key is remembered. Slack retries an event for about an hour and a half
 * at most (after 1 minute, 5 minutes and 30 minutes) and Bolt refuses a signed request older
 * than 5 minutes; a day covers both with room to spare and keeps the table small.
 */
export const deliveryKeptMs = 24 * 60 * 60 * 1000;

/** Keys of the platform deliveries a door has taken in (see migration 006). */
export function deliveryRepository(db: Db) {
  const insert = db.prepare<[string, string]>(
    'INSERT OR IGNORE INTO delivered_events (key, received_at) VALUES (?, ?)',
  );
  const prune = db.prepare<[string]>('DELETE FROM delivered_events WHERE received_at < ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM delivered_events');
  return {
    /**
     * Records a delivery; true the first time its key is seen, false for a repeat. One
     * INSERT OR IGNORE is the check and the claim at once, so two copies arriving together
     * (in one process or two on the same file) cannot both be taken as the first. Keys older
     * than `deliveryKeptMs` are dropped on the way: an indexed delete, cheaper than a job.
     */
    claim: (key: string, now: Date): boolean => {
      prune.run(new Date(now.getTime() - deliveryKeptMs).toISOString());
      return insert.run(key, now.toISOString()).changes === 1;
    },
    /** How many keys are remembered (for tests and the health of the table). */
    count: () => count.get()?.n ?? 0,
  };
}
