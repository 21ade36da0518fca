import type { Block } from '../chat.js';
import type { CommandContext } from '../command.js';
import type { Forum } from './forum.js';

/** What someone with a registration can do next: change it, read the programme, cancel. */
export function registrationActions(ctx: CommandContext, forum: Forum): Block {
  const { t } = ctx;
  const args = { forum: String(forum.id) };
  return {
    kind: 'actions',
    buttons: [
      { label: t('button.change'), command: 'forum.change', args },
      { label: t('button.program'), command: 'forum.program', args },
      { label: t('button.cancel'), command: 'forum.cancel', args, style: 'danger' },
    ],
  };
}
