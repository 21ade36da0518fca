import { createHmac } from 'node:crypto';
import type { Store } from '../../store/store.js';

/**
 * The key an input (or a vote) is filed under: an HMAC of the round and the person with the
 * server's secret. The author can find their own inputs again by computing it; nothing a
 * facilitator sees through the bot leads back from it to a person.
 */
export function authorKey(store: Store, roundId: number, personId: number, now: Date): string {
  return keyWith(store.rounds.secret(now.toISOString()), roundId, personId);
}

/** The same key made with a secret already read, for looking up many rounds at once. */
export const keyWith = (secret: string, roundId: number, personId: number): string =>
  createHmac('sha256', secret).update(`author:${roundId}:${personId}`).digest('base64url');

/**
 * Seals a value carried through a form round trip (the conversation a round is opened in), so
 * a forged form cannot post a round into a conversation its sender never opened it from.
 */
export function seal(store: Store, value: string, now: Date): string {
  return createHmac('sha256', store.rounds.secret(now.toISOString()))
    .update(`seal:${value}`)
    .digest('base64url');
}
