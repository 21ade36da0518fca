import { message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { findForum } from './find-forum.js';
import type { Forum } from './forum.js';
import { forumFromText, forumRefArgs } from './forum-ref.js';
import { assertNotStarted } from './forum-rules.js';

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

export const confirmCancelCommand = defineCommand({
  id: 'forum.cancel.confirm',
  args: forumRefArgs,
  personal: true,
  run(ctx, { forum: ref }) {
    const { t } = ctx;
    const forum = findForum(ctx.store, ref, ctx.now);
    assertNotStarted(ctx, forum);
    ctx.store.transaction(() => {
      const registration = activeRegistration(ctx, forum);
      ctx.store.registrations.cancel(registration.id, ctx.now.toISOString());
    });
    return message(
      { kind: 'text', text: t('cancel.done', { forum: forum.title }) },
      {
        kind: 'actions',
        buttons: [{ label: t('button.list'), command: 'forum.list' }],
      },
    );
  },
});

export const keepRegistrationCommand = defineCommand({
  id: 'forum.cancel.keep',
  args: forumRefArgs,
  personal: true,
  run(ctx, { forum: ref }) {
    const forum = findForum(ctx.store, ref, ctx.now);
    return message({ kind: 'text', text: ctx.t('cancel.kept', { forum: forum.title }) });
  },
});
