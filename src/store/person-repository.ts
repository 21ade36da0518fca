import type { Locale, Platform } from '../core/chat.js';
import type { Person } from '../core/people/person.js';
import type { Db } from './open-database.js';

interface PersonRow {
  id: number;
  email: string | null;
  display_name: string | null;
  locale: Locale;
}

const toPerson = (r: PersonRow): Person => ({
  id: r.id,
  email: r.email,
  displayName: r.display_name,
  locale: r.locale,
});

export type PersonRepository = ReturnType<typeof personRepository>;

export function personRepository(db: Db) {
  const byIdentity = db.prepare<[string, string], PersonRow>(
    `SELECT p.* FROM people p JOIN identities i ON i.person_id = p.id
     WHERE i.platform = ? AND i.user_id = ?`,
  );
  const byEmail = db.prepare<[string], PersonRow>('SELECT * FROM people WHERE email = ?');
  const byId = db.prepare<[number], PersonRow>('SELECT * FROM people WHERE id = ?');
  const insert = db.prepare<[string | null, string | null, Locale, string], PersonRow>(
    `INSERT INTO people (email, display_name, locale, created_at) VALUES (?, ?, ?, ?)
     RETURNING *`,
  );
  const link = db.prepare<[Platform, string, number, string]>(
    'INSERT INTO identities (platform, user_id, person_id, reference) VALUES (?, ?, ?, ?)',
  );
  const identities = db.prepare<
    [number],
    { platform: Platform; user_id: string; reference: string }
  >('SELECT platform, user_id, reference FROM identities WHERE person_id = ?');
  const setReference = db.prepare<[string, Platform, string]>(
    'UPDATE identities SET reference = ? WHERE platform = ? AND user_id = ?',
  );
  const moveIdentities = db.prepare<[number, number]>(
    'UPDATE identities SET person_id = ? WHERE person_id = ?',
  );
  const remove = db.prepare<[number]>('DELETE FROM people WHERE id = ?');
  // Everything that names a person directly. A row with any of it is not merged away: its id
  // is what registrations, answers, roles and records hold.
  const history = db.prepare<{ id: number }, { n: number }>(
    `SELECT (SELECT count(*) FROM registrations WHERE person_id = @id)
          + (SELECT count(*) FROM evaluations WHERE person_id = @id)
          + (SELECT count(*) FROM invitees WHERE person_id = @id)
          + (SELECT count(*) FROM roles WHERE person_id = @id)
          + (SELECT count(*) FROM round_inputs WHERE person_id = @id)
          + (SELECT count(*) FROM round_organisations WHERE contact_person_id = @id)
          + (SELECT count(*) FROM round_actions WHERE person_id = @id)
          + (SELECT count(*) FROM attendance WHERE checked_in_by = @id) AS n`,
  );
  const update = db.prepare<[string | null, string | null, Locale, number]>(
    'UPDATE people SET email = ?, display_name = ?, locale = ? WHERE id = ?',
  );

  return {
    findByIdentity: (platform: Platform, userId: string) => {
      const row = byIdentity.get(platform, userId);
      return row ? toPerson(row) : undefined;
    },
    findByEmail: (email: string) => {
      const row = byEmail.get(email);
      return row ? toPerson(row) : undefined;
    },
    get: (id: number) => {
      const row = byId.get(id);
      return row ? toPerson(row) : undefined;
    },
    create: (p: Omit<Person, 'id'>, now: string) =>
      toPerson(insert.get(p.email, p.displayName, p.locale, now) as PersonRow),
    addIdentity: (
      platform: Platform,
      userId: string,
      personId: number,
      reference: Record<string, unknown> = {},
    ) => {
      link.run(platform, userId, personId, JSON.stringify(reference));
    },
    /** Where a person can be reached: one entry per platform identity. */
    identitiesOf: (personId: number) =>
      identities.all(personId).map((r) => ({
        platform: r.platform,
        userId: r.user_id,
        reference: JSON.parse(r.reference) as Record<string, unknown>,
      })),
    setIdentityReference: (platform: Platform, userId: string, reference: object) => {
      setReference.run(JSON.stringify(reference), platform, userId);
    },
    /** Whether anything refers to this person besides their identities and conversations. */
    hasHistory: (id: number) => (history.get({ id }) as { n: number }).n > 0,
    /** Joins two rows that turned out to be one person: every identity moves to `to`. */
    merge: (from: number, to: number) => {
      moveIdentities.run(to, from);
      remove.run(from);
    },
    update: (p: Person) => {
      update.run(p.email, p.displayName, p.locale, p.id);
    },
  };
}
