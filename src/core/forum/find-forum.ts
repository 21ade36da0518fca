import type { Store } from '../../store/store.js';
import { UserError } from '../errors.js';
import type { Forum } from './forum.js';

/**
 * Finds the forum a person means: by id (buttons carry it), by slug or title (people type
 * it), or, when they name none, the next upcoming one, which is nearly always the one meant.
 */
export function findForum(store: Store, ref: string | undefined, now: Date): Forum {
  const wanted = ref?.trim();
  if (!wanted) {
    const next = store.forums.listUpcoming(now.toISOString())[0];
    if (!next) throw new UserError('error.noUpcomingForum');
    return next;
  }
  const forum = /^\d+$/.test(wanted)
    ? store.forums.get(Number(wanted))
    : (store.forums.findBySlug(wanted.toLowerCase()) ??
      store.forums
        .listUpcoming(now.toISOString())
        .find((f) => f.title.toLowerCase() === wanted.toLowerCase()));
  if (!forum) throw new UserError('error.forumNotFound', { ref: wanted.slice(0, 60) });
  return forum;
}
