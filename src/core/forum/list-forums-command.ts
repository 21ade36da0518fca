import { z } from 'zod';
import { message } from '../chat.js';
import { defineCommand } from '../command.js';
import { forumListBlocks } from './forum-list-blocks.js';

export const listForumsCommand = defineCommand({
  id: 'forum.list',
  words: ['forum', 'lista', 'kommande', 'forums', 'list', 'upcoming'],
  args: z.object({}),
  run(ctx) {
    const blocks = forumListBlocks(ctx, { details: false });
    return blocks.length > 0
      ? { kind: 'message', view: { blocks } }
      : message({ kind: 'text', text: ctx.t('forum.list.none') });
  },
});
