import type { Store } from '../../store/store.js';
import { recordAnswer } from '../guests/record-answer.js';
import type { Forum, Registration, RegistrationDetails } from './forum.js';
import { registrationOptions } from './forum.js';

export type SaveOutcome = 'registered' | 'changed' | 'waitlisted' | 'waitlist-changed';

/**
 * Creates or changes a person's registration. The seat check and the write share one
 * IMMEDIATE transaction, so two people racing for the last seat cannot both get it: the
 * second joins the waitlist. Someone holding an offered seat who sends the form takes it.
 */
export function saveRegistration(
  store: Store,
  forum: Forum,
  personId: number,
  details: RegistrationDetails,
  now: Date,
): { registration: Registration; outcome: SaveOutcome } {
  // An option the forum does not offer cannot be booked, whatever a payload says.
  const offered = { ...details };
  for (const option of registrationOptions) offered[option] &&= forum.offers.includes(option);

  return store.transaction(() => {
    const current = store.registrations.find(forum.id, personId)?.status;
    const holdsSeat = current === 'registered' || current === 'offered';
    // A free seat goes to the line first: a newcomer takes one only when nobody waits.
    const seatFree =
      store.registrations.countHeld(forum.id) < forum.capacity &&
      store.registrations.countWaiting(forum.id) === 0;
    const status =
      holdsSeat || (current !== 'waitlisted' && seatFree) ? 'registered' : 'waitlisted';
    const registration = store.registrations.save(
      forum.id,
      personId,
      offered,
      now.toISOString(),
      status,
    );
    // Signing up is an invitee's "yes", however they got to the form.
    recordAnswer(store, forum.id, personId, 'yes', now);
    const outcome: SaveOutcome =
      status === 'waitlisted'
        ? current === 'waitlisted'
          ? 'waitlist-changed'
          : 'waitlisted'
        : current === 'registered'
          ? 'changed'
          : 'registered';
    return { registration, outcome };
  });
}
