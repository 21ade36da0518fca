import type { CommandContext } from '../command.js';
import type { Forum } from './forum.js';

/** Whether the person asking holds a seat (a cancelled registration holds none). */
export const isRegistered = (ctx: CommandContext, forum: Forum): boolean =>
  ctx.store.registrations.find(forum.id, ctx.person.id)?.status === 'registered';
