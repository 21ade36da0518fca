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
  registration_opens_at: string | null;
  checkin_code: string | null;
  practical_info: string;
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
  registrationOpensAt: r.registration_opens_at,
  checkinCode: r.checkin_code,
  practicalInfo: r.practical_info,
});

const toRow = (f: NewForum) => ({
  ...f,
  offers: JSON.stringify(f.offers),
  agenda: JSON.stringify(f.agenda),
});

export type ForumRepository = ReturnType<typeof forumRepository>;

export function forumRepository(db: Db) {
  const insert = db.prepare<Record<string, unknown>, ForumRow>(
    `INSERT INTO forums (slug, title, venue, starts_at, ends_at, registration_closes_at,
       capacity, fee_sek, offers, agenda, registration_opens_at, checkin_code, practical_info,
       created_at, updated_at)
     VALUES (@slug, @title, @venue, @startsAt, @endsAt, @registrationClosesAt,
       @capacity, @feeSek, @offers, @agenda, @registrationOpensAt, @checkinCode, @practicalInfo,
       @now, @now)
     RETURNING *`,
  );
  const update = db.prepare<Record<string, unknown>, ForumRow>(
    `UPDATE forums SET slug = @slug, title = @title, venue = @venue, starts_at = @startsAt,
       ends_at = @endsAt, registration_closes_at = @registrationClosesAt,
       capacity = @capacity, fee_sek = @feeSek, offers = @offers, agenda = @agenda,
       registration_opens_at = @registrationOpensAt, checkin_code = @checkinCode,
       practical_info = @practicalInfo, updated_at = @now
     WHERE id = @id RETURNING *`,
  );
  const all = db.prepare<[], ForumRow>('SELECT * FROM forums ORDER BY starts_at DESC, id DESC');
  const byId = db.prepare<[number], ForumRow>('SELECT * FROM forums WHERE id = ?');
  const bySlug = db.prepare<[string], ForumRow>('SELECT * FROM forums WHERE slug = ?');
  // "Upcoming" lasts until the forum ends, so people can still look it up on day 2.
  const upcoming = db.prepare<[string], ForumRow>(
    'SELECT * FROM forums WHERE ends_at > ? ORDER BY starts_at, id',
  );
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM forums');

  return {
    insert: (f: NewForum, now: string) => toForum(insert.get({ ...toRow(f), now }) as ForumRow),
    update: (f: Forum, now: string) => toForum(update.get({ ...toRow(f), now }) as ForumRow),
    /** Every forum, the latest first: for coordinators, who also look back. */
    list: () => all.all().map(toForum),
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
