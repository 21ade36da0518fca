import { mkdir, open, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Attachment } from '../../core/chat.js';
import { safeFileName } from './safe-file-name.js';

/** Past this many files of one name something is wrong; stop rather than loop. */
const maxCopies = 1000;

/**
 * Writes a file that came with a reply into the export folder and returns its path. Exports
 * can hold personal data, so only the owner may read them (0o600, the folder 0o700), and an
 * earlier export is never overwritten: the new one is called `name-2.ext`, `name-3.ext`….
 */
export async function saveAttachment(dir: string, attachment: Attachment): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const name = safeFileName(attachment.name);
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let copy = 1; copy <= maxCopies; copy++) {
    const path = join(dir, copy === 1 ? name : `${stem}-${copy}${ext}`);
    // 'wx' creates or fails in one step, so two exports at once cannot take the same name.
    const file = await open(path, 'wx', 0o600).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return undefined;
      throw error;
    });
    if (!file) continue;
    try {
      await file.writeFile(attachment.content);
      await file.close();
    } catch (error) {
      // Half a file (a full disk) must not pass for an export.
      await file.close().catch(() => {});
      await unlink(path).catch(() => {});
      throw error;
    }
    return path;
  }
  throw new Error(`more than ${maxCopies} files named ${name} in ${dir}`);
}
