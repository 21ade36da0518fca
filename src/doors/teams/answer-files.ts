import { message, type Reply } from '../../core/chat.js';
import { translator } from '../../core/i18n/translate.js';
import type { FetchFile } from './create-file-fetcher.js';
import { mediaTypeOf } from './media-type-of.js';
import { postReply } from './post-reply.js';
import type { SharedFile } from './shared-files.js';
import type { Turn } from './teams-turn.js';

/** The core command every received file goes to. */
export const fileCommand = 'file.received';
/** A guest list of a few hundred rows is some tens of kilobytes; this leaves ample room. */
export const maxFileBytes = 2 * 1024 * 1024;

/**
 * Files sent to the bot (a coordinator's guest list): each is fetched and handed to the
 * core as `file.received` with the message's text as its caption, and answered like a
 * message. Teams hands a bot files in its personal chat; one sent from a channel or group
 * chat is imported too, and the answer, which is the sender's own, goes to their personal
 * chat (see post-reply.ts). A file over the limit, or one Teams would not hand over, gets a
 * short note in the person's language and never reaches the core.
 */
export async function answerFiles(
  turn: Turn,
  files: readonly SharedFile[],
  caption: string,
  fetchFile: FetchFile,
): Promise<void> {
  for (const file of files) {
    await postReply(turn, await receive(turn, file, caption, fetchFile), 'file');
  }
}

async function receive(
  turn: Turn,
  file: SharedFile,
  caption: string,
  fetchFile: FetchFile,
): Promise<Reply> {
  const { dispatcher, actor, address, logger } = turn;
  const t = translator(actor.locale);
  const name = file.name.length > 80 ? `${file.name.slice(0, 79)}…` : file.name;
  const fetched = await fetchFile(file.downloadUrl);
  if (fetched.status === 'too-large') {
    const text = t('teams.file.tooLarge', { name, maxMb: maxFileBytes / 1024 / 1024 });
    return { ...message({ kind: 'text', text }), outcome: 'refused' };
  }
  if (fetched.status === 'failed') {
    logger.warn('teams file not fetched', { reason: fetched.reason });
    const text = t('teams.file.failed', { name });
    return { ...message({ kind: 'text', text }), outcome: 'failed' };
  }
  return dispatcher.run(
    actor,
    fileCommand,
    {
      name: file.name,
      mediaType: mediaTypeOf(file.name, file.fileType, fetched.contentType),
      base64: fetched.bytes.toString('base64'),
      caption,
    },
    address,
  );
}
