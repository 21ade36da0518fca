import { z } from 'zod';
import type { ForumDay } from '../../store/attendance-repository.js';
import type { Reply } from '../chat.js';
import { formReply, message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import type { Forum, Registration } from '../forum/forum.js';
import { formatTime } from '../time/format-date.js';
import { normaliseCode } from './checkin-code.js';
import { checkinClosed, checkinDay } from './forum-days.js';

export const checkInId = 'attendance.checkin';
export const submitCheckInId = 'attendance.checkin.submit';

/** Long enough for any code with spaces around it; longer input is not a code. */
const maxCodeLength = 20;

/**
 * The forum whose day 1 or day 2 is today (of two on one day, the one the person has a seat
 * at); refuses kindly on any other day.
 */
function forumToday(ctx: CommandContext, ref: string | undefined): { forum: Forum; day: ForumDay } {
  const { store, now, timeZone } = ctx;
  const candidates = ref ? [store.forums.get(Number(ref))] : store.forums.list();
  const today = candidates.flatMap((forum) => {
    const day = forum ? checkinDay(forum, now, timeZone) : null;
    return forum && day ? [{ forum, day }] : [];
  });
  const seated = today.find(
    ({ forum }) => store.registrations.find(forum.id, ctx.person.id)?.status === 'registered',
  );
  if (seated ?? today[0]) return (seated ?? today[0]) as { forum: Forum; day: ForumDay };
  // The forum they most likely mean: the next one, or the one just over.
  const next = ref
    ? candidates[0]
    : (store.forums.listUpcoming(now.toISOString())[0] ?? candidates[0]);
  if (!next) throw new UserError('attendance.error.noForumToday');
  throw checkinClosed(next, ctx.locale, timeZone);
}

/** Only a confirmed seat can be checked in; the waitlist and the cancelled are told why. */
function seatOf(ctx: CommandContext, forum: Forum): Registration {
  const registration = ctx.store.registrations.find(forum.id, ctx.person.id);
  if (registration?.status === 'registered') return registration;
  if (registration?.status === 'waitlisted' || registration?.status === 'offered') {
    throw new UserError('attendance.error.waitlisted', { forum: forum.title });
  }
  throw new UserError('attendance.error.notRegistered', { forum: forum.title });
}

function alreadyIn(ctx: CommandContext, forum: Forum, day: ForumDay, at: string): Reply {
  return message({
    kind: 'text',
    text: ctx.t('attendance.alreadyCheckedIn', {
      forum: forum.title,
      day,
      time: formatTime(at, ctx.locale, ctx.timeZone),
    }),
  });
}

function codeForm(ctx: CommandContext, forum: Forum, code: string, error?: string): Reply {
  const { t } = ctx;
  return formReply({
    title: t('attendance.form.title'),
    intro: t('attendance.form.intro', { forum: forum.title }),
    submitLabel: t('attendance.form.submit'),
    submitCommand: submitCheckInId,
    args: { forum: String(forum.id) },
    inputs: [
      {
        kind: 'text',
        name: 'code',
        label: t('attendance.form.code'),
        required: true,
        maxLength: maxCodeLength,
      },
    ],
    values: { code },
    ...(error ? { errors: { code: error } } : {}),
  });
}

/**
 * Checks the person in when the code is the forum's. Returns null for a wrong code, so the
 * caller can refuse in the way that fits (a message, or the form again).
 */
function checkIn(ctx: CommandContext, forum: Forum, day: ForumDay, typed: string): Reply | null {
  const { store, now, t } = ctx;
  type Outcome = { kind: 'wrong' } | { kind: 'already'; at: string } | { kind: 'done' };
  const outcome = store.transaction((): Outcome => {
    // Read again under the write lock: a cancellation may have come in between.
    const registration = seatOf(ctx, forum);
    const done = store.attendance.find(registration.id, day);
    if (done) return { kind: 'already', at: done.checkedInAt };
    const code = store.forums.get(forum.id)?.checkinCode;
    if (!code || normaliseCode(typed) !== code) return { kind: 'wrong' };
    store.attendance.checkIn(registration.id, day, now.toISOString(), null);
    return { kind: 'done' };
  });
  if (outcome.kind === 'wrong') return null;
  if (outcome.kind === 'already') return alreadyIn(ctx, forum, day, outcome.at);
  return message({
    kind: 'text',
    text: t('attendance.checkedIn', { forum: forum.title, day }),
  });
}

/**
 * Self check-in at the venue: "checkin 4KX7P", "checka in 4KX7P", or the word alone for a
 * form that asks for the code. A person checked in already is told so before any code.
 */
export const checkInCommand = defineCommand({
  id: checkInId,
  words: ['checkin', 'check-in', 'checka', 'incheckning'],
  // "checka in 4KX7P": the dispatcher splits at the first word, so "in" arrives with the code.
  fromText: (rest) => {
    const code = rest.replace(/^in\b/i, '').trim();
    return code ? { code } : {};
  },
  args: z.object({
    code: z.string().max(200).optional(),
    forum: z.string().regex(/^\d+$/).max(12).optional(),
  }),
  personal: true,
  run(ctx, args) {
    const { forum, day } = forumToday(ctx, args.forum);
    const registration = seatOf(ctx, forum);
    const done = ctx.store.attendance.find(registration.id, day);
    if (done) return alreadyIn(ctx, forum, day, done.checkedInAt);
    if (!args.code?.trim()) return codeForm(ctx, forum, '');
    const reply = checkIn(ctx, forum, day, args.code);
    if (!reply) throw new UserError('attendance.error.wrongCode');
    return reply;
  },
});

/** The code form's submit: a wrong or empty code brings the form back with what was typed. */
export const submitCheckInCommand = defineCommand({
  id: submitCheckInId,
  args: z.object({
    forum: z.string().regex(/^\d+$/).max(12),
    code: z.string().max(200).default(''),
  }),
  personal: true,
  run(ctx, args) {
    const { forum, day } = forumToday(ctx, args.forum);
    if (!args.code.trim()) return codeForm(ctx, forum, args.code, ctx.t('field.required'));
    return (
      checkIn(ctx, forum, day, args.code) ??
      codeForm(ctx, forum, args.code, ctx.t('attendance.error.wrongCode'))
    );
  },
});
