import type { Db } from './open-database.js';

export interface AuditEntry {
  id: number;
  at: string;
  personId: number;
  command: string;
  subject: string;
}

export type AuditRepository = ReturnType<typeof auditRepository>;

/** The audit log (see migration 007): added to, read newest first, never changed. */
export function auditRepository(db: Db) {
  const insert = db.prepare<[string, number, string, string]>(
    'INSERT INTO audit_log (at, person_id, command, subject) VALUES (?, ?, ?, ?)',
  );
  const page = db.prepare<
    [number, number],
    { id: number; at: string; person_id: number; command: string; subject: string }
  >('SELECT * FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log');
  const toEntry = (row: {
    id: number;
    at: string;
    person_id: number;
    command: string;
    subject: string;
  }): AuditEntry => ({
    id: row.id,
    at: row.at,
    personId: row.person_id,
    command: row.command,
    subject: row.subject,
  });
  return {
    record: (entry: Omit<AuditEntry, 'id'>) => {
      insert.run(entry.at, entry.personId, entry.command, entry.subject);
    },
    /** Newest first; `offset` entries skipped. */
    latest: (limit: number, offset = 0): AuditEntry[] => page.all(limit, offset).map(toEntry),
    count: (): number => count.get()?.n ?? 0,
  };
}
