import { z } from 'zod';
import type { ForumDay } from '../../store/attendance-repository.js';
import type { Block, Button, Reply } from '../chat.js';
import type { CommandContext } from '../command.js';
import type { Forum } from '../forum/forum.js';
import { formatDate, formatTime } from '../time/format-date.js';
import { checkinDay, forumDays } from './forum-days.js';
import { type Participant, participantsOf } from './participants.js';

export const rosterId = 'attendance.list';
export const markId = 'attendance.mark';
export const unmarkId = 'attendance.unmark';
export const searchId = 'attendance.search';

/**
 * People per page. Each takes two blocks (a line and its button), so 15 leave room for the
 * heading, summary and paging within Slack's 50 blocks a message.
 */
export const pageSize = 15;
export const maxFilterLength = 100;

export const pageArg = z
  .string()
  .regex(/^\d{1,4}$/)
  .optional();
export const filterArg = z.string().max(maxFilterLength).optional();

/** Matches what a coordinator typed against name and organisation, ignoring case. */
function matches(p: Participant, filter: string): boolean {
  const needle = filter.normalize('NFC').toLocaleLowerCase('sv');
  return [p.name, p.registration.organisation].some((s) =>
    s.normalize('NFC').toLocaleLowerCase('sv').includes(needle),
  );
}

function personLine(ctx: CommandContext, p: Participant): string {
  const days = ([1, 2] as const).map((day) => {
    const at = p.checkIns.get(day);
    return at
      ? ctx.t('attendance.list.in', { day, time: formatTime(at, ctx.locale, ctx.timeZone) })
      : ctx.t('attendance.list.out', { day });
  });
  return `*${p.name}*, ${p.registration.organisation}\n${days.join(' · ')}`;
}
/**
 * One page of the registered participants, alphabetically, with a button each to check
 * them in for today (or take back a mistaken check-in). On other days it shows where things
 * stand, without buttons.
 */
export function rosterView(
  ctx: CommandContext,
  forum: Forum,
  options: { page?: number; filter?: string; notice?: string },
): Reply {
  const { t, locale, timeZone } = ctx;
  const filter = options.filter?.trim() ?? '';
  const everyone = participantsOf(ctx.store, forum.id).filter(
    (p) => p.registration.status === 'registered',
  );
  const shown = filter ? everyone.filter((p) => matches(p, filter)) : everyone;
  const pages = Math.max(1, Math.ceil(shown.length / pageSize));
  const page = Math.min(Math.max(1, options.page ?? 1), pages);
  const today = checkinDay(forum, ctx.now, timeZone);
  const inOn = (day: ForumDay) => everyone.filter((p) => p.checkIns.has(day)).length;
  const base = { forum: String(forum.id), ...(filter ? { filter } : {}) };

  const blocks: Block[] = [
    { kind: 'heading', text: t('attendance.list.title', { forum: forum.title }) },
  ];
  if (options.notice) blocks.push({ kind: 'text', text: options.notice });
  if (today) {
    blocks.push({
      kind: 'text',
      text: t('attendance.list.today', { day: today, in: inOn(today), total: everyone.length }),
    });
  } else {
    const { day1At, day2At } = forumDays(forum, timeZone);
    blocks.push({
      kind: 'text',
      text: t('attendance.list.closed', {
        day1: formatDate(day1At, locale, timeZone),
        day2: formatDate(day2At, locale, timeZone),
        in1: inOn(1),
        in2: inOn(2),
        total: everyone.length,
      }),
    });
  }
  if (everyone.length === 0) blocks.push({ kind: 'text', text: t('attendance.list.empty') });
  else if (filter) {
    blocks.push({
      kind: 'text',
      text:
        shown.length === 0
          ? t('attendance.list.noMatch', { filter })
          : t('attendance.list.filter', { filter, count: shown.length }),
      muted: true,
    });
  }

  for (const p of shown.slice((page - 1) * pageSize, page * pageSize)) {
    blocks.push({ kind: 'text', text: personLine(ctx, p) });
    if (!today) continue;
    const args = {
      ...base,
      registration: String(p.registration.id),
      day: String(today),
      page: String(page),
    };
    blocks.push({
      kind: 'actions',
      buttons: [
        p.checkIns.has(today)
          ? { label: t('attendance.button.undo', { name: p.name }), command: unmarkId, args }
          : {
              label: t('attendance.button.checkIn', { name: p.name }),
              command: markId,
              args,
              style: 'primary',
            },
      ],
    });
  }

  const nav: Button[] = [];
  if (page > 1) {
    nav.push({
      label: t('attendance.button.previous'),
      command: rosterId,
      args: { ...base, page: String(page - 1) },
    });
  }
  if (page < pages) {
    nav.push({
      label: t('attendance.button.next'),
      command: rosterId,
      args: { ...base, page: String(page + 1) },
    });
  }
  nav.push({ label: t('attendance.button.search'), command: searchId, args: base });
  if (filter) {
    nav.push({
      label: t('attendance.button.showAll'),
      command: rosterId,
      args: { forum: String(forum.id) },
    });
  }
  if (pages > 1)
    blocks.push({ kind: 'text', text: t('attendance.list.page', { page, pages }), muted: true });
  blocks.push({ kind: 'actions', buttons: nav });
  return { kind: 'message', view: { blocks } };
}
