import type {
  CancelReason,
  Registration,
  RegistrationDetails,
  RegistrationStatus,
} from '../core/forum/forum.js';
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
  queued_at: string;
  offered_until: string | null;
  cancel_reason: CancelReason | null;
  calendar_sequence: number;
  attendance: Registration['attendance'];
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
  queuedAt: r.queued_at,
  offeredUntil: r.offered_until,
  cancelReason: r.cancel_reason,
  calendarSequence: r.calendar_sequence,
  attendance: r.attendance,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export type RegistrationRepository = ReturnType<typeof registrationRepository>;

export function registrationRepository(db: Db) {
  const find = db.prepare<[number, number], RegistrationRow>(
    'SELECT * FROM registrations WHERE forum_id = ? AND person_id = ?',
  );
  // Re-registering after a cancellation reuses the row, so a person never holds two. Coming
  // back after cancelling joins the end of the line; an edit keeps one's place.
  const upsert = db.prepare<Record<string, unknown>, RegistrationRow>(
    `INSERT INTO registrations (forum_id, person_id, status, organisation, role_title,
       lunch_day1, dinner_day1, overnight, breakfast_day2, lunch_day2, diet, accessibility,
       invoice_reference, queued_at, created_at, updated_at)
     VALUES (@forumId, @personId, @status, @organisation, @roleTitle, @lunchDay1,
       @dinnerDay1, @overnight, @breakfastDay2, @lunchDay2, @diet, @accessibility,
       @invoiceReference, @now, @now, @now)
     ON CONFLICT (forum_id, person_id) DO UPDATE SET
       queued_at = CASE WHEN status = 'cancelled' THEN excluded.queued_at ELSE queued_at END,
       offered_until = CASE WHEN excluded.status = 'offered' THEN offered_until END,
       cancel_reason = NULL, calendar_sequence = calendar_sequence + 1,
       status = excluded.status, organisation = excluded.organisation,
       role_title = excluded.role_title, lunch_day1 = excluded.lunch_day1,
       dinner_day1 = excluded.dinner_day1, overnight = excluded.overnight,
       breakfast_day2 = excluded.breakfast_day2, lunch_day2 = excluded.lunch_day2,
       diet = excluded.diet, accessibility = excluded.accessibility,
       invoice_reference = excluded.invoice_reference, updated_at = excluded.updated_at
     RETURNING *`,
  );
  const cancel = db.prepare<[CancelReason, string, number]>(
    `UPDATE registrations SET status = 'cancelled', cancel_reason = ?, offered_until = NULL,
       calendar_sequence = calendar_sequence + 1, updated_at = ? WHERE id = ?`,
  );
  const setStatus = db.prepare<[RegistrationStatus, string | null, string, number]>(
    `UPDATE registrations SET status = ?, offered_until = ?, updated_at = ? WHERE id = ?`,
  );
  const byStatus = db.prepare<[number, RegistrationStatus], RegistrationRow>(
    `SELECT * FROM registrations WHERE forum_id = ? AND status = ? ORDER BY queued_at, id`,
  );
  const forForum = db.prepare<[number], RegistrationRow>(
    `SELECT * FROM registrations WHERE forum_id = ? ORDER BY queued_at, id`,
  );
  const lapsed = db.prepare<[string], RegistrationRow>(
    `SELECT * FROM registrations WHERE status = 'offered' AND offered_until <= ?
     ORDER BY offered_until, id`,
  );
  const withoutOutcome = db.prepare<[string], { forum_id: number }>(
    `SELECT DISTINCT r.forum_id FROM registrations r JOIN forums f ON f.id = r.forum_id
     WHERE r.status = 'registered' AND r.attendance IS NULL AND f.ends_at <= ?`,
  );
  const setAttendance = db.prepare<[Registration['attendance'], number]>(
    'UPDATE registrations SET attendance = ? WHERE id = ?',
  );
  const byId = db.prepare<[number], RegistrationRow>('SELECT * FROM registrations WHERE id = ?');
  const bumpCalendar = db.prepare<[number], RegistrationRow>(
    `UPDATE registrations SET calendar_sequence = calendar_sequence + 1 WHERE id = ? RETURNING *`,
  );
  const latest = db.prepare<[number], RegistrationRow>(
    'SELECT * FROM registrations WHERE person_id = ? ORDER BY updated_at DESC, id DESC LIMIT 1',
  );
  const countActive = db.prepare<[number], { n: number }>(
    `SELECT count(*) AS n FROM registrations WHERE forum_id = ? AND status = 'registered'`,
  );
  // A seat held for someone on the waitlist is as taken as a booked one.
  const countHeld = db.prepare<[number], { n: number }>(
    `SELECT count(*) AS n FROM registrations
     WHERE forum_id = ? AND status IN ('registered', 'offered')`,
  );
  const countWaiting = db.prepare<[number], { n: number }>(
    `SELECT count(*) AS n FROM registrations WHERE forum_id = ? AND status = 'waitlisted'`,
  );
  const placeInLine = db.prepare<[number, string, string, number], { n: number }>(
    `SELECT count(*) AS n FROM registrations WHERE forum_id = ? AND status = 'waitlisted'
       AND (queued_at < ? OR (queued_at = ? AND id <= ?))`,
  );

  return {
    find: (forumId: number, personId: number) => {
      const row = find.get(forumId, personId);
      return row ? toRegistration(row) : undefined;
    },
    get: (id: number) => {
      const row = byId.get(id);
      return row ? toRegistration(row) : undefined;
    },
    save: (
      forumId: number,
      personId: number,
      d: RegistrationDetails,
      now: string,
      status: 'registered' | 'waitlisted' = 'registered',
    ) =>
      toRegistration(
        upsert.get({
          forumId,
          personId,
          status,
          ...d,
          lunchDay1: Number(d.lunchDay1),
          dinnerDay1: Number(d.dinnerDay1),
          overnight: Number(d.overnight),
          breakfastDay2: Number(d.breakfastDay2),
          lunchDay2: Number(d.lunchDay2),
          now,
        }) as RegistrationRow,
      ),
    cancel: (id: number, now: string, reason: CancelReason = 'self') => {
      cancel.run(reason, now, id);
    },
    setStatus: (
      id: number,
      status: RegistrationStatus,
      offeredUntil: string | null,
      now: string,
    ) => {
      setStatus.run(status, offeredUntil, now, id);
    },
    /** In line order (`queued_at`): the waitlist as it stands. */
    listByStatus: (forumId: number, status: RegistrationStatus) =>
      byStatus.all(forumId, status).map(toRegistration),
    listForForum: (forumId: number) => forForum.all(forumId).map(toRegistration),
    /** Offers whose time to accept has run out, across all forums. */
    listLapsedOffers: (now: string) => lapsed.all(now).map(toRegistration),
    /** A new version of the calendar entry (the forum moved): the sequence goes up by one. */
    bumpCalendar: (id: number) => toRegistration(bumpCalendar.get(id) as RegistrationRow),
    /** Forums that have ended with seats whose outcome (came / no-show) is not yet recorded. */
    forumsAwaitingOutcome: (now: string) => withoutOutcome.all(now).map((r) => r.forum_id),
    setAttendance: (id: number, attendance: Registration['attendance']) => {
      setAttendance.run(attendance, id);
    },
    countHeld: (forumId: number) => (countHeld.get(forumId) as { n: number }).n,
    countWaiting: (forumId: number) => (countWaiting.get(forumId) as { n: number }).n,
    /** 1 for the first in line. */
    placeInLine: (r: Registration) =>
      (placeInLine.get(r.forumId, r.queuedAt, r.queuedAt, r.id) as { n: number }).n,
    /** The person's most recent registration for any forum: a head start for the next form. */
    latestFor: (personId: number) => {
      const row = latest.get(personId);
      return row ? toRegistration(row) : undefined;
    },
    countActive: (forumId: number) => (countActive.get(forumId) as { n: number }).n,
  };
}
