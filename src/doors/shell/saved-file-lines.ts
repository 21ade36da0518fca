import { rm } from 'node:fs/promises';
import type { Attachment } from '../../core/chat.js';
import type { Translate } from '../../core/i18n/translate.js';
import { safe, type TextStyle } from './render-view.js';
import { saveAttachment } from './save-attachment.js';

/**
 * Saves the files that came with a message and returns the lines that say where they are.
 * With `rethrow` a failed save is thrown (a message the bot sent on its own: the courier
 * tries again later); without, it becomes a line for the person (a reply cannot be retried).
 */
export async function savedFileLines(
  exportDir: string,
  attachments: readonly Attachment[] | undefined,
  t: Translate,
  style: TextStyle,
  rethrow: boolean,
): Promise<string[]> {
  const lines: string[] = [];
  const saved: string[] = [];
  for (const attachment of attachments ?? []) {
    try {
      const path = await saveAttachment(exportDir, attachment);
      saved.push(path);
      lines.push(
        style.bold(safe(attachment.label)),
        `  ${t('door.savedFile', { path: safe(path) })}`,
      );
    } catch (error) {
      if (rethrow) {
        // The courier sends the whole message again later: the files saved so far would be
        // saved a second time (as name-2), so they go now, and all are saved on the retry.
        await Promise.all(saved.map((path) => rm(path, { force: true })));
        throw error;
      }
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      lines.push(
        t('shell.fileNotSaved', { name: safe(attachment.name), dir: safe(exportDir), reason }),
      );
    }
  }
  return lines;
}
