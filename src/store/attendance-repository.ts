import type { Db } from './open-database.js';

/** Day 1 is the forum's first date (in the forum's time zone), day 2 the date after. */
export type ForumDay = 1 | 2;

/** One person checked in on one day. `checkedInBy` is null when they used the venue's code. */
export interface CheckIn {
  registrationId: number;
  day: ForumDay;
  checkedInAt: string;
  checkedInBy: number | null;
}

interface CheckInRow {
  registration_id: number;
  day: ForumDay;
  checked_in_at: string;
  checked_in_by: number | null;
}

const toCheckIn = (r: CheckInRow): CheckIn => ({
  registrationId: r.registration_id,
  day: r.day,
  checkedInAt: r.checked_in_at,
  checkedInBy: r.checked_in_by,
});

export type AttendanceRepository = ReturnType<typeof attendanceRepository>;

/** Check-ins on the forum's two days, and the venue's check-in code (see migration 002). */
export function attendanceRepository(db: Db) {
  // Only a forum without a code gets one, so two coordinators asking at once share one code.
  const setCode = db.prepare<[string, string, number]>(
    `UPDATE forums SET checkin_code = ?, updated_at = ? WHERE id = ? AND checkin_code IS NULL`,
  );
  const getCode = db.prepare<[number], { checkin_code: string | null }>(
    'SELECT checkin_code FROM forums WHERE id = ?',
  );
  const insert = db.prepare<[number, ForumDay, string, number | null]>(
    `INSERT INTO attendance (registration_id, day, checked_in_at, checked_in_by)
     VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`,
  );
  const remove = db.prepare<[number, ForumDay]>(
    'DELETE FROM attendance WHERE registration_id = ? AND day = ?',
  );
  const find = db.prepare<[number, ForumDay], CheckInRow>(
    'SELECT * FROM attendance WHERE registration_id = ? AND day = ?',
  );
  const ofRegistration = db.prepare<[number], CheckInRow>(
    'SELECT * FROM attendance WHERE registration_id = ? ORDER BY day',
  );
  const forForum = db.prepare<[number], CheckInRow>(
    `SELECT a.* FROM attendance a JOIN registrations r ON r.id = a.registration_id
     WHERE r.forum_id = ? ORDER BY a.registration_id, a.day`,
  );

  return {
    /**
     * Stores the forum's check-in code unless it already has one, and returns the code the
     * forum has now (the new one, or the one someone else stored first).
     */
    ensureCode: (forumId: number, code: string, now: string): string => {
      setCode.run(code, now, forumId);
      return getCode.get(forumId)?.checkin_code ?? code;
    },
    /** True when this was the first check-in for that registration and day. */
    checkIn: (registrationId: number, day: ForumDay, at: string, by: number | null): boolean =>
      insert.run(registrationId, day, at, by).changes === 1,
    /** Takes back a mistaken check-in; true when there was one. */
    undo: (registrationId: number, day: ForumDay): boolean =>
      remove.run(registrationId, day).changes === 1,
    find: (registrationId: number, day: ForumDay) => {
      const row = find.get(registrationId, day);
      return row ? toCheckIn(row) : undefined;
    },
    listForRegistration: (registrationId: number) =>
      ofRegistration.all(registrationId).map(toCheckIn),
    /** Every check-in of the forum, both days. */
    listForForum: (forumId: number) => forForum.all(forumId).map(toCheckIn),
  };
}
