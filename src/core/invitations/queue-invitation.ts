import type { Store } from '../../store/store.js';
import type { Forum } from '../forum/forum.js';
import type { Invitee } from '../guests/invitee.js';
import { translator } from '../i18n/translate.js';
import { sendLater } from '../outbox/send-later.js';
import { invitationView } from './invitation-view.js';

export const invitationKey = (forumId: number, inviteeId: number) =>
  `invitation:${forumId}:${inviteeId}`;

/**
 * Queues one invitee's invitation, in their language. The key is the invitee's: however often
 * a coordinator presses "send", after a restart or from two processes, it goes once.
 */
export function queueInvitation(
  store: Store,
  forum: Forum,
  invitee: Invitee,
  timeZone: string,
  now: Date,
): boolean {
  const locale = store.people.get(invitee.personId)?.locale ?? 'sv';
  const substituteFor =
    invitee.substituteFor !== null ? store.invitees.get(invitee.substituteFor) : undefined;
  return sendLater(
    store,
    {
      key: invitationKey(forum.id, invitee.id),
      purpose: 'invitation',
      to: { personId: invitee.personId },
      view: invitationView(translator(locale), locale, timeZone, forum, invitee, substituteFor),
      locale,
    },
    now,
  );
}

/** Who still needs the invitation: not yet sent, not answered, not signed up on their own. */
export function awaitingInvitation(
  store: Store,
  forum: Forum,
): { due: Invitee[]; already: number } {
  const invitees = store.invitees.listForForum(forum.id);
  const sent = new Set(store.outbox.listByPrefix(`invitation:${forum.id}:`).map((row) => row.key));
  const due = invitees.filter((i) => {
    if (sent.has(invitationKey(forum.id, i.id)) || i.answer !== null) return false;
    const registration = store.registrations.find(forum.id, i.personId);
    return !registration || registration.status === 'cancelled';
  });
  return { due, already: invitees.length - due.length };
}
