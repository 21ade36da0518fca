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
  /** When keys were last pruned: once a minute is plenty for a table kept a day. */
  let prunedAt = Number.NEGATIVE_INFINITY;
  return {
    /**
     * Records a delivery; true the first time its key is seen, false for a repeat. One
     * INSERT OR IGNORE is the check and the claim at once, so two copies arriving together
     * (in one process or two on the same file) cannot both be taken as the first. Keys older
     * than `deliveryKeptMs` are dropped on the way, at most once a minute (remembered here,
     * per process): an indexed delete, cheaper than a job, and no second commit per request.
     *
     * The claim is on the path of every acknowledgement, and with `synchronous = FULL` each
     * commit waits for the disk (the benchmark found it a fifth of a click's cost). So this
     * one commit runs with NORMAL: in WAL mode that survives a crash of the process, and
     * only a power cut can lose a key, which lets a platform's retry through to the core,
     * whose commands find the work done. better-sqlite3 is synchronous, so no other
     * statement runs between the two pragmas; the next FULL commit syncs this one too.
     *
     * Why the pragma is switched on this connection rather than a second connection opened
     * with NORMAL for the claims alone (about 7 µs a request, the two pragmas, against one
     * open file more): SQLite's online backup (`store.backup`) starts over whenever another
     * connection writes to the file, so under steady traffic a claim connection would keep
     * restarting the nightly backup; writes on the backup's own connection are copied in
     * place. A second connection would also need a `:memory:` exception (it would be another
     * database) and closing with the store.
     *
     * SQLite refuses to change the level inside a transaction; a claim made inside one is
     * committed with the transaction, at FULL, so the level is left alone there.
     */
    claim: (key: string, now: Date): boolean => {
      if (now.getTime() - prunedAt >= 60_000) {
        prune.run(new Date(now.getTime() - deliveryKeptMs).toISOString());
        prunedAt = now.getTime();
      }
      if (db.inTransaction) return insert.run(key, now.toISOString()).changes === 1;
      db.pragma('synchronous = NORMAL');
      try {
        return insert.run(key, now.toISOString()).changes === 1;
      } finally {
        db.pragma('synchronous = FULL');
      }
    },
    /** How many keys are remembered (for tests and the health of the table). */
    count: () => count.get()?.n ?? 0,
  };
}
