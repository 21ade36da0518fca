import type { OutboxRow } from '../../store/outbox-repository.js';
import type { Store } from '../../store/store.js';
import type { Platform } from '../chat.js';
import type { Logger } from '../logger.js';
import type { Clock } from '../time/clock.js';
import { decodeOutgoing } from './outgoing-message.js';
import { type Delivered, DeliveryError, type Outlet } from './outlet.js';

export interface CourierDeps {
  store: Store;
  outlets: readonly Outlet[];
  clock: Clock;
  logger: Logger;
  /** Waits between sends to keep to each platform's pace; tests pass one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
  /** How often to look for messages another process queued (default 5 s). */
  pollMs?: number;
}

export type Courier = ReturnType<typeof createCourier>;

const maxAttempts = 5;
/** A send still marked 'sending' after this long belongs to a process that stopped. */
const staleAfterMs = 2 * 60_000;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Delivers the outbox, one message at a time, paced per platform. Every message is claimed
 * in a transaction before it is sent, so several processes on one database share the work
 * without sending anything twice; a restart continues with what is still queued.
 */
export function createCourier(deps: CourierDeps) {
  const { store, outlets, clock, logger } = deps;
  const sleep = deps.sleep ?? realSleep;
  const pollMs = deps.pollMs ?? 5000;
  const byPlatform = new Map(outlets.map((o) => [o.platform, o]));
  const lastSend = new Map<Platform, number>();
  let loop: Promise<void> | undefined;
  let stopping = false;
  let wakeUp: (() => void) | undefined;

  /** Waits until this platform may take another message (real time, not the clock). */
  async function pace(outlet: Outlet) {
    const gap = 1000 / outlet.sendsPerSecond;
    const last = lastSend.get(outlet.platform);
    const wait = last === undefined ? 0 : last + gap - performance.now();
    if (wait > 0) await sleep(wait);
    lastSend.set(outlet.platform, performance.now());
  }

  /** The platform to reach a person on, finding them by e-mail if no door knows them yet. */
  async function reach(personId: number) {
    const known = store.people.identitiesOf(personId).filter((i) => byPlatform.has(i.platform));
    // Where they last talked with us comes first: that is the app they use.
    const recent = store.conversations.lastPlatformOf(personId);
    const chosen = known.find((i) => i.platform === recent) ?? known[0];
    if (chosen) return chosen;
    const email = store.people.get(personId)?.email?.toLowerCase();
    if (!email) return undefined;
    for (const outlet of outlets) {
      const found = (await outlet.findByEmail([email])).get(email);
      if (!found) continue;
      const identity = { platform: outlet.platform, userId: found.userId };
      store.transaction(() => {
        const owner = store.people.findByIdentity(identity.platform, identity.userId);
        if (!owner)
          store.people.addIdentity(outlet.platform, found.userId, personId, found.reference);
      });
      return { ...identity, reference: found.reference ?? {} };
    }
    return undefined;
  }

  /**
   * An edit of a message sent earlier. Edits of one message are applied newest only: with 200
   * inputs a minute, the live count is edited at the platform's pace, not 200 times.
   */
  async function edit(row: OutboxRow): Promise<void> {
    const now = () => clock.now().toISOString();
    if (store.outbox.hasNewerEdit(row)) {
      store.outbox.markSuperseded(row.id);
      return;
    }
    const original = store.outbox.find(row.edit_of as string);
    if (original?.status !== 'sent' || !original.sent_message_id) {
      // The message itself has not gone yet: try again shortly, after it.
      if (original && ['queued', 'sending'].includes(original.status)) {
        store.outbox.retryAt(
          row.id,
          new Date(clock.now().getTime() + 5000).toISOString(),
          'waiting for the message it edits',
        );
      } else if (original?.status === 'sent') {
        // Sent by a door that gives no message id (the terminal prints lines): nothing to edit.
        store.outbox.giveUp(row.id, 'unreachable', 'the door keeps no id to edit the message by');
      } else {
        store.outbox.giveUp(row.id, 'failed', 'the message to edit was never sent');
      }
      return;
    }
    const platform = original.sent_platform as Platform;
    const outlet = byPlatform.get(platform);
    const address = store.conversations.find(platform, original.sent_conversation_id as string);
    if (!outlet?.updateMessage || !address) {
      store.outbox.giveUp(
        row.id,
        'unreachable',
        `no ${platform} door that edits, or no conversation`,
      );
      return;
    }
    await pace(outlet);
    await outlet.updateMessage(address, original.sent_message_id, decodeOutgoing(row.message));
    store.outbox.markSent(
      row.id,
      platform,
      address.conversationId,
      original.sent_message_id,
      now(),
    );
  }

  /**
   * A failed lookup sent nothing: whatever the platform said, it is safe to ask again later
   * (keeping its Retry-After), never a reason to record the message as maybe delivered.
   */
  function lookupFailed(error: unknown): never {
    if (error instanceof DeliveryError && error.kind === 'rate-limited') throw error;
    throw new DeliveryError(error instanceof Error ? error.message : String(error), 'transient');
  }

  async function deliver(row: OutboxRow): Promise<void> {
    const outgoing = decodeOutgoing(row.message);
    const now = () => clock.now().toISOString();
    try {
      if (row.edit_of !== null) {
        await edit(row);
        return;
      }
      let delivered: Delivered;
      if (row.person_id !== null) {
        const identity = await reach(row.person_id).catch(lookupFailed);
        if (!identity) {
          store.outbox.giveUp(row.id, 'unreachable', 'no chat identity on a connected platform');
          return;
        }
        const outlet = byPlatform.get(identity.platform) as Outlet;
        await pace(outlet);
        delivered = await outlet.sendToPerson(
          {
            userId: identity.userId,
            reference: identity.reference,
            address: store.conversations.personalFor(row.person_id, identity.platform),
          },
          outgoing,
        );
        store.conversations.remember(delivered.address, row.person_id, now());
      } else {
        const platform = row.platform as Platform;
        const outlet = byPlatform.get(platform);
        const address = store.conversations.find(platform, row.conversation_id as string);
        if (!outlet || !address) {
          store.outbox.giveUp(row.id, 'unreachable', `no ${platform} door or conversation`);
          return;
        }
        await pace(outlet);
        delivered = await outlet.sendToConversation(address, outgoing);
      }
      store.outbox.markSent(
        row.id,
        delivered.address.platform,
        delivered.address.conversationId,
        delivered.messageId,
        now(),
      );
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      const kind = error instanceof DeliveryError ? error.kind : 'transient';
      logger.warn('proactive send failed', { purpose: row.purpose, kind, attempt: row.attempts });
      if (kind === 'unconfirmed') {
        store.outbox.giveUp(row.id, 'unconfirmed', text);
        return;
      }
      // A rate limit is the platform saying "later", not a failure: it never uses up the
      // attempts (postpone gives the claim's count back), or a big broadcast under Slack's
      // limits would drop invitations, and a real failure after many 429s would be the last.
      const limited = kind === 'rate-limited';
      const spent = !limited && row.attempts >= maxAttempts;
      if (kind === 'unreachable' || kind === 'permanent' || spent) {
        store.outbox.giveUp(row.id, kind === 'unreachable' ? 'unreachable' : 'failed', text);
        return;
      }
      const backoff =
        error instanceof DeliveryError && error.retryAfterMs !== undefined
          ? error.retryAfterMs
          : 30_000 * 2 ** (row.attempts - 1);
      const at = new Date(clock.now().getTime() + backoff).toISOString();
      if (limited) store.outbox.postpone(row.id, at, text);
      else store.outbox.retryAt(row.id, at, text);
    }
  }

  /** Sends everything due now; resolves with how many messages it handled. */
  async function drain(): Promise<number> {
    let handled = 0;
    while (!stopping) {
      const row = store.outbox.claimNext(clock.now().toISOString());
      if (!row) break;
      await deliver(row);
      handled++;
    }
    return handled;
  }

  async function run() {
    while (!stopping) {
      try {
        // On every pass, not only at start: after a quick restart (or beside a process that
        // died) a message left 'sending' is listed as unconfirmed once it is old enough,
        // instead of waiting for the next restart. Between drains, so never our own send.
        store.outbox.markStale(new Date(clock.now().getTime() - staleAfterMs).toISOString());
        await drain();
      } catch (error) {
        logger.error('courier failed', { error: error instanceof Error ? error.message : error });
      }
      if (stopping) break;
      await new Promise<void>((resolve) => {
        wakeUp = resolve;
        setTimeout(resolve, pollMs).unref();
      });
    }
  }

  return {
    drain,
    /** Starts delivering in the background until stop(). */
    start() {
      stopping = false;
      loop ??= run();
    },
    /** Something was queued: look now rather than at the next poll. */
    wake() {
      wakeUp?.();
    },
    /** Finishes the message in hand, then stops. */
    async stop() {
      stopping = true;
      wakeUp?.();
      await loop;
      loop = undefined;
    },
  };
}
