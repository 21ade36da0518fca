import type { Db } from './open-database.js';

/** One person's answer about one forum. */
export interface Evaluation {
  forumId: number;
  personId: number;
  rating: number;
  comment: string;
  submittedAt: string;
}

/** What a summary may see: the answer without the person. */
export type AnonymousAnswer = Pick<Evaluation, 'rating' | 'comment'>;

interface EvaluationRow {
  forum_id: number;
  person_id: number;
  rating: number;
  comment: string;
  submitted_at: string;
}

const toEvaluation = (r: EvaluationRow): Evaluation => ({
  forumId: r.forum_id,
  personId: r.person_id,
  rating: r.rating,
  comment: r.comment,
  submittedAt: r.submitted_at,
});

export type EvaluationRepository = ReturnType<typeof evaluationRepository>;

/** Evaluation answers: one per person and forum (see migration 002). */
export function evaluationRepository(db: Db) {
  // Pressing another rating changes the answer and keeps a comment already written.
  const rate = db.prepare<[number, number, number, string]>(
    `INSERT INTO evaluations (forum_id, person_id, rating, submitted_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (forum_id, person_id) DO UPDATE SET
       rating = excluded.rating, submitted_at = excluded.submitted_at`,
  );
  const comment = db.prepare<[string, string, number, number]>(
    'UPDATE evaluations SET comment = ?, submitted_at = ? WHERE forum_id = ? AND person_id = ?',
  );
  const find = db.prepare<[number, number], EvaluationRow>(
    'SELECT * FROM evaluations WHERE forum_id = ? AND person_id = ?',
  );
  // No person and no time: the order of answers must not hint at who gave them. Within a
  // rating, those with a comment come first, alphabetically.
  const answers = db.prepare<[number], AnonymousAnswer>(
    `SELECT rating, comment FROM evaluations WHERE forum_id = ?
     ORDER BY rating DESC, comment = '', comment COLLATE NOCASE, comment`,
  );

  return {
    rate: (forumId: number, personId: number, rating: number, now: string) => {
      rate.run(forumId, personId, rating, now);
    },
    /** Sets the comment of an existing answer; false when the person has not rated yet. */
    comment: (forumId: number, personId: number, text: string, now: string): boolean =>
      comment.run(text, now, forumId, personId).changes === 1,
    find: (forumId: number, personId: number) => {
      const row = find.get(forumId, personId);
      return row ? toEvaluation(row) : undefined;
    },
    /** The forum's answers without names, best rating first. */
    listAnonymous: (forumId: number): AnonymousAnswer[] => answers.all(forumId),
  };
}
