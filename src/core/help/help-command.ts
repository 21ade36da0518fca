import { z } from 'zod';
import { message } from '../chat.js';
import { defineCommand } from '../command.js';

export const helpCommand = defineCommand({
  id: 'help',
  words: ['hjälp', 'hjalp', 'help', 'meny', 'menu', '?', 'start', 'hej', 'hi', 'hello'],
  args: z.object({}),
  run({ t }) {
    return message(
      { kind: 'heading', text: t('help.title') },
      { kind: 'text', text: t('help.intro') },
      {
        kind: 'text',
        text: [
          t('help.list'),
          t('help.signup'),
          t('help.my'),
          t('help.change'),
          t('help.cancel'),
          t('help.help'),
        ].join('\n'),
      },
      {
        kind: 'actions',
        buttons: [
          { label: t('button.list'), command: 'forum.list' },
          { label: t('button.signup'), command: 'forum.signup', style: 'primary' },
          { label: t('button.my'), command: 'forum.my' },
        ],
      },
    );
  },
});
