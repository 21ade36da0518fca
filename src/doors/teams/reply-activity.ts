import type { IMessageActivityInput } from '@microsoft/teams.api';
import type { CardElementArray, IAdaptiveCard } from '@microsoft/teams.cards';
import type { Reply } from '../../core/chat.js';
import { renderCard } from './render-card.js';
import { renderFormCard } from './render-form-card.js';

export const adaptiveCardType = 'application/vnd.microsoft.card.adaptive';

/**
 * The card for a reply: a message, or a form with inputs. `downloads` are the elements that
 * offer the reply's files (see offer-downloads.ts); they go last, under everything else.
 */
export function replyCard(reply: Reply, downloads: CardElementArray = []): IAdaptiveCard {
  const card = reply.kind === 'form' ? renderFormCard(reply.form) : renderCard(reply.view);
  return downloads.length ? { ...card, body: [...(card.body ?? []), ...downloads] } : card;
}

/**
 * A reply as a message activity with the card attached. `summary` is the plain line Teams
 * shows where it cannot draw the card (notifications, the chat list); we leave `text`
 * empty because Teams would print it above the card as well.
 */
export const replyActivity = (reply: Reply, downloads: CardElementArray = []) =>
  cardActivity(replyCard(reply, downloads), replySummary(reply));

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

/** The reply's first line as plain text, cut to fit a notification. */
export function replySummary(reply: Reply): string {
  if (reply.kind === 'form') return reply.form.title;
  const first = reply.view.blocks.find((b) => b.kind === 'heading' || b.kind === 'text');
  const line = first && 'text' in first ? (first.text.split('\n')[0] ?? '') : '';
  return clip(plain(line), 120);
}

/**
 * A message reply's headings and text as plain text, for an invoke answer Teams shows as a
 * short note (it draws no markdown there). Buttons and fields are left out. A form is its
 * title, and each field's message after a refused submit.
 */
export function replyText(reply: Reply): string {
  if (reply.kind === 'form') {
    const { title, inputs, errors = {} } = reply.form;
    const labels = new Map(inputs.map((input) => [input.name, input.label]));
    const problems = Object.entries(errors).map(
      ([name, text]) => `${plain(labels.get(name) ?? name)}: ${plain(text)}`,
    );
    return clip([title, ...problems].join('\n'), 500);
  }
  const texts = reply.view.blocks.flatMap((b) =>
    b.kind === 'heading' || b.kind === 'text' ? [plain(b.text)] : [],
  );
  return clip(texts.join('\n'), 500);
}

const plain = (text: string): string => text.replace(/\*([^*\n]+)\*/g, '$1').trim();

const clip = (text: string, max: number): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;
