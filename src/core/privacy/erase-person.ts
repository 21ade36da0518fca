import type { Store } from '../../store/store.js';
import type { Locale } from '../chat.js';
import { translator } from '../i18n/translate.js';
import { encodeOutgoing } from '../outbox/outgoing-message.js';
import type { Settings } from '../settings.js';
import { offerNextSeats } from '../waitlist/offer-next-seats.js';
import { ownedCycleItems, parseObject } from './personal-data.js';
import { asJsonText, redactMessage, searchable } from './redact-message.js';

export interface Erasure {
  registrationsCancelled: number;
  inputsUnlinked: number;
}

/**
 * Erases a person in one transaction, keeping the counts the figures are made of:
 * - the people row stays, with no name, e-mail or identity (see migration 008), as the
 *   anonymous holder of counted rows; their next message makes a new person;
 * - registrations for forums not yet started are cancelled, and a freed seat goes to the next
 *   in line; every registration loses organisation, role, diet, accessibility and invoice
 *   reference, and keeps status, meals, stay and attendance;
 * - guest-list rows of forums not yet over are removed; older ones keep organisation type,
 *   municipality, gender and the answer;
 * - evaluation comments are cleared, ratings kept;
 * - inputs keep their text as the round's record but no longer name the person (shown as
 *   "Raderad person"); anonymous ones named no one to begin with;
 * - messages to them not yet sent are withdrawn and every message to them emptied; their
 *   name and e-mail are replaced in messages to others (a coordinator's notice);
 * - an annual-cycle item they owned by e-mail passes to the coordinators.
 */
export function erasePerson(
  store: Store,
  settings: Settings,
  timeZone: string,
  personId: number,
  now: Date,
): Erasure {
  const at = now.toISOString();
  return store.transaction(() => {
    const person = store.people.get(personId);
    const locale: Locale = person?.locale ?? 'sv';
    // Every way the person is named, read before anything is cleared.
    const names = searchable([
      person?.displayName,
      person?.email,
      ...store.privacy.invitees(personId).map((row) => row.name as string),
      ...store.privacy.remissContacts(personId).map((row) => row.contactName as string),
    ]);

    let registrationsCancelled = 0;
    for (const forum of store.forums.list()) {
      const registration = store.registrations.find(forum.id, personId);
      if (!registration || registration.status === 'cancelled') continue;
      if (now >= new Date(forum.startsAt)) continue;
      store.registrations.cancel(registration.id, at, 'self');
      registrationsCancelled++;
      if (registration.status !== 'waitlisted') {
        offerNextSeats(store, forum, settings, timeZone, now);
      }
    }
    store.privacy.anonymiseInvitees(personId, at);
    store.privacy.anonymiseRegistrations(personId, at);
    store.privacy.clearEvaluationComments(personId);
    const inputsUnlinked = store.privacy.unlinkInputs(personId);
    store.privacy.unlinkRemissContacts(personId);

    for (const item of ownedCycleItems(store, person?.email ?? null)) {
      const definition = parseObject(
        store.privacy.cycleItems().find((i) => i.id === item.id)?.definition ?? '{}',
      );
      if (!definition) continue;
      store.privacy.setCycleDefinition(
        item.id,
        JSON.stringify({ ...definition, owner: { role: 'coordinator' } }),
      );
    }

    store.privacy.emptyMessagesTo(personId, encodeOutgoing({ view: { blocks: [] }, locale }));
    const erased = (l: string) => translator(l === 'en' ? 'en' : 'sv')('privacy.erasedPerson');
    for (const row of store.privacy.messagesContaining(names.map(asJsonText))) {
      store.privacy.setMessage(row.id, redactMessage(row.message, names, erased));
    }
    store.privacy.deleteDownloadsContaining(names);
    store.privacy.anonymisePerson(personId, at);
    return { registrationsCancelled, inputsUnlinked };
  });
}
