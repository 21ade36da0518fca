import type { IAdaptiveCard, IOpenUrlAction } from '@microsoft/teams.cards';
import type { Address, Locale, Reply } from '../../core/chat.js';
import { translator } from '../../core/i18n/translate.js';
import { adaptiveCard, textBlocks } from './render-card.js';

/**
 * Teams has no message only one person in a channel sees (Slack's ephemeral), and an
 * Action.Execute answer that is a card replaces the card for everyone. So a reply with
 * someone's own data is never shown in a channel or group chat: it goes to their personal
 * chat with the bot (see personal-chat.ts). That is every reply of a command marked
 * personal (the dispatcher marks them: a registration, a ballot, my inputs), any other
 * reply marked personal (an input given in a channel, with buttons to change it), and any
 * reply with files: files go to the person, never to a channel (their download links work
 * for whoever clicks them, and an export holds other people's data).
 */
export const tooPrivateFor = (reply: Reply, address: Address): boolean =>
  address.kind !== 'personal' && (reply.personal === true || hasFiles(reply));

/** Whether a reply carries files, which are offered only in a personal chat. */
export const hasFiles = (reply: Reply): boolean => (reply.attachments?.length ?? 0) > 0;

/**
 * A card that asks the person to continue in their personal chat with the bot, with a link
 * that opens it: with `text`, or by default the note that their own data is handled there.
 */
export function personalChatCard(
  address: Address,
  locale: Locale,
  text?: string,
): { card: IAdaptiveCard; summary: string } {
  const t = translator(locale);
  const botId = String(address.reference?.botId ?? '');
  const open: IOpenUrlAction = {
    type: 'Action.OpenUrl',
    title: t('button.openPersonalChat'),
    // Teams' deep link to a 1:1 chat; a bot's member id is "28:<app id>".
    url: `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(botId)}`,
  };
  const summary = text ?? t('privacy.personalChat');
  return {
    card: { ...adaptiveCard(textBlocks(summary)), ...(botId ? { actions: [open] } : {}) },
    summary,
  };
}
