import type { ForumPerson } from './forum-people.js';
import { isCheckedIn, isRegistered } from './forum-people.js';

/** The live numbers of one group of people (the whole forum, or one category). */
export interface Counts {
  invited: number;
  yes: number;
  no: number;
  substituted: number;
  noAnswer: number;
  registered: number;
  waitlisted: number;
  offered: number;
  checkedIn: number;
}

export const emptyCounts = (): Counts => ({
  invited: 0,
  yes: 0,
  no: 0,
  substituted: 0,
  noAnswer: 0,
  registered: 0,
  waitlisted: 0,
  offered: 0,
  checkedIn: 0,
});

/** Adds one person to the counts: their invitation's answer and their registration. */
export function addPerson(counts: Counts, p: ForumPerson): void {
  if (p.invitee) {
    counts.invited++;
    const answer = p.invitee.answer;
    if (answer === 'yes') counts.yes++;
    else if (answer === 'no') counts.no++;
    else if (answer === 'substituted') counts.substituted++;
    else counts.noAnswer++;
  }
  const status = p.participant?.registration.status;
  if (isRegistered(p)) counts.registered++;
  else if (status === 'waitlisted') counts.waitlisted++;
  else if (status === 'offered') counts.offered++;
  if (isCheckedIn(p)) counts.checkedIn++;
}

export interface Group {
  /** The category as written on the guest list; '' for "not stated". */
  key: string;
  counts: Counts;
  /** How many categories an "others" group stands for; 1 for a real one. */
  merged: number;
}

/** The smallest categories of a long breakdown, added up. */
export type Others = Omit<Group, 'key'> & { key: null };

/** Most groups one breakdown shows (the 12 municipalities, a few more, "not stated"). */
export const maxGroups = 15;

/**
 * The counts per category (organisation type, municipality), the largest first and "not
 * stated" last. Past `maxGroups` the smallest are merged into one "others" group (key null),
 * so a message stays short.
 */
export function breakdown(
  people: readonly ForumPerson[],
  categoryOf: (p: ForumPerson) => string,
): (Group | Others)[] {
  const groups = new Map<string, Counts>();
  for (const p of people) {
    const key = categoryOf(p).trim();
    const counts = groups.get(key) ?? emptyCounts();
    addPerson(counts, p);
    groups.set(key, counts);
  }
  const size = (c: Counts) => c.invited + c.registered + c.waitlisted + c.offered;
  const collator = new Intl.Collator('sv');
  const stated = [...groups]
    .filter(([key]) => key !== '')
    .map(([key, counts]) => ({ key, counts, merged: 1 }))
    .sort((a, b) => size(b.counts) - size(a.counts) || collator.compare(a.key, b.key));
  const notStated = groups.get('');
  const room = maxGroups - (notStated ? 1 : 0);
  const shown: (Group | Others)[] = stated.slice(0, stated.length > room ? room - 1 : room);
  const rest = stated.slice(shown.length);
  if (rest.length > 0) {
    const others = emptyCounts();
    for (const g of rest) {
      for (const name of Object.keys(others) as (keyof Counts)[]) others[name] += g.counts[name];
    }
    shown.push({ key: null, counts: others, merged: rest.length });
  }
  if (notStated) shown.push({ key: '', counts: notStated, merged: 1 });
  return shown;
}

export function totals(people: readonly ForumPerson[]): Counts {
  const counts = emptyCounts();
  for (const p of people) addPerson(counts, p);
  return counts;
}
