import type { Locale } from '../core/chat.js';
import type { Dispatcher } from '../core/dispatcher.js';
import type { Logger } from '../core/logger.js';
import type { Outlet } from '../core/outbox/outlet.js';
import type { Store } from '../store/store.js';

/**
 * A door is how people reach the bot on one platform. It only translates: platform payload
 * to a dispatcher call on the way in, the neutral Reply to the platform's markup on the way
 * out. Business rules never live here.
 */
export interface Door {
  readonly name: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** How the core sends to this platform on its own (invitations, reminders, nudges). */
  readonly outlet?: Outlet;
}

/** What every door is given. */
export interface DoorDeps {
  dispatcher: Dispatcher;
  store: Store;
  logger: Logger;
  /** The language for people whose platform tells us none. */
  defaultLocale: Locale;
  /** Where people reach the bot's HTTP server, for links it serves (Teams downloads). */
  publicUrl?: string;
}
