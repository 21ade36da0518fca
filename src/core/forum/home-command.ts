import { z } from 'zod';
import type { Reply } from '../chat.js';
import { defineCommand } from '../command.js';
import { listForumsCommand } from './list-forums-command.js';

/**
 * A person's own page (Slack's App Home, the Teams welcome card): a greeting, then the
 * upcoming forums with their own registration shown on each.
 */
export const homeCommand = defineCommand({
  id: 'home',
  args: z.object({}),
  personal: true,
  async run(ctx) {
    const { t } = ctx;
    const name = ctx.person.displayName ? ` ${ctx.person.displayName.split(' ')[0]}` : '';
    const forums = (await listForumsCommand.run(ctx, {})) as Reply & { kind: 'message' };
    return {
      kind: 'message',
      view: {
        blocks: [
          { kind: 'heading', text: t('home.title', { name }) },
          { kind: 'text', text: t('home.mine'), muted: true },
          ...forums.view.blocks,
          {
            kind: 'actions',
            buttons: [{ label: t('button.help'), command: 'help' }],
          },
        ],
      },
    };
  },
});
