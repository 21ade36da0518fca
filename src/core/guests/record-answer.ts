import type { Store } from '../../store/store.js';
import type { InviteeAnswer } from './invitee.js';

/** Reminders not yet sent to an invitee who has now answered: they are taken back. */
export const unansweredReminderPrefix = (forumId: number, inviteeId: number) =>
  `reminder.unanswered:${forumId}:${inviteeId}:`;

/**
 * Records an invitee's answer, however they gave it (the invitation's buttons, signing up
 * from the forum list, cancelling), and withdraws the reminders still queued for them.
 * Someone not on the guest list has nothing to record. Call inside the write's transaction.
 */
export function recordAnswer(
  store: Store,
  forumId: number,
  personId: number,
  answer: InviteeAnswer,
  now: Date,
): void {
  const invitee = store.invitees.find(forumId, personId);
  if (!invitee || invitee.answer === answer) return;
  store.invitees.answer(invitee.id, answer, now.toISOString());
  store.outbox.withdraw(unansweredReminderPrefix(forumId, invitee.id));
}
