import type { AllMiddlewareArgs, SlackEventMiddlewareArgs, types } from '@slack/bolt';
import { type Actor, type Address, message, type Reply } from '../../core/chat.js';
import { translator } from '../../core/i18n/translate.js';
import { deliver } from './deliver.js';
import { deliverFiles } from './deliver-files.js';
import { fetchSlackFile, type SlackFileAccess, tooBig } from './fetch-slack-file.js';
import { fileShareEventPayload, readPayload } from './payload-schemas.js';
import { renderMessage } from './render-message.js';
import { slackAddress } from './slack-address.js';
import type { SlackDoorContext } from './slack-door-context.js';

type MessageEvent = SlackEventMiddlewareArgs<'message'>['message'];
type FileShareMessageEvent = types.FileShareMessageEvent;
type SharedFile = NonNullable<FileShareMessageEvent['files']>[number];

/** The command a shared file is handed to; the core decides what the file is for. */
export const fileReceivedCommand = 'file.received';

/** Files a person shares with us in the app's DM; not ours, not from bots, not in channels. */
export function isFileShare(
  event: MessageEvent,
): event is FileShareMessageEvent & { files: SharedFile[] } {
  return (
    event.channel_type === 'im' &&
    event.subtype === 'file_share' &&
    !('bot_id' in event && event.bot_id) &&
    typeof event.user === 'string' &&
    Array.isArray(event.files) &&
    event.files.length > 0
  );
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

const refusal = (text: string): Reply => ({
  ...message({ kind: 'text', text }),
  outcome: 'refused',
});

/**
 * A person shared files in the app's DM (a coordinator's guest list, say): each is
 * downloaded and handed to the core with the text typed with it, and the answer goes back
 * into the DM. A file over the limit is refused before a byte of it is read.
 */
export function onFileShare(ctx: SlackDoorContext, access: SlackFileAccess) {
  return async ({
    message: event,
    client,
  }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    if (!isFileShare(event)) return;
    if (!readPayload(fileShareEventPayload, event, ctx.logger, 'file share')) return;
    const actor = await ctx.actors.actorFor(client, event.user);
    const address = slackAddress(event.channel);
    for (const shared of event.files) {
      // Slack may send only a file's id (`file_access: check_file_info`): ask for the rest.
      const file = shared.url_private_download
        ? shared
        : ((await client.files.info({ file: shared.id })).file as SharedFile | undefined);
      const reply = await receive(ctx, access, actor, file ?? shared, event.text ?? '', address);
      await answer(ctx, client, event.channel, actor, reply);
    }
  };
}

async function receive(
  ctx: SlackDoorContext,
  access: SlackFileAccess,
  actor: Actor,
  file: SharedFile,
  caption: string,
  address: Address,
): Promise<Reply> {
  const t = translator(actor.locale);
  const name = file.name ?? file.title ?? file.id;
  const url = file.url_private_download;
  // A link to Google Drive and the like is no file we can read.
  if (!url || file.is_external) return refusal(t('slack.file.unreadable', { name }));
  const max = { name, max: megabytes(access.maxBytes) };
  if (file.size > access.maxBytes) return refusal(t('slack.file.tooBig', max));
  const mediaType = file.mimetype || 'application/octet-stream';
  const bytes = await fetchSlackFile(url, mediaType, access);
  if (bytes === tooBig) return refusal(t('slack.file.tooBig', max));
  const base64 = Buffer.from(bytes).toString('base64');
  return ctx.dispatcher.run(
    actor,
    fileReceivedCommand,
    { name, mediaType, base64, caption },
    address,
  );
}

/** The answer goes where the file came from, the app's DM; files it brings, to the DM too. */
async function answer(
  ctx: SlackDoorContext,
  client: AllMiddlewareArgs['client'],
  channel: string,
  actor: Actor,
  reply: Reply,
): Promise<void> {
  if (reply.kind === 'form') {
    // A modal needs a trigger_id, which a message does not bring, and a button to open it
    // would have to carry the whole file. The command should answer a file with a message.
    ctx.logger.warn('slack cannot open a form in answer to a file', {
      command: fileReceivedCommand,
    });
    return;
  }
  await deliver(ctx, 'chat.postMessage', () =>
    client.chat.postMessage({ channel, ...renderMessage(reply.view) }),
  );
  await deliverFiles(ctx, client, actor.userId, reply.attachments);
}
