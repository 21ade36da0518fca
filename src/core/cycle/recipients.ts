import type { CycleChannel } from '../../store/cycle-repository.js';
import type { Store } from '../../store/store.js';
import type { Platform } from '../chat.js';
import type { Person } from '../people/person.js';
import { coordinatorsOf } from '../roles/coordinators.js';
import type { Role } from '../roles/role.js';
import type { Settings } from '../settings.js';
import type { CycleOwner } from './cycle-file.js';

/** The name under which a conversation is connected for the whole cycle. */
export const wholeCycle = '*';

export type NudgeTarget =
  | { kind: 'person'; person: Person }
  | { kind: 'conversation'; platform: Platform; conversationId: string };

export interface Recipients {
  targets: NudgeTarget[];
  /** A channel owner whose channel nobody has connected yet: the coordinators got it instead. */
  unconnected?: string;
}

/**
 * Who a nudge goes to.
 * - `{ role }`: the cycle's channel when one is connected (a team channel rather than a
 *   message to each), otherwise everyone holding the role (for `coordinator`, also the
 *   admins, as in `coordinatorsOf`); a role nobody holds falls back to the coordinators.
 * - `{ email }`: that person, in their personal chat, wherever the courier finds them.
 * - `{ channel }`: the conversation connected under that name, else the cycle's channel,
 *   else the coordinators, told how to connect it.
 * May add a person row for an e-mail owner (so the courier can find them by address): call
 * it inside the job's transaction.
 */
export function recipientsOf(
  store: Store,
  settings: Settings,
  owner: CycleOwner,
  channels: readonly CycleChannel[],
  now: Date,
): Recipients {
  const connected = (name: string): NudgeTarget | undefined => {
    const channel = channels.find((c) => c.name === name);
    return channel
      ? { kind: 'conversation', platform: channel.platform, conversationId: channel.conversationId }
      : undefined;
  };
  const people = (list: Person[]): NudgeTarget[] =>
    list.map((person) => ({ kind: 'person', person }));
  switch (owner.kind) {
    case 'role': {
      const channel = connected(wholeCycle);
      if (channel) return { targets: [channel] };
      const holders = roleHolders(store, settings, owner.role);
      return {
        targets: people(holders.length > 0 ? holders : coordinatorsOf(store, settings)),
      };
    }
    case 'email': {
      const email = owner.email.trim().toLowerCase();
      const person =
        store.people.findByEmail(email) ??
        store.people.create({ email, displayName: null, locale: 'sv' }, now.toISOString());
      return { targets: [{ kind: 'person', person }] };
    }
    case 'channel': {
      const channel = connected(owner.channel) ?? connected(wholeCycle);
      if (channel) return { targets: [channel] };
      return { targets: people(coordinatorsOf(store, settings)), unconnected: owner.channel };
    }
  }
}

/** Everyone holding a role in the store or, for admin, in the configuration. */
export function roleHolders(store: Store, settings: Settings, role: Role): Person[] {
  if (role === 'coordinator') return coordinatorsOf(store, settings);
  const ids = new Set(
    store.roles
      .all()
      .filter((r) => r.role === role)
      .map((r) => r.personId),
  );
  if (role === 'admin') {
    for (const email of settings.admins) {
      const person = store.people.findByEmail(email);
      if (person) ids.add(person.id);
    }
  }
  return [...ids].map((id) => store.people.get(id)).filter((p) => p !== undefined);
}
