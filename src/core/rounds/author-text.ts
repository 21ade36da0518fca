import type { Store } from '../../store/store.js';
import type { Translate } from '../i18n/translate.js';
import type { Round, RoundInput } from './round.js';

/** A person's name as facilitators know them. */
export function personName(store: Store, personId: number | null): string {
  if (personId === null) return '';
  const person = store.people.get(personId);
  return person?.displayName ?? person?.email ?? `#${personId}`;
}

/**
 * Who wrote an input, for a facilitator: name and organisation. In an anonymous round only
 * "Anonym": the row's organisation type and municipality, beside a time, could single out
 * the one person of their kind.
 */
export function authorText(t: Translate, store: Store, round: Round, input: RoundInput): string {
  if (round.anonymity === 'anonymous') return t('rounds.inputs.anonymous');
  const where = [input.organisation, input.organisationType, input.municipality]
    .filter((part) => part !== '')
    .join(', ');
  if (input.personId === null) {
    // Outside an anonymous round every input names its author until they are erased.
    const who = t('privacy.erasedPerson');
    return where ? `${who} (${where})` : who;
  }
  const name = personName(store, input.personId);
  return where ? `${name}, ${where}` : name;
}
