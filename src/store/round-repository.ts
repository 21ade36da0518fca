import { randomBytes } from 'node:crypto';
import type { Locale, Platform } from '../core/chat.js';
import type { Anonymity, Prompt, Round, RoundKind } from '../core/rounds/round.js';
import type { Db } from './open-database.js';

interface RoundRow {
  id: number;
  kind: RoundKind;
  title: string;
  audience: string;
  area: string;
  anonymity: Anonymity;
  tags: string;
  platform: Platform;
  conversation_id: string;
  locale: Locale;
  opens_at: string;
  closes_at: string;
  closed_at: string | null;
  closed_by: number | null;
  votes_per_person: number | null;
  voting_started_at: string | null;
  voting_ended_at: string | null;
  created_by: number | null;
  created_at: string;
}

const toRound = (r: RoundRow): Round => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  audience: r.audience,
  area: r.area,
  anonymity: r.anonymity,
  tags: JSON.parse(r.tags) as string[],
  platform: r.platform,
  conversationId: r.conversation_id,
  locale: r.locale,
  opensAt: r.opens_at,
  closesAt: r.closes_at,
  closedAt: r.closed_at,
  closedBy: r.closed_by,
  votesPerPerson: r.votes_per_person,
  votingStartedAt: r.voting_started_at,
  votingEndedAt: r.voting_ended_at,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export interface NewRound {
  kind: RoundKind;
  title: string;
  audience: string;
  area: string;
  anonymity: Anonymity;
  tags: readonly string[];
  platform: Platform;
  conversationId: string;
  locale: Locale;
  opensAt: string;
  closesAt: string;
  prompts: readonly string[];
  createdBy: number;
}

export type RoundRepository = ReturnType<typeof roundRepository>;

/** Consultation rounds and their prompts; the secret behind anonymous authors' keys. */
export function roundRepository(db: Db) {
  const insert = db.prepare<Record<string, unknown>, { id: number }>(
    `INSERT INTO rounds (kind, title, audience, area, anonymity, tags, platform,
       conversation_id, locale, opens_at, closes_at, created_by, created_at, updated_at)
     VALUES (@kind, @title, @audience, @area, @anonymity, @tags, @platform, @conversationId,
       @locale, @opensAt, @closesAt, @createdBy, @now, @now)
     RETURNING id`,
  );
  const insertPrompt = db.prepare<[number, number, string]>(
    'INSERT INTO round_prompts (round_id, position, text) VALUES (?, ?, ?)',
  );
  const byId = db.prepare<[number], RoundRow>('SELECT * FROM rounds WHERE id = ?');
  const prompts = db.prepare<[number], Prompt>(
    'SELECT id, position, text FROM round_prompts WHERE round_id = ? ORDER BY position',
  );
  const recent = db.prepare<[string], RoundRow>(
    `SELECT * FROM rounds WHERE closed_at IS NULL OR closed_at >= ?
     ORDER BY closed_at IS NOT NULL, opens_at DESC, id DESC`,
  );
  const unclosed = db.prepare<[], RoundRow>(
    'SELECT * FROM rounds WHERE closed_at IS NULL ORDER BY id',
  );
  // The round whose own message (outbox key round:<id>, not an edit) is the one replied to.
  const byMessage = db.prepare<[Platform, string, string], { id: number }>(
    `SELECT r.id FROM rounds r JOIN outbox o ON o.key = 'round:' || r.id
     WHERE r.platform = ? AND r.conversation_id = ? AND o.sent_message_id = ?
       AND o.edit_of IS NULL`,
  );
  const close = db.prepare<[string, number | null, string, number]>(
    `UPDATE rounds SET closed_at = ?, closed_by = ?, updated_at = ?
     WHERE id = ? AND closed_at IS NULL`,
  );
  const bump = db.prepare<[number], { live_version: number }>(
    'UPDATE rounds SET live_version = live_version + 1 WHERE id = ? RETURNING live_version',
  );
  const nextNumber = db.prepare<[number], { last_number: number }>(
    'UPDATE rounds SET last_number = last_number + 1 WHERE id = ? RETURNING last_number',
  );
  const startVoting = db.prepare<[number, string, string, number]>(
    `UPDATE rounds SET votes_per_person = ?, voting_started_at = ?, updated_at = ?
     WHERE id = ? AND voting_started_at IS NULL`,
  );
  const endVoting = db.prepare<[string, string, number]>(
    `UPDATE rounds SET voting_ended_at = ?, updated_at = ?
     WHERE id = ? AND voting_started_at IS NOT NULL AND voting_ended_at IS NULL`,
  );
  const withActivity = db.prepare<[], { id: number }>(
    `SELECT round_id AS id FROM round_inputs UNION SELECT round_id AS id FROM round_votes
     ORDER BY id`,
  );
  const readSecret = db.prepare<[], { secret: string }>(
    'SELECT secret FROM round_secret WHERE id = 1',
  );
  const makeSecret = db.prepare<[string, string]>(
    'INSERT INTO round_secret (id, secret, created_at) VALUES (1, ?, ?) ON CONFLICT DO NOTHING',
  );

  return {
    create: (round: NewRound, now: string): Round => {
      const { id } = insert.get({
        ...round,
        tags: JSON.stringify(round.tags),
        now,
      }) as { id: number };
      round.prompts.forEach((text, i) => {
        insertPrompt.run(id, i + 1, text);
      });
      return toRound(byId.get(id) as RoundRow);
    },
    get: (id: number) => {
      const row = byId.get(id);
      return row ? toRound(row) : undefined;
    },
    prompts: (roundId: number) => prompts.all(roundId),
    /** Rounds not closed, and those closed since `closedSince`: newest first, open ones first. */
    listRecent: (closedSince: string) => recent.all(closedSince).map(toRound),
    listUnclosed: () => unclosed.all().map(toRound),
    /** The ids of the rounds that hold any input or vote. */
    listIdsWithActivity: () => withActivity.all().map((r) => r.id),
    findByMessage: (platform: Platform, conversationId: string, messageId: string) => {
      const row = byMessage.get(platform, conversationId, messageId);
      return row ? toRound(byId.get(row.id) as RoundRow) : undefined;
    },
    /** Closes a round once: false when it was closed already (by a hand, a job, a process). */
    close: (id: number, by: number | null, now: string) =>
      close.run(now, by, now, id).changes === 1,
    /** The next number for the live count's edit key; raised in the change's transaction. */
    nextLiveVersion: (id: number) => (bump.get(id) as { live_version: number }).live_version,
    /** The next input number (#1, #2 …) in the round. */
    nextInputNumber: (id: number) => (nextNumber.get(id) as { last_number: number }).last_number,
    startVoting: (id: number, votes: number, now: string) =>
      startVoting.run(votes, now, now, id).changes === 1,
    endVoting: (id: number, now: string) => endVoting.run(now, now, id).changes === 1,
    /** The secret, if it has been made: nothing is keyed before it is. */
    existingSecret: (): string | undefined => readSecret.get()?.secret,
    /** The server's secret for author and voter keys, made at random the first time. */
    secret: (now: string): string => {
      const found = readSecret.get();
      if (found) return found.secret;
      makeSecret.run(randomBytes(32).toString('base64'), now);
      return (readSecret.get() as { secret: string }).secret;
    },
  };
}
