import { z } from 'zod';
import type { Block } from '../chat.js';
import { defineCommand } from '../command.js';
import { forumListBlocks } from './forum-list-blocks.js';

/**
 * A person's own page (Slack's App Home): a greeting, then the upcoming forums with their
 * own registrations shown in full.
 */
export const homeCommand = defineCommand({
  id: 'home',
  args: z.object({}),
  personal: true,
  run(ctx) {
    const { t } = ctx;
    const name = ctx.person.displayName ? ` ${ctx.person.displayName.split(' ')[0]}` : '';
    const forums = forumListBlocks(ctx, { details: true });
    const blocks: Block[] = [
      { kind: 'heading', text: t('home.title', { name }) },
      { kind: 'text', text: t('home.mine'), muted: true },
      ...(forums.length > 0 ? forums : [{ kind: 'text' as const, text: t('forum.list.none') }]),
      { kind: 'actions', buttons: [{ label: t('button.help'), command: 'help' }] },
    ];
    return { kind: 'message', view: { blocks } };
  },
});
