import type { Db } from './open-database.js';

export type NudgeState = 'posted' | 'late' | 'skipped';
export type NudgeSkipReason = 'too_old' | 'passed' | 'superseded' | 'done' | 'snoozed' | 'no_owner';

export interface RecordedNudge {
  key: string;
  itemId: string;
  occurrenceDate: string;
  leadDays: number;
  state: NudgeState;
  reason: NudgeSkipReason | null;
  dueAt: string;
  recipients: number;
  recordedAt: string;
}

interface NudgeRow {
  key: string;
  item_id: string;
  occurrence_date: string;
  lead_days: number;
  state: NudgeState;
  reason: NudgeSkipReason | null;
  due_at: string;
  recipients: number;
  recorded_at: string;
}

/** What people said about one occurrence; no entry means it is open. */
export interface OccurrenceState {
  itemId: string;
  occurrenceDate: string;
  state: 'done' | 'snoozed';
  snoozedUntil: string | null;
  snoozeHandledAt: string | null;
  byPerson: number | null;
  updatedAt: string;
}

interface OccurrenceRow {
  item_id: string;
  occurrence_date: string;
  state: 'done' | 'snoozed';
  snoozed_until: string | null;
  snooze_handled_at: string | null;
  by_person: number | null;
  updated_at: string;
}

const toNudge = (r: NudgeRow): RecordedNudge => ({
  key: r.key,
  itemId: r.item_id,
  occurrenceDate: r.occurrence_date,
  leadDays: r.lead_days,
  state: r.state,
  reason: r.reason,
  dueAt: r.due_at,
  recipients: r.recipients,
  recordedAt: r.recorded_at,
});

const toOccurrence = (r: OccurrenceRow): OccurrenceState => ({
  itemId: r.item_id,
  occurrenceDate: r.occurrence_date,
  state: r.state,
  snoozedUntil: r.snoozed_until,
  snoozeHandledAt: r.snooze_handled_at,
  byPerson: r.by_person,
  updatedAt: r.updated_at,
});

export type CycleNudgeRepository = ReturnType<typeof cycleNudgeRepository>;

/** The log of decided nudges and the done/snoozed state of occurrences (migration 003). */
export function cycleNudgeRepository(db: Db) {
  const record = db.prepare<Record<string, unknown>>(
    `INSERT INTO cycle_nudges (key, item_id, occurrence_date, lead_days, state, reason, due_at,
       recipients, recorded_at)
     VALUES (@key, @itemId, @occurrenceDate, @leadDays, @state, @reason, @dueAt, @recipients,
       @recordedAt)
     ON CONFLICT (key) DO NOTHING`,
  );
  const keysFrom = db.prepare<[string], { key: string }>(
    'SELECT key FROM cycle_nudges WHERE occurrence_date >= ?',
  );
  const byKey = db.prepare<[string], NudgeRow>('SELECT * FROM cycle_nudges WHERE key = ?');
  const forItem = db.prepare<[string], NudgeRow>(
    'SELECT * FROM cycle_nudges WHERE item_id = ? ORDER BY due_at, key',
  );
  const all = db.prepare<[], NudgeRow>('SELECT * FROM cycle_nudges ORDER BY due_at, key');
  const occurrence = db.prepare<[string, string], OccurrenceRow>(
    'SELECT * FROM cycle_occurrences WHERE item_id = ? AND occurrence_date = ?',
  );
  const occurrencesBetween = db.prepare<[string, string], OccurrenceRow>(
    `SELECT * FROM cycle_occurrences WHERE occurrence_date BETWEEN ? AND ?
     ORDER BY occurrence_date, item_id`,
  );
  const markDone = db.prepare<[string, string, number | null, string]>(
    `INSERT INTO cycle_occurrences (item_id, occurrence_date, state, by_person, updated_at)
     VALUES (?, ?, 'done', ?, ?)
     ON CONFLICT (item_id, occurrence_date) DO UPDATE SET state = 'done', snoozed_until = NULL,
       snooze_handled_at = NULL, by_person = excluded.by_person, updated_at = excluded.updated_at`,
  );
  const snooze = db.prepare<[string, string, string, number | null, string]>(
    `INSERT INTO cycle_occurrences (item_id, occurrence_date, state, snoozed_until, by_person,
       updated_at)
     VALUES (?, ?, 'snoozed', ?, ?, ?)
     ON CONFLICT (item_id, occurrence_date) DO UPDATE SET state = 'snoozed',
       snoozed_until = excluded.snoozed_until, snooze_handled_at = NULL,
       by_person = excluded.by_person, updated_at = excluded.updated_at`,
  );
  const reopen = db.prepare<[string, string]>(
    'DELETE FROM cycle_occurrences WHERE item_id = ? AND occurrence_date = ?',
  );
  const snoozesDue = db.prepare<[string], OccurrenceRow>(
    `SELECT * FROM cycle_occurrences
     WHERE state = 'snoozed' AND snooze_handled_at IS NULL AND snoozed_until <= ?
     ORDER BY snoozed_until, item_id, occurrence_date`,
  );
  const snoozeHandled = db.prepare<[string, string, string]>(
    `UPDATE cycle_occurrences SET snooze_handled_at = ?
     WHERE item_id = ? AND occurrence_date = ? AND snooze_handled_at IS NULL`,
  );

  return {
    /** Records a decided nudge once; false when its key was recorded before. */
    record: (nudge: Omit<RecordedNudge, 'reason'> & { reason?: NudgeSkipReason | null }) =>
      record.run({ ...nudge, reason: nudge.reason ?? null }).changes === 1,
    /** Keys of the nudges recorded for occurrences on or after a day. */
    keysFrom: (date: string): Set<string> => new Set(keysFrom.all(date).map((r) => r.key)),
    find: (key: string) => {
      const row = byKey.get(key);
      return row ? toNudge(row) : undefined;
    },
    forItem: (itemId: string) => forItem.all(itemId).map(toNudge),
    all: () => all.all().map(toNudge),
    occurrence: (itemId: string, date: string) => {
      const row = occurrence.get(itemId, date);
      return row ? toOccurrence(row) : undefined;
    },
    occurrencesBetween: (from: string, to: string) =>
      occurrencesBetween.all(from, to).map(toOccurrence),
    markDone: (itemId: string, date: string, by: number | null, now: string) => {
      markDone.run(itemId, date, by, now);
    },
    snooze: (itemId: string, date: string, until: string, by: number | null, now: string) => {
      snooze.run(itemId, date, until, by, now);
    },
    /** Open again: neither done nor snoozed. */
    reopen: (itemId: string, date: string) => reopen.run(itemId, date).changes === 1,
    /** Snoozed occurrences whose time has come and whose nudge has not come again yet. */
    snoozesDue: (now: string) => snoozesDue.all(now).map(toOccurrence),
    /** Marks a snooze's nudge as posted or skipped; false when another process did it first. */
    snoozeHandled: (itemId: string, date: string, now: string) =>
      snoozeHandled.run(now, itemId, date).changes === 1,
  };
}
