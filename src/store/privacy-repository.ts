import type { Db } from './open-database.js';

/** One row as the database holds it, for a person's copy of their data. */
export type DataRow = Record<string, string | number | null>;

/** A round and the key its inputs and votes by this person are filed under. */
export interface RoundKey {
  roundId: number;
  key: string;
}

/** An outbox entry whose message text may name someone. */
export interface OutboxText {
  id: number;
  key: string;
  personId: number | null;
  status: string;
  message: string;
}

// The columns that point at people and are read or cleared one by one below. Any other
// column with a foreign key to people (a table added later) still shows in a person's copy
// of their data, through `otherRows`.
const known = new Set([
  'identities.person_id',
  'conversations.person_id',
  'roles.person_id',
  'roles.granted_by',
  'registrations.person_id',
  'invitees.person_id',
  'outbox.person_id',
  'attendance.checked_in_by',
  'evaluations.person_id',
  'downloads.person_id',
  'cycle_items.updated_by',
  'cycle_channels.connected_by',
  'cycle_occurrences.by_person',
  'rounds.created_by',
  'rounds.closed_by',
  'round_organisations.contact_person_id',
  'round_organisations.extended_by',
  'round_themes.created_by',
  'round_inputs.person_id',
  'round_inputs.hidden_by',
  'round_actions.person_id',
]);

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Blobs are shown by their size: a copy of someone's data is text. */
const plain = (row: Record<string, unknown>): DataRow =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [
      k,
      v instanceof Uint8Array ? `(${v.byteLength} bytes)` : (v as string | number | null),
    ]),
  );

export type PrivacyRepository = ReturnType<typeof privacyRepository>;

/**
 * Everything the data-subject rights need from the database: every row that is about one
 * person (to hand them a copy), and the writes that erase them while keeping the counts.
 */
export function privacyRepository(db: Db) {
  const all = (sql: string, ...params: unknown[]) =>
    (db.prepare(sql).all(...params) as Record<string, unknown>[]).map(plain);

  const person = db.prepare<[number], DataRow>(
    `SELECT id, email, display_name AS displayName, locale, created_at AS createdAt,
       erased_at AS erasedAt FROM people WHERE id = ?`,
  );
  const byEmail = db.prepare<[string], { id: number }>(
    'SELECT id FROM people WHERE email = ? AND erased_at IS NULL',
  );

  return {
    person: (id: number) => person.get(id),
    /** A person who has not been erased, by their (lower-case) e-mail address. */
    findByEmail: (email: string) => byEmail.get(email)?.id,

    identities: (id: number) =>
      all('SELECT platform, user_id AS userId FROM identities WHERE person_id = ?', id),
    conversations: (id: number) =>
      all(
        `SELECT platform, conversation_id AS conversationId, kind, updated_at AS lastUsedAt
         FROM conversations WHERE person_id = ?`,
        id,
      ),
    roles: (id: number) =>
      all('SELECT role, granted_at AS grantedAt FROM roles WHERE person_id = ?', id),
    invitees: (id: number) =>
      all(
        `SELECT f.title AS forum, i.name, i.organisation, i.organisation_type AS organisationType,
           i.municipality, i.role_title AS roleTitle, i.gender, i.answer,
           i.answered_at AS answeredAt, i.substitute_for IS NOT NULL AS substitute,
           i.imported_at AS importedAt, i.updated_at AS updatedAt
         FROM invitees i JOIN forums f ON f.id = i.forum_id WHERE i.person_id = ? ORDER BY i.id`,
        id,
      ),
    registrations: (id: number) =>
      all(
        `SELECT f.title AS forum, r.status, r.organisation, r.role_title AS roleTitle,
           r.lunch_day1 AS lunchDay1, r.dinner_day1 AS dinnerDay1, r.overnight,
           r.breakfast_day2 AS breakfastDay2, r.lunch_day2 AS lunchDay2, r.diet,
           r.accessibility, r.invoice_reference AS invoiceReference, r.queued_at AS queuedAt,
           r.offered_until AS offeredUntil, r.cancel_reason AS cancelReason, r.attendance,
           f.details_cleared_at AS detailsClearedAt, r.created_at AS createdAt,
           r.updated_at AS updatedAt
         FROM registrations r JOIN forums f ON f.id = r.forum_id
         WHERE r.person_id = ? ORDER BY r.id`,
        id,
      ),
    /** Waitlist places: the line's order is by queued_at among those waiting. */
    waitlist: (id: number) =>
      all(
        `SELECT f.title AS forum, r.status, r.queued_at AS queuedAt,
           r.offered_until AS offeredUntil,
           (SELECT count(*) FROM registrations w WHERE w.forum_id = r.forum_id
              AND w.status = 'waitlisted' AND (w.queued_at < r.queued_at
              OR (w.queued_at = r.queued_at AND w.id <= r.id))) AS placeInLine
         FROM registrations r JOIN forums f ON f.id = r.forum_id
         WHERE r.person_id = ? AND r.status IN ('waitlisted', 'offered') ORDER BY r.id`,
        id,
      ),
    waitlistOffers: (id: number) =>
      all(
        `SELECT o.purpose, o.status, o.created_at AS createdAt, o.sent_at AS sentAt FROM outbox o
         WHERE o.person_id = ? AND o.purpose = 'waitlist-offer' ORDER BY o.id`,
        id,
      ),
    attendance: (id: number) =>
      all(
        `SELECT f.title AS forum, a.day, a.checked_in_at AS checkedInAt,
           a.checked_in_by IS NULL AS selfCheckIn
         FROM attendance a JOIN registrations r ON r.id = a.registration_id
         JOIN forums f ON f.id = r.forum_id WHERE r.person_id = ? ORDER BY a.checked_in_at`,
        id,
      ),
    evaluations: (id: number) =>
      all(
        `SELECT f.title AS forum, e.rating, e.comment, e.submitted_at AS submittedAt
         FROM evaluations e JOIN forums f ON f.id = e.forum_id WHERE e.person_id = ?`,
        id,
      ),
    roundIds: () =>
      (db.prepare('SELECT id FROM rounds').all() as { id: number }[]).map((r) => r.id),
    /** Inputs the person wrote: named ones by person, anonymous ones by their key only. */
    roundInputs: (id: number, keys: readonly RoundKey[]) => {
      const rows: DataRow[] = [];
      const select = db.prepare(
        `SELECT r.title AS round, r.kind, r.anonymity, i.number, p.text AS question, i.text,
           i.document_url AS documentUrl, i.organisation, i.status, i.hidden_reason AS hiddenReason,
           (SELECT group_concat(tag, ', ') FROM round_input_tags t WHERE t.input_id = i.id) AS tags,
           i.created_at AS createdAt, i.updated_at AS updatedAt
         FROM round_inputs i JOIN rounds r ON r.id = i.round_id
         LEFT JOIN round_prompts p ON p.id = i.prompt_id
         WHERE i.round_id = ? AND (i.person_id = ? OR i.author_key = ?) ORDER BY i.number`,
      );
      for (const { roundId, key } of keys) {
        rows.push(...(select.all(roundId, id, key) as Record<string, unknown>[]).map(plain));
      }
      return rows;
    },
    roundVotes: (keys: readonly RoundKey[]) => {
      const rows: DataRow[] = [];
      const select = db.prepare(
        `SELECT r.title AS round, i.number AS inputNumber, th.title AS theme,
           v.created_at AS createdAt
         FROM round_votes v JOIN rounds r ON r.id = v.round_id
         LEFT JOIN round_inputs i ON i.id = v.input_id
         LEFT JOIN round_themes th ON th.id = v.theme_id
         WHERE v.round_id = ? AND v.voter_key = ? ORDER BY v.id`,
      );
      for (const { roundId, key } of keys) {
        rows.push(...(select.all(roundId, key) as Record<string, unknown>[]).map(plain));
      }
      return rows;
    },
    remissContacts: (id: number) =>
      all(
        `SELECT r.title AS round, o.name AS organisation, o.contact_name AS contactName,
           o.deadline, o.more_time_until AS moreTimeUntil, o.more_time_reason AS moreTimeReason,
           o.more_time_asked_at AS moreTimeAskedAt
         FROM round_organisations o JOIN rounds r ON r.id = o.round_id
         WHERE o.contact_person_id = ? ORDER BY o.id`,
        id,
      ),
    /** What the person did as a facilitator: rounds opened and actions taken. */
    roundActions: (id: number) =>
      all(
        `SELECT r.title AS round, a.action, a.at FROM round_actions a
         JOIN rounds r ON r.id = a.round_id WHERE a.person_id = ? ORDER BY a.id`,
        id,
      ),
    cycleItems: () =>
      db.prepare('SELECT id, definition FROM cycle_items ORDER BY position').all() as {
        id: string;
        definition: string;
      }[],
    cycleOccurrences: (id: number) =>
      all(
        `SELECT item_id AS item, occurrence_date AS date, state, snoozed_until AS snoozedUntil,
           updated_at AS updatedAt FROM cycle_occurrences WHERE by_person = ?`,
        id,
      ),
    messagesTo: (id: number) =>
      all(
        `SELECT purpose, status, created_at AS createdAt, not_before AS notBefore,
           sent_at AS sentAt, sent_platform AS platform
         FROM outbox WHERE person_id = ? ORDER BY id`,
        id,
      ),
    downloads: (id: number) =>
      all(
        `SELECT name, media_type AS mediaType, created_at AS createdAt, expires_at AS expiresAt
         FROM downloads WHERE person_id = ?`,
        id,
      ),
    /** Rows of tables not read above whose foreign key names the person (see `known`). */
    otherRows: (id: number) => {
      const out: { table: string; column: string; rows: DataRow[] }[] = [];
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .all() as { name: string }[];
      for (const { name } of tables) {
        const keys = db.pragma(`foreign_key_list(${quote(name)})`) as {
          table: string;
          from: string;
        }[];
        for (const fk of keys) {
          if (fk.table !== 'people' || known.has(`${name}.${fk.from}`)) continue;
          const rows = all(`SELECT * FROM ${quote(name)} WHERE ${quote(fk.from)} = ?`, id);
          if (rows.length > 0) out.push({ table: name, column: fk.from, rows });
        }
      }
      return out;
    },

    // Erasure, step by step; the core runs them in one transaction.

    /** No name, no e-mail, no way in: the row stays only as the holder of counted rows. */
    anonymisePerson: (id: number, now: string) => {
      db.prepare('DELETE FROM identities WHERE person_id = ?').run(id);
      db.prepare('DELETE FROM roles WHERE person_id = ?').run(id);
      db.prepare('DELETE FROM downloads WHERE person_id = ?').run(id);
      // A personal chat's address leads to the person; a channel's is the channel's.
      db.prepare("DELETE FROM conversations WHERE person_id = ? AND kind = 'personal'").run(id);
      db.prepare('UPDATE conversations SET person_id = NULL WHERE person_id = ?').run(id);
      db.prepare(
        'UPDATE people SET email = NULL, display_name = NULL, erased_at = ? WHERE id = ?',
      ).run(now, id);
    },
    /**
     * Guest-list rows keep organisation type, municipality, gender and the answer (the
     * categories figures count) and lose name, organisation and role; rows of forums that have
     * not ended are removed, as the person is no longer invited to them.
     */
    anonymiseInvitees: (id: number, now: string) => {
      db.prepare(
        `DELETE FROM invitees WHERE person_id = ?
           AND forum_id IN (SELECT id FROM forums WHERE ends_at > ?)`,
      ).run(id, now);
      db.prepare(
        `UPDATE invitees SET name = '', organisation = '', role_title = '', updated_at = ?
         WHERE person_id = ?`,
      ).run(now, id);
    },
    /** Registrations keep status, meals, stay and attendance (catering and turnout counts). */
    anonymiseRegistrations: (id: number, now: string) => {
      db.prepare(
        `UPDATE registrations SET organisation = '', role_title = '', diet = '',
           accessibility = '', invoice_reference = '', updated_at = ? WHERE person_id = ?`,
      ).run(now, id);
    },
    /** The rating stays in the averages; the comment is the person's own words. */
    clearEvaluationComments: (id: number) => {
      db.prepare("UPDATE evaluations SET comment = '' WHERE person_id = ?").run(id);
    },
    /** Inputs are the round's record: the text stays, the link to the person goes. */
    unlinkInputs: (id: number) =>
      db.prepare('UPDATE round_inputs SET person_id = NULL WHERE person_id = ?').run(id).changes,
    unlinkRemissContacts: (id: number) => {
      db.prepare(
        // The contact's own words asking for more time go with them, as comments do.
        `UPDATE round_organisations SET contact_person_id = NULL, contact_name = '',
           more_time_reason = CASE WHEN more_time_reason IS NULL THEN NULL ELSE '' END
         WHERE contact_person_id = ?`,
      ).run(id);
    },
    setCycleDefinition: (itemId: string, definition: string) => {
      db.prepare('UPDATE cycle_items SET definition = ? WHERE id = ?').run(definition, itemId);
    },
    /**
     * Messages to the person: one not yet sent is withdrawn, and every one loses its content.
     * The row (and its unique key) stays, so no job queues the same message again.
     */
    emptyMessagesTo: (id: number, emptyMessage: string) => {
      db.prepare(
        `UPDATE outbox SET status = 'withdrawn'
         WHERE person_id = ? AND status IN ('queued', 'sending', 'failed')`,
      ).run(id);
      db.prepare('UPDATE outbox SET message = ?, error = NULL WHERE person_id = ?').run(
        emptyMessage,
        id,
      );
    },
    /** Outbox entries to others whose stored message contains one of the strings. */
    messagesContaining: (needles: readonly string[]): OutboxText[] => {
      if (needles.length === 0) return [];
      const where = needles.map(() => 'instr(message, ?) > 0').join(' OR ');
      return db
        .prepare(
          `SELECT id, key, person_id AS personId, status, message FROM outbox WHERE ${where}`,
        )
        .all(...needles) as OutboxText[];
    },
    setMessage: (outboxId: number, message: string) => {
      db.prepare('UPDATE outbox SET message = ? WHERE id = ?').run(message, outboxId);
    },
    /** Short-lived files (exports) that hold one of the strings are removed before they expire. */
    deleteDownloadsContaining: (needles: readonly string[]) => {
      const rows = db.prepare('SELECT token, content FROM downloads').all() as {
        token: string;
        content: Buffer;
      }[];
      const remove = db.prepare('DELETE FROM downloads WHERE token = ?');
      let removed = 0;
      for (const row of rows) {
        if (needles.some((n) => Buffer.from(row.content).includes(n))) {
          remove.run(row.token);
          removed++;
        }
      }
      return removed;
    },

    // Retention.

    /** Forums that ended before `endedBefore` whose registrations still hold details. */
    forumsWithDetails: (endedBefore: string) =>
      db
        .prepare(
          `SELECT f.id, f.title, f.details_cleared_at AS clearedAt FROM forums f
           WHERE f.ends_at <= ? AND (f.details_cleared_at IS NULL OR EXISTS (
             SELECT 1 FROM registrations r WHERE r.forum_id = f.id
               AND (r.diet <> '' OR r.accessibility <> '')))`,
        )
        .all(endedBefore) as { id: number; title: string; clearedAt: string | null }[],
    detailsOf: (forumId: number) =>
      db
        .prepare(
          `SELECT diet, accessibility FROM registrations
           WHERE forum_id = ? AND (diet <> '' OR accessibility <> '')`,
        )
        .all(forumId) as { diet: string; accessibility: string }[],
    /** Clears the details and records when, the first time; returns how many rows changed. */
    clearDetails: (forumId: number, now: string) => {
      const cleared = db
        .prepare(
          `UPDATE registrations SET diet = '', accessibility = ''
           WHERE forum_id = ? AND (diet <> '' OR accessibility <> '')`,
        )
        .run(forumId).changes;
      db.prepare(
        'UPDATE forums SET details_cleared_at = coalesce(details_cleared_at, ?) WHERE id = ?',
      ).run(now, forumId);
      return cleared;
    },
    detailsClearedAt: (forumId: number) =>
      (
        db.prepare('SELECT details_cleared_at AS at FROM forums WHERE id = ?').get(forumId) as
          | { at: string | null }
          | undefined
      )?.at ?? null,
  };
}
