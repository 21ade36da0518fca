import { z } from 'zod';
import type { Block, Button } from '../chat.js';
import { message } from '../chat.js';
import { defineCommand } from '../command.js';
import { findForum } from '../forum/find-forum.js';
import { forumFromText } from '../forum/forum-ref.js';
import type { MessageKey } from '../i18n/translate.js';
import type { Invitee } from './invitee.js';

const pageSize = 20;

export function answerCounts(invitees: readonly Invitee[]) {
  const count = (a: Invitee['answer']) => invitees.filter((i) => i.answer === a).length;
  return {
    total: invitees.length,
    yes: count('yes'),
    no: count('no'),
    substituted: count('substituted'),
    none: count(null),
  };
}

/** The guest list with everyone's answer, a page at a time (chats limit a message's size). */
export const guestListCommand = defineCommand({
  id: 'guests.list',
  words: ['gäster', 'gaster', 'gästlista', 'guests'],
  fromText: forumFromText,
  args: z.object({
    forum: z.string().max(200).optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
  }),
  personal: true,
  run(ctx, args) {
    const { t } = ctx;
    const forum = findForum(ctx.store, args.forum, ctx.now);
    const invitees = ctx.store.invitees.listForForum(forum.id);
    const forumArgs = { forum: String(forum.id) };
    const blocks: Block[] = [
      { kind: 'heading', text: t('guests.list.title', { forum: forum.title }) },
    ];
    if (invitees.length === 0) {
      blocks.push({ kind: 'text', text: t('guests.list.empty') });
      return message(...blocks);
    }
    const pages = Math.ceil(invitees.length / pageSize);
    const page = Math.min(args.page, pages);
    const lines = invitees.slice((page - 1) * pageSize, page * pageSize).map((i) =>
      t('guests.list.line', {
        // An erased person's row keeps only what the counts need (see src/core/privacy).
        name: i.name || t('privacy.erasedPerson'),
        organisation: i.organisation || '–',
        answer: t(`guests.answer.${i.answer ?? 'none'}` as MessageKey),
      }),
    );
    blocks.push(
      { kind: 'text', text: t('guests.list.counts', answerCounts(invitees)) },
      { kind: 'text', text: lines.join('\n') },
    );
    const paging: Button[] = [];
    if (page > 1) {
      paging.push({
        label: t('button.previousPage'),
        command: 'guests.list',
        args: { ...forumArgs, page: String(page - 1) },
      });
    }
    if (page < pages) {
      paging.push({
        label: t('button.nextPage'),
        command: 'guests.list',
        args: { ...forumArgs, page: String(page + 1) },
      });
    }
    if (pages > 1)
      blocks.push({ kind: 'text', text: t('guests.list.page', { page, pages }), muted: true });
    blocks.push({
      kind: 'actions',
      buttons: [
        ...paging,
        { label: t('button.matchGuests'), command: 'guests.match', args: forumArgs },
        { label: t('button.sendInvitations'), command: 'invitations.send', args: forumArgs },
      ],
    });
    return message(...blocks);
  },
});
