import type { Platform } from '../core/chat.js';
import type { Db } from './open-database.js';

export type OutboxStatus =
  | 'queued'
  | 'sending'
  | 'sent'
  | 'unreachable'
  | 'failed'
  | 'unconfirmed'
  | 'withdrawn';

export interface OutboxRow {
  id: number;
  key: string;
  purpose: string;
  person_id: number | null;
  platform: Platform | null;
  conversation_id: string | null;
  message: string;
  not_before: string;
  status: OutboxStatus;
  attempts: number;
  claimed_at: string | null;
  error: string | null;
  sent_at: string | null;
  sent_platform: Platform | null;
  sent_conversation_id: string | null;
  sent_message_id: string | null;
  edit_of: string | null;
  created_at: string;
}

export interface NewOutboxEntry {
  key: string;
  purpose: string;
  to: { personId: number } | { platform: Platform; conversationId: string };
  message: string;
  notBefore: string;
  /** The key of an earlier entry whose message this one replaces (edits it in place). */
  editOf?: string;
}

export type OutboxRepository = ReturnType<typeof outboxRepository>;

/** The queue of messages the bot sends on its own; see migration 002 for why it exists. */
export function outboxRepository(db: Db) {
  const insert = db.prepare<Record<string, unknown>>(
    `INSERT INTO outbox (key, purpose, person_id, platform, conversation_id, message,
       not_before, edit_of, created_at)
     VALUES (@key, @purpose, @personId, @platform, @conversationId, @message, @notBefore,
       @editOf, @now)
     ON CONFLICT (key) DO NOTHING`,
  );
  const nextDue = db.prepare<[string], OutboxRow>(
    `SELECT * FROM outbox WHERE status = 'queued' AND not_before <= ?
     ORDER BY not_before, id LIMIT 1`,
  );
  const claim = db.prepare<[string, number]>(
    `UPDATE outbox SET status = 'sending', attempts = attempts + 1, claimed_at = ?
     WHERE id = ? AND status = 'queued'`,
  );
  const sent = db.prepare<[string, Platform, string, string | null, number]>(
    `UPDATE outbox SET status = 'sent', sent_at = ?, sent_platform = ?,
       sent_conversation_id = ?, sent_message_id = ?, error = NULL WHERE id = ?`,
  );
  const newerEdit = db.prepare<[string, number], { id: number }>(
    `SELECT id FROM outbox WHERE edit_of = ? AND id > ? AND status IN ('queued', 'sending', 'sent')
     LIMIT 1`,
  );
  const superseded = db.prepare<[number]>(
    `UPDATE outbox SET status = 'withdrawn', error = 'a newer edit replaces it' WHERE id = ?`,
  );
  const retry = db.prepare<[string, string, number]>(
    `UPDATE outbox SET status = 'queued', not_before = ?, error = ?, claimed_at = NULL
     WHERE id = ?`,
  );
  // Retried as `retry`, with the attempt the claim counted given back: the platform said "later".
  const postpone = db.prepare<[string, string, number]>(
    `UPDATE outbox SET status = 'queued', not_before = ?, error = ?, claimed_at = NULL,
       attempts = max(attempts - 1, 0) WHERE id = ?`,
  );
  const giveUp = db.prepare<[OutboxStatus, string, number]>(
    'UPDATE outbox SET status = ?, error = ? WHERE id = ?',
  );
  const stale = db.prepare<[string]>(
    `UPDATE outbox SET status = 'unconfirmed', error = 'the sending process stopped mid-send'
     WHERE status = 'sending' AND claimed_at < ?`,
  );
  const withdraw = db.prepare<[string]>(
    `UPDATE outbox SET status = 'withdrawn' WHERE status = 'queued' AND key GLOB ?`,
  );
  const byKey = db.prepare<[string], OutboxRow>('SELECT * FROM outbox WHERE key = ?');
  const byPrefix = db.prepare<[string], OutboxRow>(
    'SELECT * FROM outbox WHERE key GLOB ? ORDER BY id',
  );
  const nextWake = db.prepare<[], { at: string | null }>(
    `SELECT min(not_before) AS at FROM outbox WHERE status = 'queued'`,
  );

  /** GLOB with the prefix's own wildcards escaped, so `forum:1:` never matches `forum:10:`. */
  const glob = (prefix: string) => `${prefix.replace(/[*?[]/g, '[$&]')}*`;

  return {
    /** Queues a message once per key; false when that key was queued before. */
    enqueue: (entry: NewOutboxEntry, now: string): boolean =>
      insert.run({
        key: entry.key,
        purpose: entry.purpose,
        personId: 'personId' in entry.to ? entry.to.personId : null,
        platform: 'platform' in entry.to ? entry.to.platform : null,
        conversationId: 'conversationId' in entry.to ? entry.to.conversationId : null,
        message: entry.message,
        notBefore: entry.notBefore,
        editOf: entry.editOf ?? null,
        now,
      }).changes === 1,
    /**
     * Takes the next due message for this process. Runs in one IMMEDIATE transaction, so two
     * processes never take the same row.
     */
    claimNext: (now: string): OutboxRow | undefined =>
      db
        .transaction(() => {
          const row = nextDue.get(now);
          if (!row || claim.run(now, row.id).changes !== 1) return undefined;
          return { ...row, status: 'sending' as const, attempts: row.attempts + 1 };
        })
        .immediate(),
    markSent: (
      id: number,
      platform: Platform,
      conversationId: string,
      messageId: string | undefined,
      now: string,
    ) => {
      sent.run(now, platform, conversationId, messageId ?? null, id);
    },
    /** Whether a later edit of the same message exists, which makes this one unnecessary. */
    hasNewerEdit: (row: OutboxRow) =>
      row.edit_of !== null && newerEdit.get(row.edit_of, row.id) !== undefined,
    markSuperseded: (id: number) => {
      superseded.run(id);
    },
    retryAt: (id: number, notBefore: string, error: string) => {
      retry.run(notBefore, error, id);
    },
    /** As retryAt, for a rate limit: the try does not count against the message's attempts. */
    postpone: (id: number, notBefore: string, error: string) => {
      postpone.run(notBefore, error, id);
    },
    giveUp: (id: number, status: 'unreachable' | 'failed' | 'unconfirmed', error: string) => {
      giveUp.run(status, error, id);
    },
    /**
     * Marks sends a stopped process left half-done. They are not sent again: the platform
     * may have shown the message already, and twice is worse than once late. They are listed
     * for a coordinator instead.
     */
    markStale: (claimedBefore: string) => stale.run(claimedBefore).changes,
    /** Takes back messages not yet sent (an invitee answered before their reminder went). */
    withdraw: (keyPrefix: string) => withdraw.run(glob(keyPrefix)).changes,
    find: (key: string) => byKey.get(key),
    listByPrefix: (keyPrefix: string) => byPrefix.all(glob(keyPrefix)),
    /** When the earliest queued message falls due, to know how long the courier may sleep. */
    nextDueAt: () => nextWake.get()?.at ?? undefined,
  };
}
