import type { Store } from '../../store/store.js';
import { sendLater } from '../outbox/send-later.js';
import type { Round } from './round.js';
import { queueLiveEdit, roundConversation } from './round-message.js';
import { summaryView } from './summary-view.js';

/**
 * Closes a round once, by hand (`by` a person) or by the clock (`by` null): voting ends, the
 * round's message loses its buttons, and the summary is queued to its conversation, all in
 * one IMMEDIATE transaction. False when it was closed already, by anyone, in any process.
 */
export function closeRound(
  store: Store,
  round: Round,
  by: number | null,
  timeZone: string,
  now: Date,
): boolean {
  const at = now.toISOString();
  return store.transaction(() => {
    if (!store.rounds.close(round.id, by, at)) return false;
    store.rounds.endVoting(round.id, at);
    store.roundActions.record({ roundId: round.id, action: 'close', personId: by }, at);
    queueLiveEdit(store, round.id, timeZone, now);
    const closed = store.rounds.get(round.id) as Round;
    sendLater(
      store,
      {
        key: `round:${round.id}:summary`,
        purpose: 'round-summary',
        to: roundConversation(closed),
        view: summaryView(store, closed),
        locale: closed.locale,
      },
      now,
    );
    return true;
  });
}
