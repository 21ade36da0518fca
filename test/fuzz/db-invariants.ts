import type Database from 'better-sqlite3';
import { maxCommentLength } from '../../src/core/evaluation/rate-commands.js';
import { signupLimits } from '../../src/core/forum/signup-form.js';
import { isEmailAddress } from '../../src/core/people/email-address.js';
import { limits } from '../../src/core/rounds/round.js';
import { doorLimits } from '../../src/doors/door-limits.js';

type Row = Record<string, unknown>;

/** Control characters no stored text may hold (line breaks and tabs are text). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/;

/**
 * What the database may hold after any input, checked row by row: SQLite's own integrity and
 * foreign keys, and the limits the core and the doors enforce on what people write and on
 * the ids the platforms send. Returns one line per broken rule (empty when all hold).
 */
export function invalidRows(db: Database.Database): string[] {
  const problems: string[] = [];
  const all = (sql: string) => db.prepare(sql).all() as Row[];
  const check = (table: string, rows: Row[], rule: string, ok: (row: Row) => boolean) => {
    const bad = rows.filter((row) => !ok(row));
    if (bad.length > 0) {
      const sample = JSON.stringify(bad[0]).slice(0, 300);
      problems.push(`${table}: ${bad.length} row(s) break "${rule}", e.g. ${sample}`);
    }
  };
  const text = (v: unknown, max: number, min = 0) =>
    typeof v === 'string' && v.length >= min && v.length <= max && !control.test(v);
  const optionalText = (v: unknown, max: number) => v === null || text(v, max);

  const integrity = db.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  const foreign = db.pragma('foreign_key_check') as Row[];
  if (foreign.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(foreign[0])}`);

  const people = all('SELECT * FROM people');
  check(
    'people',
    people,
    'e-mail is an address',
    (r) => r.email === null || isEmailAddress(String(r.email)),
  );
  check('people', people, 'display name within limit', (r) =>
    optionalText(r.display_name, doorLimits.displayName),
  );
  check('people', people, 'locale sv/en', (r) => r.locale === 'sv' || r.locale === 'en');
  check('people', people, 'created_at ISO', (r) => iso.test(String(r.created_at)));

  const identities = all('SELECT * FROM identities');
  check('identities', identities, 'user id within limit', (r) =>
    text(r.user_id, doorLimits.userId, 1),
  );
  check('identities', identities, 'reference is JSON', (r) => isJson(r.reference));

  const conversations = all('SELECT * FROM conversations');
  check('conversations', conversations, 'conversation id within limit', (r) =>
    text(r.conversation_id, doorLimits.conversationId, 1),
  );
  check('conversations', conversations, 'reference is a JSON object', (r) =>
    isJsonObject(r.reference),
  );

  const registrations = all('SELECT * FROM registrations');
  check(
    'registrations',
    registrations,
    'texts within the sign-up limits',
    (r) =>
      text(r.organisation, signupLimits.organisation, 1) &&
      text(r.role_title, signupLimits.roleTitle, 1) &&
      text(r.diet, signupLimits.diet) &&
      text(r.accessibility, signupLimits.accessibility) &&
      text(r.invoice_reference, signupLimits.invoiceReference),
  );
  check('registrations', registrations, 'status', (r) =>
    ['registered', 'waitlisted', 'offered', 'cancelled'].includes(String(r.status)),
  );
  check('registrations', registrations, 'times ISO', (r) =>
    [r.queued_at, r.created_at, r.updated_at].every((v) => iso.test(String(v))),
  );

  const inputs = all('SELECT * FROM round_inputs');
  check(
    'round_inputs',
    inputs,
    'text within limit',
    (r) => typeof r.text === 'string' && r.text.length >= 1 && r.text.length <= limits.text,
  );
  check('round_inputs', inputs, 'hidden reason within limit', (r) =>
    optionalText(r.hidden_reason, limits.reason),
  );
  check(
    'round_inputs',
    inputs,
    'document link within limit',
    (r) =>
      r.document_url === null ||
      (typeof r.document_url === 'string' && r.document_url.length <= limits.url),
  );

  const rounds = all('SELECT * FROM rounds');
  check(
    'rounds',
    rounds,
    'title and audience within limits',
    (r) =>
      text(r.title, limits.title, 1) &&
      text(r.audience, limits.audience) &&
      text(r.area, limits.area),
  );
  const prompts = all('SELECT * FROM round_prompts');
  check('round_prompts', prompts, 'prompt within limit', (r) => text(r.text, limits.prompt, 1));
  const themes = all('SELECT * FROM round_themes');
  check('round_themes', themes, 'title within limit', (r) => text(r.title, limits.themeTitle, 1));

  const evaluations = all('SELECT * FROM evaluations');
  check(
    'evaluations',
    evaluations,
    'comment within limit',
    (r) => typeof r.comment === 'string' && r.comment.length <= maxCommentLength,
  );

  const outbox = all('SELECT key, message FROM outbox');
  check('outbox', outbox, 'message is a JSON object', (r) => isJsonObject(r.message));
  return problems;
}

function isJson(value: unknown): boolean {
  try {
    JSON.parse(String(value));
    return true;
  } catch {
    return false;
  }
}

function isJsonObject(value: unknown): boolean {
  try {
    const parsed = JSON.parse(String(value));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}

/** How many rows each table holds, to show what a fuzz run stored. */
export function rowCounts(
  db: Database.Database,
  tables: readonly string[],
): Record<string, number> {
  return Object.fromEntries(
    tables.map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]),
  );
}
