import type { RoundOrganisation } from '../core/rounds/round.js';
import type { Db } from './open-database.js';

interface OrganisationRow {
  id: number;
  round_id: number;
  name: string;
  organisation_type: string;
  municipality: string;
  contact_name: string;
  contact_person_id: number | null;
  email: string | null;
  deadline: string | null;
  extended_at: string | null;
  more_time_until: string | null;
  more_time_reason: string | null;
  more_time_asked_at: string | null;
  added_at: string;
}

const toOrganisation = (r: OrganisationRow): RoundOrganisation => ({
  id: r.id,
  roundId: r.round_id,
  name: r.name,
  organisationType: r.organisation_type,
  municipality: r.municipality,
  contactName: r.contact_name,
  contactPersonId: r.contact_person_id,
  contactEmail: r.email,
  deadline: r.deadline,
  extendedAt: r.extended_at,
  moreTimeUntil: r.more_time_until,
  moreTimeReason: r.more_time_reason,
  moreTimeAskedAt: r.more_time_asked_at,
  addedAt: r.added_at,
});

const select = `SELECT o.*, p.email AS email FROM round_organisations o
  LEFT JOIN people p ON p.id = o.contact_person_id`;

export interface OrganisationDetails {
  name: string;
  organisationType: string;
  municipality: string;
  contactName: string;
  contactPersonId: number;
}

export type RoundOrganisationRepository = ReturnType<typeof roundOrganisationRepository>;

/** A remiss's invited organisations, their contacts, extensions and requests for more time. */
export function roundOrganisationRepository(db: Db) {
  const existing = db.prepare<[number, string], { id: number }>(
    'SELECT id FROM round_organisations WHERE round_id = ? AND name = ?',
  );
  // Listing an organisation again updates its details and contact, and keeps its extension.
  const upsert = db.prepare<Record<string, unknown>, { id: number }>(
    `INSERT INTO round_organisations (round_id, name, organisation_type, municipality,
       contact_name, contact_person_id, added_at, updated_at)
     VALUES (@roundId, @name, @organisationType, @municipality, @contactName,
       @contactPersonId, @now, @now)
     ON CONFLICT (round_id, name) DO UPDATE SET
       organisation_type = excluded.organisation_type, municipality = excluded.municipality,
       contact_name = excluded.contact_name, contact_person_id = excluded.contact_person_id,
       updated_at = excluded.updated_at
     RETURNING id`,
  );
  const byId = db.prepare<[number], OrganisationRow>(`${select} WHERE o.id = ?`);
  const forRound = db.prepare<[number], OrganisationRow>(
    `${select} WHERE o.round_id = ? ORDER BY o.name COLLATE NOCASE, o.id`,
  );
  const forContact = db.prepare<[number, number], OrganisationRow>(
    `${select} WHERE o.round_id = ? AND o.contact_person_id = ? ORDER BY o.name, o.id`,
  );
  const extend = db.prepare<[string, number, string, string, number]>(
    `UPDATE round_organisations SET deadline = ?, extended_by = ?, extended_at = ?,
       updated_at = ? WHERE id = ?`,
  );
  const askMoreTime = db.prepare<[string, string, string, string, number]>(
    `UPDATE round_organisations SET more_time_until = ?, more_time_reason = ?,
       more_time_asked_at = ?, updated_at = ? WHERE id = ?`,
  );
  const answeredForContact = db.prepare<[number], { n: number }>(
    `SELECT 1 AS n FROM round_organisations o JOIN round_inputs i ON i.organisation_id = o.id
     WHERE o.contact_person_id = ? LIMIT 1`,
  );
  const latest = db.prepare<[number], { at: string | null }>(
    'SELECT max(deadline) AS at FROM round_organisations WHERE round_id = ?',
  );

  return {
    save: (roundId: number, details: OrganisationDetails, now: string) => {
      const created = existing.get(roundId, details.name) === undefined;
      const { id } = upsert.get({ roundId, ...details, now }) as { id: number };
      return { organisation: toOrganisation(byId.get(id) as OrganisationRow), created };
    },
    get: (id: number) => {
      const row = byId.get(id);
      return row ? toOrganisation(row) : undefined;
    },
    listForRound: (roundId: number) => forRound.all(roundId).map(toOrganisation),
    /** The organisations in the round this person answers for. */
    listForContact: (roundId: number, personId: number) =>
      forContact.all(roundId, personId).map(toOrganisation),
    extend: (id: number, deadline: string, by: number, now: string) => {
      extend.run(deadline, by, now, now, id);
    },
    askMoreTime: (id: number, until: string, reason: string, now: string) => {
      askMoreTime.run(until, reason, now, now, id);
    },
    /** Whether an organisation the person is the contact of has an answer on file. */
    hasAnswerForContact: (personId: number) => answeredForContact.get(personId) !== undefined,
    /** The latest extension granted in the round, if any. */
    latestDeadline: (roundId: number) => latest.get(roundId)?.at ?? undefined,
  };
}
