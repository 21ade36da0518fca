import type { webApi } from '@slack/bolt';
import type { Attachment } from '../../core/chat.js';
import { deliver } from './deliver.js';
import { openPersonalChat } from './open-personal-chat.js';
import type { SlackDoorContext } from './slack-door-context.js';
import { uploadFile } from './upload-file.js';

/**
 * Sends a reply's files to the person's own DM with the bot, wherever they asked from: an
 * export or a registration can hold personal data, and a file shared in a channel is seen
 * by everyone in it. The command has run by now, so like the message a failure is logged,
 * not apologised for (see deliver.ts); each file is tried on its own.
 */
export async function deliverFiles(
  ctx: SlackDoorContext,
  client: webApi.WebClient,
  userId: string,
  attachments: readonly Attachment[] = [],
): Promise<void> {
  if (attachments.length === 0) return;
  let channel: string | undefined;
  await deliver(ctx, 'conversations.open', async () => {
    channel = await openPersonalChat(client, userId);
  });
  if (!channel) return;
  const dm = channel;
  for (const attachment of attachments) {
    await deliver(ctx, 'files.uploadV2', () => uploadFile(client, dm, attachment));
  }
}
