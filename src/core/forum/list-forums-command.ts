import { z } from 'zod';
import type { Block } from '../chat.js';
import { message } from '../chat.js';
import { defineCommand } from '../command.js';
import { forumSummary } from './forum-summary.js';
import { isRegistered } from './is-registered.js';

/** At most this many forums in one list: Slack allows 50 blocks a message. */
const maxForums = 10;

export const listForumsCommand = defineCommand({
  id: 'forum.list',
  words: ['forum', 'lista', 'kommande', 'forums', 'list', 'upcoming'],
  args: z.object({}),
  run(ctx) {
    const { t } = ctx;
    const forums = ctx.store.forums.listUpcoming(ctx.now.toISOString()).slice(0, maxForums);
    if (forums.length === 0) return message({ kind: 'text', text: t('forum.list.none') });
    const blocks: Block[] = [];
    for (const forum of forums) {
      const registered = isRegistered(ctx, forum);
      const args = { forum: String(forum.id) };
      blocks.push(...forumSummary(ctx, forum));
      if (registered) blocks.push({ kind: 'text', text: t('forum.registered') });
      blocks.push({
        kind: 'actions',
        buttons: registered
          ? [
              { label: t('button.my'), command: 'forum.my', args },
              { label: t('button.program'), command: 'forum.program', args },
            ]
          : [
              { label: t('button.signup'), command: 'forum.signup', args, style: 'primary' },
              { label: t('button.program'), command: 'forum.program', args },
            ],
      });
    }
    return { kind: 'message', view: { blocks } };
  },
});
