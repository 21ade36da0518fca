import type { Store } from '../../store/store.js';
import type { Actor } from '../chat.js';
import { hasHistory } from './has-history.js';
import type { Person } from './person.js';

/**
 * Finds or creates the person behind an actor. A new platform identity whose e-mail we
 * already know joins that person, so Slack and Teams users with one address are one person.
 */
export function resolvePerson(store: Store, actor: Actor, now: string): Person {
  return store.transaction(() => {
    const email = actor.email?.trim().toLowerCase() || null;
    const known = store.people.findByIdentity(actor.platform, actor.userId);
    if (!known) {
      const listed = email ? store.people.findByEmail(email) : undefined;
      if (listed) {
        // Known by e-mail only (a guest list, a role granted ahead): their first message
        // brings their name as the platform shows it, and their language.
        const person: Person = {
          ...listed,
          displayName: actor.displayName ?? listed.displayName,
          locale: actor.locale,
        };
        store.people.update(person);
        store.people.addIdentity(actor.platform, actor.userId, person.id);
        return person;
      }
      const person = store.people.create(
        { email, displayName: actor.displayName ?? null, locale: actor.locale },
        now,
      );
      store.people.addIdentity(actor.platform, actor.userId, person.id);
      return person;
    }
    const owner = email && !known.email ? store.people.findByEmail(email) : undefined;
    // The first contact came without an e-mail (the platform's lookup failed) and someone
    // else already has it: they are one person. A row with a history of its own (a
    // registration, an answer, a vote, a role) is left for an admin to join, rather than guess
    // which wins: its id is what those records, and anonymous keys, are made from.
    const join = owner !== undefined && !hasHistory(store, known.id);
    if (join) store.people.merge(known.id, owner.id);
    const base = join ? owner : known;
    const updated: Person = {
      ...base,
      // An address someone else holds stays theirs (it is unique).
      email: base.email ?? (owner ? null : email),
      displayName: actor.displayName ?? base.displayName,
      locale: actor.locale,
    };
    if (
      updated.email !== base.email ||
      updated.displayName !== base.displayName ||
      updated.locale !== base.locale
    ) {
      store.people.update(updated);
    }
    return updated;
  });
}
