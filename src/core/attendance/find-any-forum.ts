import type { Store } from '../../store/store.js';
import { UserError } from '../errors.js';
import type { Forum } from '../forum/forum.js';
import { forumEnded } from './forum-days.js';

/**
 * Finds the forum a coordinator means. Unlike the participants' `findForum`, past forums
 * count too: check-ins, figures and evaluations are looked at after the forum is over.
 * Without a name: the next (or running) forum, or the latest one when none is coming; with
 * `prefer: 'ended'` (evaluations) the latest one that has ended.
 */
export function findAnyForum(
  store: Store,
  ref: string | undefined,
  now: Date,
  prefer: 'upcoming' | 'ended' = 'upcoming',
): Forum {
  const wanted = ref?.trim();
  if (wanted) {
    const lower = wanted.toLowerCase();
    const forum = /^\d+$/.test(wanted)
      ? store.forums.get(Number(wanted))
      : (store.forums.findBySlug(lower) ??
        store.forums.list().find((f) => f.title.toLowerCase() === lower));
    if (!forum) throw new UserError('error.forumNotFound', { ref: wanted.slice(0, 60) });
    return forum;
  }
  const all = store.forums.list(); // the latest first
  const upcoming = store.forums.listUpcoming(now.toISOString())[0];
  const ended = all.find((f) => forumEnded(f, now));
  const forum = prefer === 'ended' ? (ended ?? upcoming) : (upcoming ?? all[0]);
  if (!forum) throw new UserError('attendance.error.noForum');
  return forum;
}
