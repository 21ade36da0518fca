import { z } from 'zod';
import type { Reply } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { checkinClosed, checkinDay } from './forum-days.js';
import { nameAndEmail } from './participants.js';
import { filterArg, markId, pageArg, rosterView, unmarkId } from './roster-view.js';

const markArgs = z.object({
  registration: z.string().regex(/^\d+$/).max(12),
  day: z.enum(['1', '2']),
  forum: z.string().regex(/^\d+$/).max(12).optional(),
  page: pageArg,
  filter: filterArg,
});

/**
 * Checks someone in (or takes it back) and shows the same page again with a line on what
 * happened. A button from yesterday's list changes nothing and shows today's list.
 */
function mark(ctx: CommandContext, args: z.output<typeof markArgs>, checkIn: boolean): Reply {
  const { store, now, t, timeZone } = ctx;
  const registration = store.registrations.get(Number(args.registration));
  const forum = registration && store.forums.get(registration.forumId);
  if (!registration || !forum) throw new UserError('error.invalidInput');
  const view = (notice: string) =>
    rosterView(ctx, forum, {
      notice,
      ...(args.page ? { page: Number(args.page) } : {}),
      ...(args.filter ? { filter: args.filter } : {}),
    });
  const today = checkinDay(forum, now, timeZone);
  if (!today) throw checkinClosed(forum, ctx.locale, timeZone);
  if (Number(args.day) !== today) {
    return view(t('attendance.list.stale', { day: Number(args.day) }));
  }
  const { name } = nameAndEmail(
    store,
    registration.personId,
    store.invitees.find(forum.id, registration.personId),
  );
  const changed = store.transaction(() => {
    const current = store.registrations.get(registration.id);
    if (current?.status !== 'registered') {
      throw new UserError('attendance.error.notOnList', { name, forum: forum.title });
    }
    return checkIn
      ? store.attendance.checkIn(registration.id, today, now.toISOString(), ctx.person.id)
      : store.attendance.undo(registration.id, today);
  });
  const key = checkIn
    ? changed
      ? 'attendance.marked'
      : 'attendance.alreadyMarked'
    : changed
      ? 'attendance.unmarked'
      : 'attendance.notMarked';
  return view(t(key, { name, day: today }));
}

export const markCommand = defineCommand({
  id: markId,
  args: markArgs,
  personal: true,
  run: (ctx, args) => mark(ctx, args, true),
});

export const unmarkCommand = defineCommand({
  id: unmarkId,
  args: markArgs,
  personal: true,
  run: (ctx, args) => mark(ctx, args, false),
});
