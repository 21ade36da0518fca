import { message } from '../chat.js';
import { defineCommand } from '../command.js';
import { findForum } from '../forum/find-forum.js';
import { forumFromText, forumRefArgs } from '../forum/forum-ref.js';
import { assertRegistrationOpen } from '../forum/forum-rules.js';
import { awaitingInvitation, queueInvitation } from './queue-invitation.js';

/** Sending goes to many people at once, so the coordinator sees how many and confirms. */
export const sendInvitationsCommand = defineCommand({
  id: 'invitations.send',
  // "bjud in framtidsforum-2027": the first word picks the command, "in" belongs to it.
  words: ['bjud', 'invite'],
  fromText: (rest) => forumFromText(rest.replace(/^in\b\s*/i, '')),
  args: forumRefArgs,
  run(ctx, { forum: ref }) {
    const { t } = ctx;
    const forum = findForum(ctx.store, ref, ctx.now);
    assertRegistrationOpen(ctx, forum);
    const { due, already } = awaitingInvitation(ctx.store, forum);
    if (due.length === 0)
      return message({ kind: 'text', text: t('invitations.nobody', { forum: forum.title }) });
    const args = { forum: String(forum.id) };
    return message(
      {
        kind: 'text',
        text: t('invitations.confirm', { count: due.length, forum: forum.title, already }),
      },
      {
        kind: 'actions',
        buttons: [
          {
            label: t('button.confirmSend'),
            command: 'invitations.send.confirm',
            args,
            style: 'primary',
          },
          { label: t('button.notNow'), command: 'invitations.send.cancel', args },
        ],
      },
    );
  },
});

export const confirmSendInvitationsCommand = defineCommand({
  id: 'invitations.send.confirm',
  args: forumRefArgs,
  run(ctx, { forum: ref }) {
    const { t, store } = ctx;
    const forum = findForum(store, ref, ctx.now);
    assertRegistrationOpen(ctx, forum);
    const queued = store.transaction(() => {
      const { due } = awaitingInvitation(store, forum);
      return due.filter((invitee) => queueInvitation(store, forum, invitee, ctx.timeZone, ctx.now))
        .length;
    });
    ctx.wakeCourier();
    // Slack's pace (about one message a second) is the slower one.
    const minutes = Math.max(1, Math.ceil(queued / 60));
    return message(
      { kind: 'text', text: t('invitations.queued', { count: queued, minutes }) },
      {
        kind: 'actions',
        buttons: [
          {
            label: t('button.invitationStatus'),
            command: 'invitations.status',
            args: { forum: String(forum.id) },
          },
        ],
      },
    );
  },
});

export const cancelSendInvitationsCommand = defineCommand({
  id: 'invitations.send.cancel',
  args: forumRefArgs,
  run(ctx) {
    return message({ kind: 'text', text: ctx.t('invitations.cancelled') });
  },
});
