import { constants } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Locale } from '../../core/chat.js';
import { UserError } from '../../core/errors.js';
import { guessMediaType } from './guess-media-type.js';

/** What the bot accepts from a chat platform's upload too; bigger files are not ours to read. */
export const maxSentFileBytes = 2 * 1024 * 1024;

export interface SentFile {
  name: string;
  mediaType: string;
  base64: string;
}

const megabytes = (bytes: number, locale: Locale) =>
  `${new Intl.NumberFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
    maximumFractionDigits: 1,
  }).format(Math.ceil((bytes / 1024 / 1024) * 10) / 10)} MB`;

/**
 * Reads a file the person wants to give the bot, refusing in their language what cannot be
 * sent: a path that is not there, a folder, a device, or more than `limit` bytes.
 */
export async function readSentFile(
  path: string,
  locale: Locale,
  limit = maxSentFileBytes,
): Promise<SentFile> {
  const name = basename(path);
  const tooBig = (size: number) =>
    new UserError('shell.fileTooBig', {
      name,
      size: megabytes(size, locale),
      max: megabytes(limit, locale),
    });
  let file: FileHandle;
  try {
    // Non-blocking, so a named pipe is refused below instead of waiting for a writer.
    file = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError('shell.fileMissing', { path });
    if (code === 'EISDIR') throw new UserError('shell.fileIsFolder', { path });
    throw new UserError('shell.fileUnreadable', { path, reason: code });
  }
  try {
    const stats = await file.stat();
    if (stats.isDirectory()) throw new UserError('shell.fileIsFolder', { path });
    if (!stats.isFile()) throw new UserError('shell.fileNotFile', { path });
    if (stats.size > limit) throw tooBig(stats.size);
    // Read one byte past the limit: a file that grew since stat() is caught too.
    const buffer = Buffer.alloc(limit + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await file.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limit) throw tooBig(length);
    return {
      name,
      mediaType: guessMediaType(name),
      base64: buffer.subarray(0, length).toString('base64'),
    };
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UserError('shell.fileUnreadable', { path, reason: code });
  } finally {
    await file.close();
  }
}
