import type { IAdaptiveCard, IOpenUrlAction } from '@microsoft/teams.cards';
import type { Address, Locale, Reply } from '../../core/chat.js';
import { translator } from '../../core/i18n/translate.js';
import { adaptiveCard, textBlocks } from './render-card.js';

/**
 * Teams has no message only one person in a channel sees (Slack's ephemeral), and an
 * Action.Execute answer that is a card replaces the card for everyone. So a reply with
 * someone's own data is never shown in a channel or group chat: it goes to their personal
 * chat with the bot (see personal-chat.ts). That is every reply of a command marked
 * personal (the dispatcher marks them: a registration, a ballot, my inputs), and any other
 * reply marked personal (an input given in a channel, with buttons to change it).
 */
export const tooPrivateFor = (reply: Reply, address: Address): boolean =>
  reply.personal === true && address.kind !== 'personal';

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
