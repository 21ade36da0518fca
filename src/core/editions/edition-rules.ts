import type { Store } from '../../store/store.js';
import { UserError } from '../errors.js';
import type { Forum, NewForum } from '../forum/forum.js';
import type { Params } from '../i18n/translate.js';

/** The forum file's name of the field a rule is about; a form maps it to its own inputs. */
export type RuleField =
  | 'endsAt'
  | 'registrationOpensAt'
  | 'registrationClosesAt'
  | 'capacity'
  | 'slug';

export type Rule =
  | 'endBeforeStart'
  | 'wouldHaveEnded'
  | 'closesAfterStart'
  | 'opensAfterCloses'
  | 'capacityBelowTaken'
  | 'slugTaken';

export interface RuleProblem {
  field: RuleField;
  rule: Rule;
  params: Params;
}

type Times = Pick<NewForum, 'startsAt' | 'endsAt' | 'registrationOpensAt' | 'registrationClosesAt'>;

/**
 * What a forum's times must say, whether they come from the form or a file: it ends after it
 * starts (and not in the past: a typo in the year would make a forum nobody can change),
 * registration closes by the start and opens before it closes.
 */
export function timeProblems(forum: Times, now: Date): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const add = (field: RuleField, rule: Rule) => problems.push({ field, rule, params: {} });
  if (forum.endsAt <= forum.startsAt) add('endsAt', 'endBeforeStart');
  else if (new Date(forum.endsAt) <= now) add('endsAt', 'wouldHaveEnded');
  if (forum.registrationClosesAt > forum.startsAt) {
    add('registrationClosesAt', 'closesAfterStart');
  }
  if (forum.registrationOpensAt && forum.registrationOpensAt >= forum.registrationClosesAt) {
    add('registrationOpensAt', 'opensAfterCloses');
  }
  return problems;
}

/**
 * What the database must allow: a short name no other forum has, and no fewer seats than
 * are already taken (a seat held for someone on the waitlist counts). Call it inside the
 * transaction that saves, so no sign-up slips in between the check and the write.
 */
export function storeProblems(
  store: Store,
  forum: Pick<NewForum, 'slug' | 'capacity'>,
  existing: Forum | undefined,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const other = store.forums.findBySlug(forum.slug);
  if (other && other.id !== existing?.id) {
    problems.push({
      field: 'slug',
      rule: 'slugTaken',
      params: { slug: forum.slug, forum: other.title },
    });
  }
  if (existing) {
    const taken = store.registrations.countHeld(existing.id);
    if (forum.capacity < taken) {
      problems.push({ field: 'capacity', rule: 'capacityBelowTaken', params: { taken } });
    }
  }
  return problems;
}

/** A forum that has ended is history: its figures and evaluation rest on what it was. */
export function assertEditable(forum: Forum, now: Date): void {
  if (now >= new Date(forum.endsAt)) {
    throw new UserError('editions.error.ended', { forum: forum.title });
  }
}
