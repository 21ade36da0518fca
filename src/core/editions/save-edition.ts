import type { Store } from '../../store/store.js';
import { UserError } from '../errors.js';
import type { Forum, NewForum } from '../forum/forum.js';
import { tellOfForumChange } from '../forum/tell-of-forum-change.js';
import type { Settings } from '../settings.js';
import { offerNextSeats } from '../waitlist/offer-next-seats.js';
import { assertEditable, type RuleProblem, storeProblems } from './edition-rules.js';

export type EditionDraft = Omit<NewForum, 'checkinCode'>;

export type SaveResult =
  | { forum: Forum; created: boolean; offered: number }
  | { problems: RuleProblem[] };

/**
 * Creates a forum, or changes the one with `existingId`, in one IMMEDIATE transaction: the
 * checks that depend on others (a short name, the seats taken) are made under the write
 * lock. More seats than before go to the waitlist at once, in order, with the offers queued
 * in the same commit.
 */
export function saveEdition(
  store: Store,
  draft: EditionDraft,
  existingId: number | undefined,
  context: { now: Date; timeZone: string; settings: Settings },
): SaveResult {
  const { now, timeZone, settings } = context;
  return store.transaction((): SaveResult => {
    const existing = existingId === undefined ? undefined : store.forums.get(existingId);
    if (existingId !== undefined && !existing) {
      throw new UserError('error.forumNotFound', { ref: String(existingId) });
    }
    if (existing) assertEditable(existing, now);
    const problems = storeProblems(store, draft, existing);
    if (problems.length > 0) return { problems };
    if (!existing) {
      return {
        forum: store.forums.insert({ ...draft, checkinCode: null }, now.toISOString()),
        created: true,
        offered: 0,
      };
    }
    // The check-in code is the venue's business, not the edition's: it is kept as it was.
    const forum = store.forums.update(
      { ...draft, id: existing.id, checkinCode: existing.checkinCode },
      now.toISOString(),
    );
    const offered = offerNextSeats(store, forum, settings, timeZone, now);
    // Those holding a seat hear of a new time or place, with their calendar entry moved.
    tellOfForumChange(store, existing, forum, now, timeZone);
    return { forum, created: false, offered };
  });
}
