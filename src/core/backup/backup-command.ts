import { z } from 'zod';
import { message } from '../chat.js';
import { defineCommand } from '../command.js';
import { sendLater } from '../outbox/send-later.js';
import { formatBytes, makeBackup } from './make-backup.js';

/** Where backups go when BACKUP_DIR is not set. */
export const defaultBackupDir = 'data/backups';

/**
 * `säkerhetskopia`: an admin makes a backup of the database while the bot runs. The answer
 * comes at once ("Säkerhetskopierar…"); the copy is made in the background and its file name
 * and size come as a message when it is done, or word that it failed (the reason is logged,
 * never shown: it may name paths on the server).
 */
export const backupCommand = defineCommand({
  id: 'backup.make',
  words: ['säkerhetskopia', 'säkerhetskopiera', 'backup'],
  args: z.object({}),
  run(ctx) {
    const { t, store, person, locale } = ctx;
    const startedAt = ctx.now;
    const dir = ctx.settings.backupDir ?? defaultBackupDir;
    ctx.inBackground('backup.make', async () => {
      const tell = (blocks: { kind: 'heading' | 'text'; text: string }[]) => {
        sendLater(
          store,
          {
            key: `backup:${person.id}:${startedAt.toISOString()}`,
            purpose: 'backup',
            to: { personId: person.id },
            view: { blocks },
            locale,
          },
          startedAt,
        );
        ctx.wakeCourier();
      };
      let made: Awaited<ReturnType<typeof makeBackup>>;
      try {
        made = await makeBackup(store, dir, startedAt);
      } catch (error) {
        tell([{ kind: 'text', text: t('backup.failed') }]);
        throw error;
      }
      tell([
        { kind: 'heading', text: t('backup.done.title') },
        {
          kind: 'text',
          text: t('backup.done', { name: made.name, size: formatBytes(made.bytes, locale) }),
        },
      ]);
    });
    return message({ kind: 'text', text: t('backup.started') });
  },
});
