import type { Forum, NewForum } from '../core/forum/forum.js';
import type { Db } from './open-database.js';

interface ForumRow {
  id: number;
  slug: string;
  title: string;
  venue: string;
  starts_at: string;
  ends_at: string;
  registration_closes_at: string;
  capacity: number;
  fee_sek: number;
  offers: string;
  agenda: string;
}

const toForum = (r: ForumRow): Forum => ({
  id: r.id,
  slug: r.slug,
  title: r.title,
  venue: r.venue,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  registrationClosesAt: r.registration_closes_at,
  capacity: r.capacity,
  feeSek: r.fee_sek,
  offers: JSON.parse(r.offers),
  agenda: JSON.parse(r.agenda),
});

export type ForumRepository = ReturnType<typeof forumRepository>;

export function forumRepository(db: Db) {
  const insert = db.prepare<Record<string, unknown>, ForumRow>(
    `INSERT INTO forums (slug, title, venue, starts_at, ends_at, registration_closes_at,
       capacity, fee_sek, offers, agenda, created_at)
     VALUES (@slug, @title, @venue, @startsAt, @endsAt, @registrationClosesAt,
       @capacity, @feeSek, @offers, @agenda, @createdAt)
     RETURNING *`,
  );
  const byId = db.prepare<[number], ForumRow>('SELECT * FROM forums WHERE id = ?');
  const bySlug = db.prepare<[string], ForumRow>('SELECT * FROM forums WHERE slug = ?');
  // "Upcoming" lasts until the forum ends, so people can still look it up on day 2.
  const upcoming = db.prepare<[string], ForumRow>(
    'SELECT * FROM forums WHERE ends_at > ? ORDER BY starts_at, id',
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM forums');

  return {
    insert: (f: NewForum, now: string) =>
      toForum(
        insert.get({
          ...f,
          offers: JSON.stringify(f.offers),
          agenda: JSON.stringify(f.agenda),
          createdAt: now,
        }) as ForumRow,
      ),
    get: (id: number) => {
      const row = byId.get(id);
      return row ? toForum(row) : undefined;
    },
    findBySlug: (slug: string) => {
      const row = bySlug.get(slug);
      return row ? toForum(row) : undefined;
    },
    listUpcoming: (now: string) => upcoming.all(now).map(toForum),
    count: () => (count.get() as { n: number }).n,
  };
}
