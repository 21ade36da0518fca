import type { webApi } from '@slack/bolt';
import type { Attachment } from '../../core/chat.js';

/**
 * Uploads one file into a conversation. `files.uploadV2` runs Slack's external upload:
 * files.getUploadURLExternal, the bytes POSTed to the URL it returns, then
 * files.completeUploadExternal, which shares the file in `channel_id` (scope files:write).
 * The label is the file's title, so the person sees what it is for.
 */
export async function uploadFile(
  client: webApi.WebClient,
  channel: string,
  attachment: Attachment,
): Promise<void> {
  await client.files.uploadV2({
    channel_id: channel,
    file: Buffer.from(attachment.content),
    filename: attachment.name,
    title: attachment.label,
  });
}
