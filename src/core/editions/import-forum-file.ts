import type { z } from 'zod';
import type { Store } from '../../store/store.js';
import { UserError } from '../errors.js';
import type { Forum } from '../forum/forum.js';
import { registrationOptions } from '../forum/forum.js';
import { forumFileSchema } from '../forum/forum-file.js';
import type { MessageKey, Params } from '../i18n/translate.js';
import { defaultSettings, type Settings } from '../settings.js';
import { zonedTimeToUtc } from '../time/zoned-time.js';
import { type RuleProblem, timeProblems } from './edition-rules.js';
import { type EditionDraft, saveEdition } from './save-edition.js';
import { isUsableSlug } from './slugify.js';

/** One thing wrong in a forum file: a sentence in either language, naming the field. */
export interface FileProblem {
  messageKey: MessageKey;
  /** Always has `field`: the path as written in the file, `capacity` or `agenda[2].at`. */
  params: Params & { field: string };
}

/**
 * A forum file that cannot be used. As a UserError it says the first problem in the
 * person's language; `problems` has them all, for a caller that can show a list (the import
 * tool prints every one).
 */
export class ForumFileError extends UserError {
  constructor(readonly problems: readonly FileProblem[]) {
    const first = problems[0] ?? problem('editions.file.notObject', '');
    super(first.messageKey, first.params);
    this.name = 'ForumFileError';
  }
}

const fileFields = new Set(Object.keys(forumFileSchema.shape));
const agendaFields = new Set(['at', 'sv', 'en']);

/**
 * Creates the forum a file describes (the `data/` format, local times in `timeZone`), or
 * updates the forum with the same slug: the file is the whole truth about it, and running
 * the import twice changes nothing the second time. The same rules as the chat form apply,
 * so a file cannot do what the form refuses. Throws a ForumFileError naming every field that
 * is wrong.
 */
export function importForumFile(
  store: Store,
  json: unknown,
  now: Date,
  timeZone: string,
  settings: Settings = defaultSettings,
): { forum: Forum; created: boolean } {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new ForumFileError([problem('editions.file.notObject', '')]);
  }
  const problems: FileProblem[] = unknownFields(json as Record<string, unknown>);
  const parsed = forumFileSchema.safeParse(json);
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((issue) => fromIssue(issue, json)));
    throw new ForumFileError(problems);
  }
  const file = parsed.data;
  if (!isUsableSlug(file.slug)) {
    problems.push(problem('editions.file.slugNumeric', 'slug'));
  }
  const at = (field: string, local: string) => {
    try {
      return zonedTimeToUtc(local, timeZone).toISOString();
    } catch {
      problems.push(problem('editions.file.noSuchDate', field, { value: local }));
      return '';
    }
  };
  const draft: EditionDraft = {
    ...file,
    offers: registrationOptions.filter((o) => file.offers.includes(o)),
    startsAt: at('startsAt', file.startsAt),
    endsAt: at('endsAt', file.endsAt),
    registrationOpensAt: file.registrationOpensAt
      ? at('registrationOpensAt', file.registrationOpensAt)
      : null,
    registrationClosesAt: at('registrationClosesAt', file.registrationClosesAt),
    agenda: file.agenda
      .map((item, i) => ({ ...item, at: at(`agenda[${i}].at`, item.at) }))
      .sort((a, b) => a.at.localeCompare(b.at)),
  };
  fail(problems);
  // A forum that has ended is refused as such, whatever else the file says about it.
  const existing = store.forums.findBySlug(file.slug);
  if (existing && now >= new Date(existing.endsAt)) {
    fail([problem('editions.file.ended', 'slug', { forum: existing.title })]);
  }
  fail(timeProblems(draft, now).map(fromRule));
  const saved = saveEdition(store, draft, existing?.id, { now, timeZone, settings });
  if ('problems' in saved) throw new ForumFileError(saved.problems.map(fromRule));
  return { forum: saved.forum, created: saved.created };
}

function fail(problems: readonly FileProblem[]): void {
  if (problems.length > 0) throw new ForumFileError(problems);
}

const problem = (messageKey: MessageKey, field: string, params: Params = {}): FileProblem => ({
  messageKey,
  params: { ...params, field },
});

/**
 * Fields the schema does not know would be dropped without a word, so "feeSEK": 3200 would
 * import a free forum. They are refused instead.
 */
function unknownFields(json: Record<string, unknown>): FileProblem[] {
  const found = Object.keys(json)
    .filter((key) => !fileFields.has(key))
    .map((key) => problem('editions.file.unknownField', key));
  const agenda = Array.isArray(json.agenda) ? json.agenda : [];
  for (const [i, item] of agenda.entries()) {
    if (item === null || typeof item !== 'object') continue;
    for (const key of Object.keys(item)) {
      if (!agendaFields.has(key))
        found.push(problem('editions.file.unknownField', `agenda[${i}].${key}`));
    }
  }
  return found;
}

const ruleKeys: Record<RuleProblem['rule'], MessageKey> = {
  endBeforeStart: 'editions.file.endBeforeStart',
  wouldHaveEnded: 'editions.file.wouldHaveEnded',
  closesAfterStart: 'editions.file.closesAfterStart',
  opensAfterCloses: 'editions.file.opensAfterCloses',
  capacityBelowTaken: 'editions.file.capacityBelowTaken',
  slugTaken: 'editions.file.slugTaken',
};

const fromRule = (rule: RuleProblem): FileProblem =>
  problem(ruleKeys[rule.rule], rule.field, rule.params);

/** `['agenda', 2, 'at']` → `agenda[2].at`. */
const fieldPath = (path: readonly PropertyKey[]): string =>
  path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`,
    )
    .join('');

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

const expectedKeys: Record<string, MessageKey> = {
  string: 'editions.file.expectedText',
  number: 'editions.file.expectedNumber',
  int: 'editions.file.expectedWholeNumber',
  array: 'editions.file.expectedList',
  object: 'editions.file.expectedObject',
};

/** A zod issue as a sentence a coordinator can act on, in the words of the file. */
function fromIssue(issue: z.core.$ZodIssue, input: unknown): FileProblem {
  const field = fieldPath(issue.path);
  const value = valueAt(input, issue.path);
  const shown = String(typeof value === 'string' ? value : JSON.stringify(value)).slice(0, 60);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return problem('editions.file.required', field);
      return problem(expectedKeys[issue.expected] ?? 'editions.file.invalid', field, {
        detail: issue.message,
      });
    case 'too_small':
      if (issue.origin === 'string') return problem('editions.file.empty', field);
      return problem('editions.file.tooSmall', field, {
        // `positive()` says "more than 0"; for whole numbers that is "at least 1".
        min: Number(issue.minimum) + (issue.inclusive === false ? 1 : 0),
      });
    case 'too_big':
      return problem(
        issue.origin === 'string' ? 'editions.file.tooLong' : 'editions.file.tooBig',
        field,
        { max: Number(issue.maximum) },
      );
    case 'invalid_format':
      return problem(
        issue.path[0] === 'slug' ? 'editions.file.slug' : 'editions.file.localTime',
        field,
        { value: shown },
      );
    case 'invalid_value':
      return problem('editions.file.option', field, {
        value: shown,
        allowed: issue.values.map(String).join(', '),
      });
    default:
      return problem('editions.file.invalid', field, { detail: issue.message });
  }
}
