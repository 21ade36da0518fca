import type { Address } from '../../core/chat.js';
import {
  type Delivered,
  DeliveryError,
  type FoundUser,
  type Outgoing,
  type Outlet,
} from '../../core/outbox/outlet.js';
import type { Store } from '../../store/store.js';
import { shellAddress } from './shell-address.js';

export interface ShellOutletDeps {
  /** The shell user name the door gives the person at the keyboard. */
  user: string;
  email?: string;
  store: Store;
  /**
   * Shows a message to the person at the keyboard, headed with their name. Rejects when
   * nobody is there any more, so the courier keeps the message for the next session.
   */
  show(name: string, outgoing: Outgoing): Promise<void>;
}

/**
 * The terminal's way out. It reaches one person, the one at the keyboard: their own e-mail
 * finds them and nobody else's does, and a message for another shell user (someone who used
 * this database before) is not shown, since it may hold their personal data.
 */
export function createShellOutlet(deps: ShellOutletDeps): Outlet {
  const { user, store, show } = deps;
  const email = deps.email?.trim().toLowerCase();
  const address = shellAddress(user);
  const unreachable = () => new DeliveryError('not the person at this terminal', 'unreachable');

  /** The name the person goes by here, for the header above a message nobody asked for. */
  const nameOf = () => {
    const person = store.people.findByIdentity('shell', user);
    return person?.displayName || person?.email || user;
  };

  async function deliver(outgoing: Outgoing): Promise<Delivered> {
    await show(nameOf(), outgoing);
    return { address };
  }

  return {
    platform: 'shell',
    // A terminal has no rate limit; this only keeps the courier from pausing between lines.
    sendsPerSecond: 50,
    async sendToPerson(recipient, outgoing) {
      if (recipient.userId !== user) throw unreachable();
      return deliver(outgoing);
    },
    async sendToConversation(to: Address, outgoing) {
      if (to.platform !== 'shell' || to.conversationId !== address.conversationId) {
        throw unreachable();
      }
      return deliver(outgoing);
    },
    async findByEmail(emails) {
      const found = new Map<string, FoundUser>();
      for (const asked of emails) {
        const key = asked.trim().toLowerCase();
        if (email && key === email) found.set(key, { userId: user, displayName: user });
      }
      return found;
    },
  };
}
