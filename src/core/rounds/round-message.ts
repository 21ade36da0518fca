import type { Store } from '../../store/store.js';
import { sendLater } from '../outbox/send-later.js';
import type { Round } from './round.js';
import { roundView } from './round-view.js';

/** The outbox key of a round's own message; the doors find the round by its sent id. */
export const roundMessageKey = (roundId: number) => `round:${roundId}`;

/** Where the round's messages go: the conversation it was opened in. */
export const roundConversation = (round: Round) => ({
  platform: round.platform,
  conversationId: round.conversationId,
});

const opening = (round: Round, now: Date) =>
  new Date(Math.max(now.getTime(), Date.parse(round.opensAt)));

/** Queues the round's message, to be posted when the round opens. */
export function queueRoundMessage(store: Store, round: Round, timeZone: string, now: Date) {
  sendLater(
    store,
    {
      key: roundMessageKey(round.id),
      purpose: 'round',
      to: roundConversation(round),
      // Shown from the moment it opens, so it reads as open, not as "opens at".
      view: roundView(store, round, timeZone, opening(round, now)),
      locale: round.locale,
      notBefore: opening(round, now),
    },
    now,
  );
}

/**
 * Queues an edit of the round's message with fresh counts. Call it in the transaction of the
 * change: the counter and the counts are read under the same lock, so the newest edit (the
 * only one the courier applies) always carries the newest counts, across processes too.
 */
export function queueLiveEdit(store: Store, roundId: number, timeZone: string, now: Date) {
  const round = store.rounds.get(roundId);
  if (!round) return;
  const version = store.rounds.nextLiveVersion(round.id);
  sendLater(
    store,
    {
      key: `${roundMessageKey(round.id)}:edit:${version}`,
      purpose: 'round-live',
      to: roundConversation(round),
      view: roundView(store, round, timeZone, opening(round, now)),
      locale: round.locale,
      notBefore: opening(round, now),
      editOf: roundMessageKey(round.id),
    },
    now,
  );
}
