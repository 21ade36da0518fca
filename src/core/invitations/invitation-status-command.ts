import type { Block } from '../chat.js';
import { message } from '../chat.js';
import { defineCommand } from '../command.js';
import { findForum } from '../forum/find-forum.js';
import { forumFromText, forumRefArgs } from '../forum/forum-ref.js';

const shownNames = 30;

/** How the sending goes: sent, queued, and who could not be reached (to call instead). */
export const invitationStatusCommand = defineCommand({
  id: 'invitations.status',
  words: ['inbjudningar', 'invitations'],
  fromText: forumFromText,
  args: forumRefArgs,
  personal: true,
  run(ctx, { forum: ref }) {
    const { t, store } = ctx;
    const forum = findForum(store, ref, ctx.now);
    const rows = store.outbox.listByPrefix(`invitation:${forum.id}:`);
    const byInvitee = new Map(store.invitees.listForForum(forum.id).map((i) => [i.id, i]));
    const inviteeOf = (key: string) => byInvitee.get(Number(key.split(':')[2]));
    const count = (status: string) => rows.filter((r) => r.status === status).length;
    const names = (status: string) =>
      rows
        .filter((r) => r.status === status)
        .map((r) => inviteeOf(r.key))
        .filter((i) => i !== undefined)
        .slice(0, shownNames)
        .map((i) => `• ${i.name}, ${i.organisation} (${i.email})`)
        .join('\n');
    const blocks: Block[] = [
      { kind: 'heading', text: t('invitations.status.title', { forum: forum.title }) },
      {
        kind: 'text',
        text: t('invitations.status.sending', {
          sent: count('sent'),
          queued: count('queued') + count('sending'),
          unreachable: count('unreachable'),
          failed: count('failed'),
        }),
      },
    ];
    if (count('unreachable') + count('failed') > 0) {
      blocks.push(
        { kind: 'text', text: t('invitations.status.unreachable') },
        { kind: 'text', text: [names('unreachable'), names('failed')].filter(Boolean).join('\n') },
      );
    }
    if (count('unconfirmed') > 0) {
      blocks.push(
        {
          kind: 'text',
          text: t('invitations.status.unconfirmed', { count: count('unconfirmed') }),
        },
        { kind: 'text', text: names('unconfirmed') },
      );
    }
    return message(...blocks);
  },
});
