import type { Store } from '../../store/store.js';
import type { Forum, Registration, RegistrationDetails } from './forum.js';
import { registrationOptions } from './forum.js';
import { assertSeatFor } from './forum-rules.js';

/**
 * Creates or changes a person's registration. The seat check and the write share one
 * IMMEDIATE transaction, so two people racing for the last seat cannot both get it.
 */
export function saveRegistration(
  store: Store,
  forum: Forum,
  personId: number,
  details: RegistrationDetails,
  now: Date,
): { registration: Registration; changed: boolean } {
  // An option the forum does not offer cannot be booked, whatever a payload says.
  const offered = { ...details };
  for (const option of registrationOptions) offered[option] &&= forum.offers.includes(option);

  return store.transaction(() => {
    const changed = store.registrations.find(forum.id, personId)?.status === 'registered';
    assertSeatFor(store, forum, personId);
    const registration = store.registrations.save(forum.id, personId, offered, now.toISOString());
    return { registration, changed };
  });
}
