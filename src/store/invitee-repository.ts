import type { Gender, Invitee, InviteeAnswer, InviteeDetails } from '../core/guests/invitee.js';
import type { Db } from './open-database.js';

interface InviteeRow {
  id: number;
  forum_id: number;
  person_id: number;
  email: string;
  name: string;
  organisation: string;
  organisation_type: string;
  municipality: string;
  role_title: string;
  gender: Gender | null;
  answer: InviteeAnswer | null;
  answered_at: string | null;
  substitute_for: number | null;
  imported_at: string;
  updated_at: string;
}

const toInvitee = (r: InviteeRow): Invitee => ({
  id: r.id,
  forumId: r.forum_id,
  personId: r.person_id,
  email: r.email,
  name: r.name,
  organisation: r.organisation,
  organisationType: r.organisation_type,
  municipality: r.municipality,
  roleTitle: r.role_title,
  gender: r.gender,
  answer: r.answer,
  answeredAt: r.answered_at,
  substituteFor: r.substitute_for,
  importedAt: r.imported_at,
  updatedAt: r.updated_at,
});

const select = `SELECT i.*, p.email AS email FROM invitees i JOIN people p ON p.id = i.person_id`;

export type InviteeRepository = ReturnType<typeof inviteeRepository>;

export function inviteeRepository(db: Db) {
  const existing = db.prepare<[number, number], { id: number }>(
    'SELECT id FROM invitees WHERE forum_id = ? AND person_id = ?',
  );
  // A re-import updates what the list says and keeps the answer: the list is the
  // coordinators', the answer is the invitee's.
  const upsert = db.prepare<Record<string, unknown>, { id: number }>(
    `INSERT INTO invitees (forum_id, person_id, name, organisation, organisation_type,
       municipality, role_title, gender, substitute_for, imported_at, updated_at)
     VALUES (@forumId, @personId, @name, @organisation, @organisationType, @municipality,
       @roleTitle, @gender, @substituteFor, @now, @now)
     ON CONFLICT (forum_id, person_id) DO UPDATE SET
       name = excluded.name, organisation = excluded.organisation,
       organisation_type = excluded.organisation_type, municipality = excluded.municipality,
       role_title = excluded.role_title, gender = coalesce(excluded.gender, gender),
       updated_at = excluded.updated_at
     RETURNING id`,
  );
  const byId = db.prepare<[number], InviteeRow>(`${select} WHERE i.id = ?`);
  const byPerson = db.prepare<[number, number], InviteeRow>(
    `${select} WHERE i.forum_id = ? AND i.person_id = ?`,
  );
  const forForum = db.prepare<[number], InviteeRow>(
    `${select} WHERE i.forum_id = ? ORDER BY i.organisation, i.name, i.id`,
  );
  const answer = db.prepare<[InviteeAnswer, string, string, number]>(
    'UPDATE invitees SET answer = ?, answered_at = ?, updated_at = ? WHERE id = ?',
  );

  return {
    /** Adds or updates one row of the guest list; `created` tells which. */
    save: (
      forumId: number,
      personId: number,
      details: InviteeDetails & { substituteFor?: number | null },
      now: string,
    ) => {
      const created = existing.get(forumId, personId) === undefined;
      const { id } = upsert.get({
        forumId,
        personId,
        ...details,
        substituteFor: details.substituteFor ?? null,
        now,
      }) as { id: number };
      return { invitee: toInvitee(byId.get(id) as InviteeRow), created };
    },
    get: (id: number) => {
      const row = byId.get(id);
      return row ? toInvitee(row) : undefined;
    },
    find: (forumId: number, personId: number) => {
      const row = byPerson.get(forumId, personId);
      return row ? toInvitee(row) : undefined;
    },
    listForForum: (forumId: number) => forForum.all(forumId).map(toInvitee),
    answer: (id: number, value: InviteeAnswer, now: string) => {
      answer.run(value, now, now, id);
    },
  };
}
