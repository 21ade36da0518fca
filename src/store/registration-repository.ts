import type { Registration, RegistrationDetails } from '../core/forum/forum.js';
import type { Db } from './open-database.js';

interface RegistrationRow {
  id: number;
  forum_id: number;
  person_id: number;
  status: Registration['status'];
  organisation: string;
  role_title: string;
  lunch_day1: number;
  dinner_day1: number;
  overnight: number;
  breakfast_day2: number;
  lunch_day2: number;
  diet: string;
  accessibility: string;
  invoice_reference: string;
  created_at: string;
  updated_at: string;
}

const toRegistration = (r: RegistrationRow): Registration => ({
  id: r.id,
  forumId: r.forum_id,
  personId: r.person_id,
  status: r.status,
  organisation: r.organisation,
  roleTitle: r.role_title,
  lunchDay1: r.lunch_day1 === 1,
  dinnerDay1: r.dinner_day1 === 1,
  overnight: r.overnight === 1,
  breakfastDay2: r.breakfast_day2 === 1,
  lunchDay2: r.lunch_day2 === 1,
  diet: r.diet,
  accessibility: r.accessibility,
  invoiceReference: r.invoice_reference,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export type RegistrationRepository = ReturnType<typeof registrationRepository>;

export function registrationRepository(db: Db) {
  const find = db.prepare<[number, number], RegistrationRow>(
    'SELECT * FROM registrations WHERE forum_id = ? AND person_id = ?',
  );
  // Re-registering after a cancellation reuses the row, so a person never holds two.
  const upsert = db.prepare<Record<string, unknown>, RegistrationRow>(
    `INSERT INTO registrations (forum_id, person_id, status, organisation, role_title,
       lunch_day1, dinner_day1, overnight, breakfast_day2, lunch_day2, diet, accessibility,
       invoice_reference, created_at, updated_at)
     VALUES (@forumId, @personId, 'registered', @organisation, @roleTitle, @lunchDay1,
       @dinnerDay1, @overnight, @breakfastDay2, @lunchDay2, @diet, @accessibility,
       @invoiceReference, @now, @now)
     ON CONFLICT (forum_id, person_id) DO UPDATE SET
       status = 'registered', organisation = excluded.organisation,
       role_title = excluded.role_title, lunch_day1 = excluded.lunch_day1,
       dinner_day1 = excluded.dinner_day1, overnight = excluded.overnight,
       breakfast_day2 = excluded.breakfast_day2, lunch_day2 = excluded.lunch_day2,
       diet = excluded.diet, accessibility = excluded.accessibility,
       invoice_reference = excluded.invoice_reference, updated_at = excluded.updated_at
     RETURNING *`,
  );
  const cancel = db.prepare<[string, number]>(
    `UPDATE registrations SET status = 'cancelled', updated_at = ? WHERE id = ?`,
  );
  const latest = db.prepare<[number], RegistrationRow>(
    'SELECT * FROM registrations WHERE person_id = ? ORDER BY updated_at DESC, id DESC LIMIT 1',
  );
  const countFor = db.prepare<[number], { n: number }>(
    'SELECT count(*) AS n FROM registrations WHERE person_id = ?',
  );
  const countActive = db.prepare<[number], { n: number }>(
    `SELECT count(*) AS n FROM registrations WHERE forum_id = ? AND status = 'registered'`,
  );

  return {
    find: (forumId: number, personId: number) => {
      const row = find.get(forumId, personId);
      return row ? toRegistration(row) : undefined;
    },
    save: (forumId: number, personId: number, d: RegistrationDetails, now: string) =>
      toRegistration(
        upsert.get({
          forumId,
          personId,
          ...d,
          lunchDay1: Number(d.lunchDay1),
          dinnerDay1: Number(d.dinnerDay1),
          overnight: Number(d.overnight),
          breakfastDay2: Number(d.breakfastDay2),
          lunchDay2: Number(d.lunchDay2),
          now,
        }) as RegistrationRow,
      ),
    cancel: (id: number, now: string) => {
      cancel.run(now, id);
    },
    /** The person's most recent registration for any forum: a head start for the next form. */
    latestFor: (personId: number) => {
      const row = latest.get(personId);
      return row ? toRegistration(row) : undefined;
    },
    countFor: (personId: number) => (countFor.get(personId) as { n: number }).n,
    countActive: (forumId: number) => (countActive.get(forumId) as { n: number }).n,
  };
}
