import type { InputStatus, RoundInput, Theme } from '../core/rounds/round.js';
import type { Db } from './open-database.js';

interface InputRow {
  id: number;
  round_id: number;
  number: number;
  prompt_id: number | null;
  person_id: number | null;
  author_key: string;
  organisation_id: number | null;
  text: string;
  document_url: string | null;
  organisation: string;
  organisation_type: string;
  municipality: string;
  source: 'form' | 'reply';
  theme_id: number | null;
  status: InputStatus;
  hidden_reason: string | null;
  hidden_by: number | null;
  hidden_at: string | null;
  tags: string | null;
  created_at: string;
  updated_at: string;
}

const toInput = (r: InputRow): RoundInput => ({
  id: r.id,
  roundId: r.round_id,
  number: r.number,
  promptId: r.prompt_id,
  personId: r.person_id,
  authorKey: r.author_key,
  organisationId: r.organisation_id,
  text: r.text,
  documentUrl: r.document_url,
  organisation: r.organisation,
  organisationType: r.organisation_type,
  municipality: r.municipality,
  source: r.source,
  themeId: r.theme_id,
  status: r.status,
  hiddenReason: r.hidden_reason,
  hiddenBy: r.hidden_by,
  hiddenAt: r.hidden_at,
  tags: r.tags ? r.tags.split('\n').sort() : [],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

// Tags travel as one newline-joined column: a tag id never holds a line break.
const select = `SELECT i.*, (SELECT group_concat(tag, char(10)) FROM round_input_tags t
  WHERE t.input_id = i.id) AS tags FROM round_inputs i`;

/**
 * A whole round is read as arrays rather than objects: better-sqlite3 builds a row object one
 * column at a time, which was half the time of reading a workshop of 10,000 inputs. The
 * columns are named in this order and `rowOf` reads them back by position.
 */
const roundColumns = `i.id, i.round_id, i.number, i.prompt_id, i.person_id, i.author_key,
  i.organisation_id, i.text, i.document_url, i.organisation, i.organisation_type,
  i.municipality, i.source, i.theme_id, i.status, i.hidden_reason, i.hidden_by, i.hidden_at,
  i.created_at, i.updated_at, (SELECT group_concat(tag, char(10)) FROM round_input_tags t
  WHERE t.input_id = i.id) AS tags`;

const rowOf = (v: unknown[]): InputRow =>
  ({
    id: v[0],
    round_id: v[1],
    number: v[2],
    prompt_id: v[3],
    person_id: v[4],
    author_key: v[5],
    organisation_id: v[6],
    text: v[7],
    document_url: v[8],
    organisation: v[9],
    organisation_type: v[10],
    municipality: v[11],
    source: v[12],
    theme_id: v[13],
    status: v[14],
    hidden_reason: v[15],
    hidden_by: v[16],
    hidden_at: v[17],
    created_at: v[18],
    updated_at: v[19],
    tags: v[20],
  }) as InputRow;

export interface NewInput {
  roundId: number;
  number: number;
  promptId: number | null;
  personId: number | null;
  authorKey: string;
  organisationId: number | null;
  text: string;
  documentUrl: string | null;
  organisation: string;
  organisationType: string;
  municipality: string;
  source: 'form' | 'reply';
  tags: readonly string[];
}

export interface Affiliation {
  organisation: string;
  organisationType: string;
  municipality: string;
}

export type RoundInputRepository = ReturnType<typeof roundInputRepository>;

/** Inputs to consultation rounds, their tags, and the themes facilitators merge them into. */
export function roundInputRepository(db: Db) {
  const insert = db.prepare<Record<string, unknown>, { id: number }>(
    `INSERT INTO round_inputs (round_id, number, prompt_id, person_id, author_key,
       organisation_id, text, document_url, organisation, organisation_type, municipality,
       source, created_at, updated_at)
     VALUES (@roundId, @number, @promptId, @personId, @authorKey, @organisationId, @text,
       @documentUrl, @organisation, @organisationType, @municipality, @source, @now, @now)
     RETURNING id`,
  );
  const addTag = db.prepare<[number, string]>(
    'INSERT OR IGNORE INTO round_input_tags (input_id, tag) VALUES (?, ?)',
  );
  const clearTags = db.prepare<[number]>('DELETE FROM round_input_tags WHERE input_id = ?');
  const byId = db.prepare<[number], InputRow>(`${select} WHERE i.id = ?`);
  const forRound = db
    .prepare<[number], unknown[]>(
      `SELECT ${roundColumns} FROM round_inputs i WHERE i.round_id = ? ORDER BY i.number`,
    )
    .raw();
  const byAuthor = db.prepare<[number, string], InputRow>(
    `${select} WHERE i.round_id = ? AND i.author_key = ? AND i.status <> 'withdrawn'
     ORDER BY i.number`,
  );
  const anyByPerson = db.prepare<[number], { n: number }>(
    'SELECT 1 AS n FROM round_inputs WHERE person_id = ? LIMIT 1',
  );
  const anyByAuthor = db.prepare<[number, string], { n: number }>(
    'SELECT 1 AS n FROM round_inputs WHERE round_id = ? AND author_key = ? LIMIT 1',
  );
  const byOrganisation = db.prepare<[number], InputRow>(`${select} WHERE i.organisation_id = ?`);
  const counts = db.prepare<[number], { inputs: number; participants: number }>(
    `SELECT count(*) AS inputs, count(DISTINCT author_key) AS participants
     FROM round_inputs WHERE round_id = ? AND status = 'active'`,
  );
  const updateText = db.prepare<[number | null, string, string | null, string, number]>(
    `UPDATE round_inputs SET prompt_id = ?, text = ?, document_url = ?, updated_at = ?
     WHERE id = ?`,
  );
  const setStatus = db.prepare<[InputStatus, string, number]>(
    `UPDATE round_inputs SET status = ?, updated_at = ?,
       hidden_reason = NULL, hidden_by = NULL, hidden_at = NULL WHERE id = ?`,
  );
  const hide = db.prepare<[string, number, string, string, number]>(
    `UPDATE round_inputs SET status = 'hidden', hidden_reason = ?, hidden_by = ?,
       hidden_at = ?, updated_at = ? WHERE id = ?`,
  );
  const touch = db.prepare<[string, number]>('UPDATE round_inputs SET updated_at = ? WHERE id = ?');
  const setTheme = db.prepare<[number | null, string, number]>(
    'UPDATE round_inputs SET theme_id = ?, updated_at = ? WHERE id = ?',
  );
  const insertTheme = db.prepare<[number, string, number, string], Theme>(
    `INSERT INTO round_themes (round_id, title, created_by, created_at) VALUES (?, ?, ?, ?)
     RETURNING id, round_id AS roundId, title`,
  );
  const themes = db.prepare<[number], Theme>(
    'SELECT id, round_id AS roundId, title FROM round_themes WHERE round_id = ? ORDER BY id',
  );
  const theme = db.prepare<[number], Theme>(
    'SELECT id, round_id AS roundId, title FROM round_themes WHERE id = ?',
  );
  // Where a person belongs, as the newest guest list (or else registration) says.
  const fromGuestList = db.prepare<[number], Affiliation>(
    `SELECT organisation, organisation_type AS organisationType, municipality
     FROM invitees WHERE person_id = ? ORDER BY updated_at DESC, id DESC LIMIT 1`,
  );
  const fromRegistration = db.prepare<[number], { organisation: string }>(
    `SELECT organisation FROM registrations WHERE person_id = ?
     ORDER BY updated_at DESC, id DESC LIMIT 1`,
  );

  const setTags = (id: number, tags: readonly string[]) => {
    clearTags.run(id);
    for (const tag of tags) addTag.run(id, tag);
  };

  return {
    add: (input: NewInput, now: string): RoundInput => {
      const { id } = insert.get({ ...input, now }) as { id: number };
      setTags(id, input.tags);
      return toInput(byId.get(id) as InputRow);
    },
    get: (id: number) => {
      const row = byId.get(id);
      return row ? toInput(row) : undefined;
    },
    listForRound: (roundId: number) => forRound.all(roundId).map((v) => toInput(rowOf(v))),
    /** The author's own inputs (active and hidden), found by their key, not their person. */
    listByAuthor: (roundId: number, authorKey: string) =>
      byAuthor.all(roundId, authorKey).map(toInput),
    /** Whether any input (of any status, in any round) names the person. */
    hasPerson: (personId: number) => anyByPerson.get(personId) !== undefined,
    /** Whether any input in the round (withdrawn ones too) is filed under the key. */
    hasAuthor: (roundId: number, authorKey: string) =>
      anyByAuthor.get(roundId, authorKey) !== undefined,
    findForOrganisation: (organisationId: number) => {
      const row = byOrganisation.get(organisationId);
      return row ? toInput(row) : undefined;
    },
    /** Active inputs and the distinct people (or organisations) who gave them. */
    counts: (roundId: number) => counts.get(roundId) as { inputs: number; participants: number },
    update: (
      id: number,
      change: { promptId: number | null; text: string; documentUrl: string | null },
      tags: readonly string[] | undefined,
      now: string,
    ) => {
      updateText.run(change.promptId, change.text, change.documentUrl, now, id);
      if (tags) setTags(id, tags);
    },
    setTags: (id: number, tags: readonly string[], now: string) => {
      setTags(id, tags);
      touch.run(now, id);
    },
    withdraw: (id: number, now: string) => {
      setStatus.run('withdrawn', now, id);
    },
    /** An answer withdrawn and given again, or a hidden input shown again. */
    activate: (id: number, now: string) => {
      setStatus.run('active', now, id);
    },
    hide: (id: number, reason: string, by: number, now: string) => {
      hide.run(reason, by, now, now, id);
    },
    setTheme: (id: number, themeId: number | null, now: string) => {
      setTheme.run(themeId, now, id);
    },
    addTheme: (roundId: number, title: string, by: number, now: string) =>
      insertTheme.get(roundId, title, by, now) as Theme,
    themes: (roundId: number) => themes.all(roundId),
    theme: (id: number) => theme.get(id),
    /** The organisation, its type and municipality a person is known by, where known. */
    affiliation: (personId: number): Affiliation => {
      const listed = fromGuestList.get(personId);
      if (listed) return listed;
      const organisation = fromRegistration.get(personId)?.organisation ?? '';
      return { organisation, organisationType: '', municipality: '' };
    },
  };
}
