import type { IAdaptiveCard, IOpenUrlAction } from '@microsoft/teams.cards';
import type { Address, Locale, Reply } from '../../core/chat.js';
import type { Dispatcher } from '../../core/dispatcher.js';
import { translator } from '../../core/i18n/translate.js';
import { adaptiveCard, textBlocks } from './render-card.js';

/**
 * Teams has no message only one person in a channel sees (Slack's ephemeral), and an
 * Action.Execute answer that is a card replaces the card for everyone. So a command about
 * someone's own data (their registration, diet, allergies) is not run at all in a channel
 * or group chat: decided before running, so a form sent there is not saved out of sight.
 */
export const mustWaitForPersonalChat = (
  dispatcher: Pick<Dispatcher, 'isPersonal'>,
  commandId: string | undefined,
  address: Address,
): boolean =>
  address.kind !== 'personal' && commandId !== undefined && dispatcher.isPersonal(commandId);

/**
 * The last guard: a reply marked personal by a command that is not (it ran, and its answer
 * is the person's own) is kept out of the conversation and goes to the personal chat.
 */
export const tooPrivateFor = (reply: Reply, address: Address): boolean =>
  reply.personal === true && address.kind !== 'personal';

/**
 * Instead, the person is asked to continue in their personal chat with the bot: with
 * `text`, or by default the note that their own data is handled there.
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
