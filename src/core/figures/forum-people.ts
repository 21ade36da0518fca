import type { Store } from '../../store/store.js';
import { attended, type Participant, participantsOf } from '../attendance/participants.js';
import type { Invitee } from '../guests/invitee.js';

/**
 * Everyone a forum's figures are about: each person on its guest list or with a
 * registration, once, with both rows. Organisation type, municipality and gender come from
 * the guest list; people who signed up without an invitation have none.
 */
export interface ForumPerson {
  personId: number;
  invitee: Invitee | undefined;
  participant: Participant | undefined;
}

export function forumPeople(store: Store, forumId: number): ForumPerson[] {
  const people = new Map<number, ForumPerson>();
  for (const invitee of store.invitees.listForForum(forumId)) {
    people.set(invitee.personId, { personId: invitee.personId, invitee, participant: undefined });
  }
  for (const participant of participantsOf(store, forumId)) {
    const personId = participant.registration.personId;
    const known = people.get(personId);
    people.set(personId, { personId, invitee: known?.invitee, participant });
  }
  return [...people.values()];
}

/** Holds a seat: registered (an offered seat is held, but not yet taken). */
export const isRegistered = (p: ForumPerson): boolean =>
  p.participant?.registration.status === 'registered';

/** Checked in on at least one day. */
export const isCheckedIn = (p: ForumPerson): boolean =>
  isRegistered(p) && (p.participant?.checkIns.size ?? 0) > 0;

/** Came to the forum (see `attended`). */
export const hasAttended = (p: ForumPerson): boolean =>
  p.participant !== undefined && attended(p.participant);
