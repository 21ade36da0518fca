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
 *
 * `dm` is that DM when Slack has just named it: its answer to a chat.postMessage to the
 * person's user id, which lands in the bot's DM with them (see createSlackOutlet). Then no
 * `conversations.open` (Tier 3, about 50 a minute) is needed; a rush of sign-ups, each
 * answered with its calendar file, would otherwise meet that limit and lose files. Without
 * it the DM is opened, never taken from where a request came from (see openPersonalChat).
 */
export async function deliverFiles(
  ctx: SlackDoorContext,
  client: webApi.WebClient,
  userId: string,
  attachments: readonly Attachment[] = [],
  dm?: string,
): Promise<void> {
  if (attachments.length === 0) return;
  let channel = dm && !/^[UW]/.test(dm) ? dm : undefined;
  if (!channel) {
    await deliver(ctx, 'conversations.open', async () => {
      channel = await openPersonalChat(client, userId);
    });
  }
  if (!channel) return;
  const into = channel;
  for (const attachment of attachments) {
    await deliver(ctx, 'files.uploadV2', () => uploadFile(client, into, attachment));
  }
}
