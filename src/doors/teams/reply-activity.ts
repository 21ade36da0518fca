import type { IMessageActivityInput } from '@microsoft/teams.api';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import type { Reply } from '../../core/chat.js';
import { renderCard } from './render-card.js';
import { renderFormCard } from './render-form-card.js';

export const adaptiveCardType = 'application/vnd.microsoft.card.adaptive';

/** The card for a reply: a message, or a form with inputs. */
export const replyCard = (reply: Reply): IAdaptiveCard =>
  reply.kind === 'form' ? renderFormCard(reply.form) : renderCard(reply.view);

/**
 * A reply as a message activity with the card attached. `summary` is the plain line Teams
 * shows where it cannot draw the card (notifications, the chat list); we leave `text`
 * empty because Teams would print it above the card as well.
 */
export const replyActivity = (reply: Reply) => cardActivity(replyCard(reply), summaryOf(reply));

/** Any card as a message activity, with its one-line summary. */
export function cardActivity(
  card: IAdaptiveCard,
  summary: string,
): IMessageActivityInput & { summary: string } {
  return {
    type: 'message',
    summary,
    attachments: [{ contentType: adaptiveCardType, content: card }],
  };
}

function summaryOf(reply: Reply): string {
  if (reply.kind === 'form') return reply.form.title;
  const first = reply.view.blocks.find((b) => b.kind === 'heading' || b.kind === 'text');
  const line = first && 'text' in first ? (first.text.split('\n')[0] ?? '') : '';
  const plain = line.replace(/\*([^*\n]+)\*/g, '$1').trim();
  return plain.length > 120 ? `${plain.slice(0, 119)}…` : plain;
}
