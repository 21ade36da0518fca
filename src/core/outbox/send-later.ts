import type { Store } from '../../store/store.js';
import type { Address, Attachment, Locale, View } from '../chat.js';
import { encodeOutgoing } from './outgoing-message.js';

export interface LaterMessage {
  /**
   * Names the send once and for all, e.g. `invitation:3:17`: asking again with the same key
   * does nothing, which is what makes a restart or a second process harmless.
   */
  key: string;
  purpose: string;
  to: { personId: number } | Pick<Address, 'platform' | 'conversationId'>;
  view: View;
  locale: Locale;
  attachments?: Attachment[];
  /** Not before this instant (defaults to now). */
  notBefore?: Date;
  /**
   * The key of a message sent earlier that this one replaces in place (a live count). Its own
   * key must still be unique, e.g. with a counter; only the newest queued edit is applied.
   */
  editOf?: string;
}

/**
 * Queues a message for the courier. Call it inside the transaction of the change that causes
 * the message, so the change and the promise to tell someone are committed together.
 * Returns false when the key was queued before.
 */
export function sendLater(store: Store, message: LaterMessage, now: Date): boolean {
  return store.outbox.enqueue(
    {
      key: message.key,
      purpose: message.purpose,
      to: message.to,
      message: encodeOutgoing({
        view: message.view,
        locale: message.locale,
        ...(message.attachments ? { attachments: message.attachments } : {}),
      }),
      notBefore: (message.notBefore ?? now).toISOString(),
      ...(message.editOf ? { editOf: message.editOf } : {}),
    },
    now.toISOString(),
  );
}
