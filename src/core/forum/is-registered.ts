import type { CommandContext } from '../command.js';
import type { Forum } from './forum.js';

/**
 * Whether the person asking has a registration they can change: a seat, a place on the
 * waitlist, or a seat offered to them. A cancelled registration is none of these.
 */
export const isRegistered = (ctx: CommandContext, forum: Forum): boolean => {
  const status = ctx.store.registrations.find(forum.id, ctx.person.id)?.status;
  return status !== undefined && status !== 'cancelled';
};
