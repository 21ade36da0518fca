import type { Store } from '../../store/store.js';
import type { CommandContext } from '../command.js';
import { UserError } from '../errors.js';
import { formatDateTime } from '../time/format-date.js';
import type { Forum } from './forum.js';

/** Whether people can still sign up or change their registration. */
export const registrationOpen = (forum: Forum, now: Date): boolean =>
  now < new Date(forum.startsAt) && now <= new Date(forum.registrationClosesAt);

/** Cancelling stays possible until the forum starts: a late cancellation still frees a seat. */
export function assertNotStarted(ctx: CommandContext, forum: Forum): void {
  if (ctx.now >= new Date(forum.startsAt)) {
    throw new UserError('error.forumStarted', { forum: forum.title });
  }
}

/** Signing up and changing a registration end at the registration deadline. */
export function assertRegistrationOpen(ctx: CommandContext, forum: Forum): void {
  assertNotStarted(ctx, forum);
  if (!registrationOpen(forum, ctx.now)) {
    throw new UserError('error.registrationClosed', {
      forum: forum.title,
      deadline: formatDateTime(forum.registrationClosesAt, ctx.locale, ctx.timeZone),
    });
  }
}

/**
 * Refuses a new registration when every seat is taken; someone who already holds a seat may
 * always change theirs. Call it inside the transaction that writes, so the count is current.
 */
export function assertSeatFor(store: Store, forum: Forum, personId: number): void {
  const holdsSeat = store.registrations.find(forum.id, personId)?.status === 'registered';
  if (!holdsSeat && store.registrations.countActive(forum.id) >= forum.capacity) {
    throw new UserError('error.forumFull', { forum: forum.title, capacity: forum.capacity });
  }
}
