import type { Store } from '../../store/store.js';
import { keyWith } from './author-key.js';

/**
 * Whether a person has left anything in a consultation round: an input or a remiss answer
 * (named, or in an anonymous round filed only under their key), a dot in a prioritisation,
 * or an answer on file for an organisation they are the contact of. Keys are made from the
 * round and the person's id, so they are worked out for every round that holds an input or
 * a vote. Merging the person into another row would cut them off from all of it: their own
 * inputs could no longer be found, changed or withdrawn, nor their votes taken back.
 * It only reads (the secret too: where none was made, nothing was ever keyed).
 */
export function hasRoundActivity(store: Store, personId: number): boolean {
  if (store.roundInputs.hasPerson(personId)) return true;
  if (store.roundOrganisations.hasAnswerForContact(personId)) return true;
  const secret = store.rounds.existingSecret();
  if (secret === undefined) return false;
  return store.rounds.listIdsWithActivity().some((roundId) => {
    const key = keyWith(secret, roundId, personId);
    return store.roundInputs.hasAuthor(roundId, key) || store.roundVotes.hasVoter(roundId, key);
  });
}
