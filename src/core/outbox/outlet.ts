import type { Address, Attachment, Locale, Platform, View } from '../chat.js';

/** What the core hands a door to send without a request to answer (proactive messages). */
export interface Outgoing {
  view: View;
  attachments?: Attachment[];
  /** The recipient's language, for the few words a door adds itself (a download link). */
  locale: Locale;
}

/** How a door can reach one of its users: their id and whatever else it stored for it. */
export interface Recipient {
  userId: string;
  /** The door's own data kept with the identity (Teams: service URL and tenant). */
  reference?: Record<string, unknown>;
  /** The personal conversation we already have with them, if any. */
  address?: Address;
}

export interface Delivered {
  address: Address;
  messageId?: string;
}

/** A chat user a door found by e-mail address. */
export interface FoundUser {
  userId: string;
  displayName?: string;
  reference?: Record<string, unknown>;
}

/**
 * A door's way out: the core never calls a platform, it hands an Outgoing to the outlet of
 * the platform where the person can be reached. Doors implement this next to their
 * request handlers, with the same rendering.
 */
export interface Outlet {
  readonly platform: Platform;
  /**
   * How many proactive messages a second this platform lets one bot send (Slack: about one
   * per second per conversation, Teams: a few). The courier paces itself by it.
   */
  readonly sendsPerSecond: number;
  /** Sends to the person's personal chat, opening one first when needed. */
  sendToPerson(recipient: Recipient, outgoing: Outgoing): Promise<Delivered>;
  /** Sends to a shared conversation (a channel), for example a coordinators' channel. */
  sendToConversation(address: Address, outgoing: Outgoing): Promise<Delivered>;
  /**
   * Replaces a message this outlet sent earlier (Slack `chat.update`, Teams update activity),
   * so a live count changes in place instead of adding a message per change. A door that
   * cannot edit (the terminal prints lines) leaves it out.
   */
  updateMessage?(address: Address, messageId: string, outgoing: Outgoing): Promise<void>;
  /**
   * Finds chat users by e-mail where the platform allows it (Slack `users.lookupByEmail`;
   * Teams: the rosters of the teams the app is installed in). Addresses it cannot find are
   * simply missing from the map. Keys are lower-cased.
   */
  findByEmail(emails: readonly string[]): Promise<Map<string, FoundUser>>;
}

/**
 * Why a send did not happen, or may not have. The courier retries `rate-limited` and
 * `transient` (the request provably never reached the platform) later, and gives up on
 * `unreachable` (no such user, the app was removed) and `permanent`. `unconfirmed` means the
 * request may have reached the platform (a timeout, a reset after sending, a server error):
 * it is recorded as such and listed, never sent again, since twice is worse than once late.
 */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    message: string,
    readonly kind: 'rate-limited' | 'transient' | 'unreachable' | 'permanent' | 'unconfirmed',
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
