import type { Store } from '../../store/store.js';
import type { Directory } from '../outbox/directory.js';
import type { Invitee } from './invitee.js';

/**
 * Asks every running door for the invitees' e-mail addresses and links each chat user found
 * to the invitee's person. A chat user already linked to someone else is left alone (the
 * address changed hands, or two rows share a person): an admin sorts that out. Returns the
 * invitees no door could find.
 */
export async function matchGuests(
  store: Store,
  directory: Directory,
  invitees: readonly Invitee[],
): Promise<Invitee[]> {
  const found = await directory.findByEmail(invitees.map((i) => i.email));
  const missing: Invitee[] = [];
  for (const invitee of invitees) {
    const users = found.get(invitee.email) ?? [];
    if (users.length === 0) {
      missing.push(invitee);
      continue;
    }
    store.transaction(() => {
      for (const { platform, user } of users) {
        if (store.people.findByIdentity(platform, user.userId)) continue;
        store.people.addIdentity(platform, user.userId, invitee.personId, user.reference ?? {});
      }
    });
  }
  return missing;
}
