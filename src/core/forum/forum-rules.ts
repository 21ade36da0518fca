import type { CommandContext } from '../command.js';
import { UserError } from '../errors.js';
import { formatDateTime } from '../time/format-date.js';
import type { Forum } from './forum.js';

/** Whether people can still sign up or change their registration. */
export const registrationOpen = (forum: Forum, now: Date): boolean =>
  now < new Date(forum.startsAt) && now <= new Date(forum.registrationClosesAt);

/** Before the announced opening nobody can sign up: first come is counted from then. */
export const registrationNotYetOpen = (forum: Forum, now: Date): boolean =>
  forum.registrationOpensAt !== null && now < new Date(forum.registrationOpensAt);

/** Cancelling stays possible until the forum starts: a late cancellation still frees a seat. */
export function assertNotStarted(ctx: CommandContext, forum: Forum): void {
  if (ctx.now >= new Date(forum.startsAt)) {
    throw new UserError('error.forumStarted', { forum: forum.title });
  }
}

/** Signing up and changing a registration: from the opening to the registration deadline. */
export function assertRegistrationOpen(ctx: CommandContext, forum: Forum): void {
  assertNotStarted(ctx, forum);
  if (registrationNotYetOpen(forum, ctx.now)) {
    throw new UserError('error.registrationNotOpen', {
      forum: forum.title,
      opens: formatDateTime(forum.registrationOpensAt as string, ctx.locale, ctx.timeZone),
    });
  }
  if (!registrationOpen(forum, ctx.now)) {
    throw new UserError('error.registrationClosed', {
      forum: forum.title,
      deadline: formatDateTime(forum.registrationClosesAt, ctx.locale, ctx.timeZone),
    });
  }
}
