import { z } from 'zod';
import { message } from '../chat.js';
import { defineCommand } from '../command.js';
import { personalData } from './personal-data.js';
import { countsText, personalDataFiles } from './personal-data-files.js';

/**
 * "mina uppgifter" / "my data": everything the bot holds about the asker, as files in their
 * own chat (the right of access, GDPR art. 15, and a portable copy, art. 20). Personal, so a
 * door shows the reply and the files only where no one else can see them.
 */
export const myDataCommand = defineCommand({
  id: 'privacy.mydata',
  words: ['mina uppgifter', 'mina data', 'my data', 'mydata', 'gdpr'],
  args: z.object({}),
  personal: true,
  run(ctx) {
    const { t } = ctx;
    const data = personalData(ctx.store, ctx.person.id, ctx.now);
    const counts = countsText(t, data);
    const anonymous = data.kinds.inputs.some((row) => row.anonymity === 'anonymous');
    return {
      ...message(
        { kind: 'heading', text: t('privacy.mydata.title') },
        { kind: 'text', text: t('privacy.mydata.intro') },
        {
          kind: 'text',
          text: counts ? t('privacy.mydata.counts', { counts }) : t('privacy.mydata.nothing'),
        },
        ...(anonymous
          ? [{ kind: 'text' as const, text: t('privacy.mydata.anonymousNote'), muted: true }]
          : []),
        { kind: 'text', text: t('privacy.mydata.eraseHint'), muted: true },
      ),
      attachments: personalDataFiles(t, data, ctx.timeZone),
    };
  },
});
