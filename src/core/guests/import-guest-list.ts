import type { Store } from '../../store/store.js';
import type { Forum } from '../forum/forum.js';
import type { GuestRow } from './read-guest-list.js';

/**
 * Stores the good rows of a guest list in one transaction. People are found by e-mail or
 * created, so importing the same list again updates rows and never adds a second one; an
 * answer already given is kept.
 */
export function importGuestList(
  store: Store,
  forum: Forum,
  rows: readonly GuestRow[],
  now: Date,
): { created: number; updated: number } {
  const at = now.toISOString();
  return store.transaction(() => {
    let created = 0;
    for (const row of rows) {
      const known = store.people.findByEmail(row.email);
      const person =
        known ?? store.people.create({ email: row.email, displayName: row.name, locale: 'sv' }, at);
      if (!person.displayName) store.people.update({ ...person, displayName: row.name });
      const { line: _line, email: _email, ...details } = row;
      if (store.invitees.save(forum.id, person.id, details, at).created) created++;
    }
    return { created, updated: rows.length - created };
  });
}
