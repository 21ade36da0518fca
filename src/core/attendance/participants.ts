import type { ForumDay } from '../../store/attendance-repository.js';
import type { Store } from '../../store/store.js';
import type { Registration } from '../forum/forum.js';
import type { Invitee } from '../guests/invitee.js';

/** A registration with who it is: the name coordinators know, the guest-list row, check-ins. */
export interface Participant {
  registration: Registration;
  name: string;
  email: string;
  /** The person's row on the forum's guest list; undefined for someone not invited. */
  invitee: Invitee | undefined;
  /** The days they were checked in on, with when. */
  checkIns: Map<ForumDay, string>;
}

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

/** Sorts the Swedish way (å, ä, ö after z), by name, then organisation. */
export const byName = (a: Participant, b: Participant): number =>
  collator.compare(a.name, b.name) ||
  collator.compare(a.registration.organisation, b.registration.organisation) ||
  a.registration.id - b.registration.id;

/** The name coordinators know a person by: the guest list's, else the chat profile's. */
export function nameAndEmail(
  store: Store,
  personId: number,
  invitee: Invitee | undefined = undefined,
): { name: string; email: string } {
  const person = store.people.get(personId);
  const email = person?.email ?? invitee?.email ?? '';
  return { name: invitee?.name || person?.displayName || email || `#${personId}`, email };
}

/**
 * Everyone with a registration for the forum (any status), alphabetically. The name is the
 * guest list's when there is one (coordinators wrote it), else the chat profile's.
 */
export function participantsOf(store: Store, forumId: number): Participant[] {
  const invitees = new Map(store.invitees.listForForum(forumId).map((i) => [i.personId, i]));
  const checkIns = new Map<number, Map<ForumDay, string>>();
  for (const c of store.attendance.listForForum(forumId)) {
    const days = checkIns.get(c.registrationId) ?? new Map<ForumDay, string>();
    days.set(c.day, c.checkedInAt);
    checkIns.set(c.registrationId, days);
  }
  return store.registrations
    .listForForum(forumId)
    .map((registration) => {
      const invitee = invitees.get(registration.personId);
      return {
        registration,
        ...nameAndEmail(store, registration.personId, invitee),
        invitee,
        checkIns: checkIns.get(registration.id) ?? new Map(),
      };
    })
    .sort(byName);
}

/**
 * Whether a participant came: the outcome recorded after the forum, or, until the job has
 * recorded it, a check-in on either day.
 */
export const attended = (p: Pick<Participant, 'registration' | 'checkIns'>): boolean =>
  p.registration.status === 'registered' &&
  (p.registration.attendance === 'attended' ||
    (p.registration.attendance === null && p.checkIns.size > 0));

/** Whether one person came to one forum (see `attended`). */
export function personAttended(store: Store, forumId: number, personId: number): boolean {
  const registration = store.registrations.find(forumId, personId);
  if (!registration) return false;
  const checkIns = new Map(
    store.attendance.listForRegistration(registration.id).map((c) => [c.day, c.checkedInAt]),
  );
  return attended({ registration, checkIns });
}
