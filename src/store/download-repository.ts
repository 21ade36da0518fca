import type { Db } from './open-database.js';

export interface Download {
  token: string;
  name: string;
  mediaType: string;
  content: Uint8Array;
  expiresAt: string;
}

export type DownloadRepository = ReturnType<typeof downloadRepository>;

/** Files served by link for a short time (see migration 002). */
export function downloadRepository(db: Db) {
  const insert = db.prepare<[string, string, string, Uint8Array, number | null, string, string]>(
    `INSERT INTO downloads (token, name, media_type, content, person_id, created_at, expires_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const find = db.prepare<
    [string, string],
    { token: string; name: string; media_type: string; content: Buffer; expires_at: string }
  >('SELECT * FROM downloads WHERE token = ? AND expires_at > ?');
  const purge = db.prepare<[string]>('DELETE FROM downloads WHERE expires_at <= ?');
  return {
    save: (d: Download & { personId: number | null }, now: string) => {
      insert.run(d.token, d.name, d.mediaType, d.content, d.personId, now, d.expiresAt);
    },
    /** A download that has not expired, or undefined. */
    find: (token: string, now: string): Download | undefined => {
      const row = find.get(token, now);
      return row
        ? {
            token: row.token,
            name: row.name,
            mediaType: row.media_type,
            content: new Uint8Array(row.content),
            expiresAt: row.expires_at,
          }
        : undefined;
    },
    purgeExpired: (now: string) => purge.run(now).changes,
  };
}
