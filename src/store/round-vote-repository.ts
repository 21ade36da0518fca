import type { Db } from './open-database.js';

/** What a dot is put on: an input, or a theme of merged inputs. */
export type VoteTarget = { inputId: number } | { themeId: number };

export type RoundVoteRepository = ReturnType<typeof roundVoteRepository>;

/** Dot-votes in a round's prioritisation. A voter is a key, never a person. */
export function roundVoteRepository(db: Db) {
  const insert = db.prepare<[number, string, number | null, number | null, string]>(
    `INSERT INTO round_votes (round_id, voter_key, input_id, theme_id, created_at)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const used = db.prepare<[number, string], { n: number }>(
    'SELECT count(*) AS n FROM round_votes WHERE round_id = ? AND voter_key = ?',
  );
  const lastOn = db.prepare<[number, string, number | null, number | null], { id: number }>(
    `SELECT id FROM round_votes WHERE round_id = ? AND voter_key = ?
       AND input_id IS ? AND theme_id IS ? ORDER BY id DESC LIMIT 1`,
  );
  const remove = db.prepare<[number]>('DELETE FROM round_votes WHERE id = ?');
  const mine = db.prepare<
    [number, string],
    { input_id: number | null; theme_id: number | null; n: number }
  >(
    `SELECT input_id, theme_id, count(*) AS n FROM round_votes
     WHERE round_id = ? AND voter_key = ? GROUP BY input_id, theme_id`,
  );
  const totals = db.prepare<
    [number],
    { input_id: number | null; theme_id: number | null; n: number }
  >(
    `SELECT input_id, theme_id, count(*) AS n FROM round_votes WHERE round_id = ?
     GROUP BY input_id, theme_id`,
  );
  // A dot counts while its input is visible (on its own, or for the theme it was merged into)
  // or its theme has a visible input: the same rule as the ballot's candidates.
  const removeDead = db.prepare<{ round: number }>(
    `DELETE FROM round_votes WHERE round_id = @round AND (
       (input_id IS NOT NULL AND input_id NOT IN (
         SELECT id FROM round_inputs WHERE round_id = @round AND status = 'active'))
       OR (theme_id IS NOT NULL AND theme_id NOT IN (
         SELECT theme_id FROM round_inputs
         WHERE round_id = @round AND status = 'active' AND theme_id IS NOT NULL)))`,
  );
  const hasVoter = db.prepare<[number, string], { n: number }>(
    'SELECT 1 AS n FROM round_votes WHERE round_id = ? AND voter_key = ? LIMIT 1',
  );
  const voters = db.prepare<[number], { n: number }>(
    'SELECT count(DISTINCT voter_key) AS n FROM round_votes WHERE round_id = ?',
  );

  const ids = (target: VoteTarget): [number | null, number | null] =>
    'inputId' in target ? [target.inputId, null] : [null, target.themeId];
  const keyOf = (r: { input_id: number | null; theme_id: number | null }) =>
    r.input_id !== null ? `i${r.input_id}` : `t${r.theme_id}`;

  return {
    add: (roundId: number, voterKey: string, target: VoteTarget, now: string) => {
      insert.run(roundId, voterKey, ...ids(target), now);
    },
    /** How many of their votes the voter has used in the round. */
    used: (roundId: number, voterKey: string) => (used.get(roundId, voterKey) as { n: number }).n,
    /** Takes back one of the voter's dots on the target; false when there was none. */
    removeOne: (roundId: number, voterKey: string, target: VoteTarget) => {
      const row = lastOn.get(roundId, voterKey, ...ids(target));
      if (!row) return false;
      remove.run(row.id);
      return true;
    },
    /** The voter's dots by target key (`i12` an input, `t3` a theme). */
    mine: (roundId: number, voterKey: string) =>
      new Map(mine.all(roundId, voterKey).map((r) => [keyOf(r), r.n])),
    /** Every target's dots, by the same keys. */
    totals: (roundId: number) => new Map(totals.all(roundId).map((r) => [keyOf(r), r.n])),
    voters: (roundId: number) => (voters.get(roundId) as { n: number }).n,
    /**
     * Removes the dots on what is no longer voted on: an input hidden or withdrawn, a theme
     * with no visible input left. Returns how many went.
     */
    removeDead: (roundId: number) => removeDead.run({ round: roundId }).changes,
    /** Whether the key has put any dot in the round. */
    hasVoter: (roundId: number, voterKey: string) => hasVoter.get(roundId, voterKey) !== undefined,
  };
}
