import type { Store } from '../../store/store.js';
import type { Actor } from '../chat.js';
import type { Person } from './person.js';

/**
 * Finds or creates the person behind an actor. A new platform identity whose e-mail we
 * already know joins that person, so Slack and Teams users with one address are one person.
 */
export function resolvePerson(store: Store, actor: Actor, now: string): Person {
  return store.transaction(() => {
    const email = actor.email?.trim().toLowerCase() || null;
    const known = store.people.findByIdentity(actor.platform, actor.userId);
    if (known) {
      const emailFree = email && !known.email && !store.people.findByEmail(email);
      const updated: Person = {
        ...known,
        email: emailFree ? email : known.email,
        displayName: actor.displayName ?? known.displayName,
        locale: actor.locale,
      };
      if (
        updated.email !== known.email ||
        updated.displayName !== known.displayName ||
        updated.locale !== known.locale
      ) {
        store.people.update(updated);
      }
      return updated;
    }
    const person =
      (email && store.people.findByEmail(email)) ||
      store.people.create(
        { email, displayName: actor.displayName ?? null, locale: actor.locale },
        now,
      );
    store.people.addIdentity(actor.platform, actor.userId, person.id);
    return person;
  });
}
