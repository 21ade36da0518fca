import type {
  AdaptiveCardActionCardResponse,
  AdaptiveCardActionMessageResponse,
} from '@microsoft/teams.api';
import type { IAdaptiveCard } from '@microsoft/teams.cards';

/** The two answers we give an Action.Execute invoke. */
export type CardActionAnswer = AdaptiveCardActionCardResponse | AdaptiveCardActionMessageResponse;

/**
 * The card that replaces the one pressed. In a shared conversation every member sees the
 * new card, so this is only used in a personal chat.
 */
export const replaceCard = (card: IAdaptiveCard): AdaptiveCardActionCardResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.card.adaptive',
  value: card,
});

/**
 * A short text Teams shows only to the person who pressed, leaving the card as it was: a
 * shared card stays the same for everyone, and a form keeps what was typed into it.
 */
export const tellPresser = (text: string): AdaptiveCardActionMessageResponse => ({
  statusCode: 200,
  type: 'application/vnd.microsoft.activity.message',
  value: text,
});
