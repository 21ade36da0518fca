import type { Store } from '../../store/store.js';
import { hasRoundActivity } from '../rounds/round-activity.js';

/**
 * Whether a person row has a life of its own: records that name it, or keyed (anonymous)
 * round activity made from its id. Such a row is never merged into another.
 */
export const hasHistory = (store: Store, personId: number): boolean =>
  store.people.hasHistory(personId) || hasRoundActivity(store, personId);
