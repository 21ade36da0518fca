import type { Db } from './open-database.js';

export type AttendanceRepository = ReturnType<typeof attendanceRepository>;

export function attendanceRepository(_db: Db) {
  return {};
}
