import type { Block } from '../chat.js';
import { message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { recordAnswer } from '../guests/record-answer.js';
import { notifyCoordinators } from '../roles/coordinators.js';
import { formatDateTime } from '../time/format-date.js';
import { offerNextSeats } from '../waitlist/offer-next-seats.js';
import { findForum } from './find-forum.js';
import type { Forum, Registration } from './forum.js';
import { forumFromText, forumRefArgs } from './forum-ref.js';
import { assertNotStarted, registrationOpen } from './forum-rules.js';
import { registrationCalendar } from './registration-calendar.js';

function activeRegistration(ctx: CommandContext, forum: Forum) {
  const registration = ctx.store.registrations.find(forum.id, ctx.person.id);
  if (!registration) throw new UserError('error.notRegistered', { forum: forum.title });
  if (registration.status === 'cancelled') {
    throw new UserError('error.alreadyCancelled', { forum: forum.title });
  }
  return registration;
}

/** Cancelling gives up a seat someone else may be waiting for, so we ask first. */
export const cancelCommand = defineCommand({
  id: 'forum.cancel',
  words: ['avboka', 'avanmäl', 'avanmal', 'cancel'],
  fromText: forumFromText,
  args: forumRefArgs,
  personal: true,
  run(ctx, { forum: ref }) {
    const { t } = ctx;
    const forum = findForum(ctx.store, ref, ctx.now);
    activeRegistration(ctx, forum);
    assertNotStarted(ctx, forum);
    const args = { forum: String(forum.id) };
    return message(
      { kind: 'text', text: t('cancel.confirm', { forum: forum.title }) },
      {
        kind: 'actions',
        buttons: [
          {
            label: t('button.cancelConfirm'),
            command: 'forum.cancel.confirm',
            args,
            style: 'danger',
          },
          { label: t('button.keep'), command: 'forum.cancel.keep', args },
        ],
      },
    );
  },
});

/**
 * Cancels, and in the same transaction offers the freed seat to the next in line and, after
 * the deadline, tells the coordinators (catering and rooms are already ordered by then).
 */
export const confirmCancelCommand = defineCommand({
  id: 'forum.cancel.confirm',
  args: forumRefArgs,
  personal: true,
  run(ctx, { forum: ref }) {
    const { t, store, now } = ctx;
    const forum = findForum(store, ref, now);
    assertNotStarted(ctx, forum);
    const before = store.transaction(() => {
      const registration = activeRegistration(ctx, forum);
      store.registrations.cancel(registration.id, now.toISOString());
      recordAnswer(store, forum.id, ctx.person.id, 'no', now);
      if (registration.status === 'waitlisted') return registration;
      const offered = offerNextSeats(store, forum, ctx.settings, ctx.timeZone, now);
      if (registration.status === 'registered' && !registrationOpen(forum, now)) {
        tellCoordinatorsOfLateCancel(ctx, forum, registration, offered > 0);
      }
      return registration;
    });
    ctx.wakeCourier();
    const list: Block = {
      kind: 'actions',
      buttons: [{ label: t('button.list'), command: 'forum.list' }],
    };
    if (before.status === 'waitlisted') {
      return message({ kind: 'text', text: t('waitlist.left', { forum: forum.title }) }, list);
    }
    const cancelled = store.registrations.get(before.id) as Registration;
    return {
      ...message(
        { kind: 'text', text: t('cancel.done', { forum: forum.title }) },
        { kind: 'text', text: t('cancel.calendarNote', { forum: forum.title }) },
        list,
      ),
      attachments: [registrationCalendar(ctx, forum, cancelled)],
    };
  },
});

function tellCoordinatorsOfLateCancel(
  ctx: CommandContext,
  forum: Forum,
  registration: Registration,
  offered: boolean,
): void {
  const name = ctx.person.displayName ?? ctx.person.email ?? ctx.actor.userId;
  notifyCoordinators(
    ctx.store,
    ctx.settings,
    {
      key: `late-cancel:${registration.id}:${ctx.now.toISOString()}`,
      purpose: 'late-cancel',
      view: (t, coordinator) => ({
        blocks: [
          { kind: 'heading', text: t('lateCancel.title', { forum: forum.title }) },
          {
            kind: 'text',
            text: t('lateCancel.text', {
              name,
              organisation: registration.organisation,
              when: formatDateTime(ctx.now, coordinator.locale, ctx.timeZone),
            }),
          },
          ...(offered ? [{ kind: 'text' as const, text: t('lateCancel.offered') }] : []),
        ],
      }),
    },
    ctx.now,
  );
}

export const keepRegistrationCommand = defineCommand({
  id: 'forum.cancel.keep',
  args: forumRefArgs,
  personal: true,
  run(ctx, { forum: ref }) {
    const forum = findForum(ctx.store, ref, ctx.now);
    return message({ kind: 'text', text: ctx.t('cancel.kept', { forum: forum.title }) });
  },
});
