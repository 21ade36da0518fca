import type { Store } from '../../store/store.js';
import type { Actor } from '../chat.js';
import type { Person } from '../people/person.js';
import type { Settings } from '../settings.js';
import type { Role } from './role.js';

/**
 * A person's roles: those granted in chat, plus admin for the addresses the configuration
 * names (so there is always a first admin). The terminal is the operator's own console on
 * the machine that holds the database, so whoever sits there is an admin too.
 */
export function rolesOf(store: Store, person: Person, actor: Actor, settings: Settings): Set<Role> {
  const held = new Set(store.roles.of(person.id));
  if (person.email && settings.admins.includes(person.email)) held.add('admin');
  if (actor.platform === 'shell') held.add('admin');
  return held;
}
