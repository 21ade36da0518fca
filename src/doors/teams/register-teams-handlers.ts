import type { App } from '@microsoft/teams.apps';
import type { Actor, Address, Reply } from '../../core/chat.js';
import { message } from '../../core/chat.js';
import { translator } from '../../core/i18n/translate.js';
import type { DoorDeps } from '../door.js';
import { type DecodedCardData, decodeCardData } from './card-data.js';
import { personalChatCard, tooPrivateFor } from './keep-private.js';
import { readCardValues } from './read-card-values.js';
import { adaptiveCardType, cardActivity, replyActivity, replyCard } from './reply-activity.js';
import type { LookupMember, MemberInfo } from './teams-actor.js';
import { type TeamsActivity, teamsAddress, withoutThread } from './teams-address.js';

/** The part of the SDK's turn context we use: the activity, and the connector it came from. */
interface TurnContext {
  activity: TeamsActivity;
  api: {
    conversations: { getMemberById(conversationId: string, id: string): Promise<MemberInfo> };
  };
}

/** `<at>forumbot</at> anmäl` in a channel is "anmäl" to us. */
const stripMentions = (text: string | undefined): string =>
  (text ?? '')
    .replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ')
    .replace(/&nbsp;/g, ' ')
    .trim();

/**
 * The Teams routes: typed text, card actions (Action.Execute as an invoke, Action.Submit as
 * a message with a value) and installation. Each only translates; the dispatcher decides.
 */
export function registerTeamsHandlers(
  app: App,
  deps: DoorDeps,
  actorOf: (activity: TeamsActivity, lookupMember: LookupMember) => Promise<Actor>,
): void {
  const { dispatcher, logger } = deps;

  // ctx.api talks to the serviceUrl of this activity, which differs by region and cloud.
  const actorFor = ({ activity, api }: TurnContext) =>
    actorOf(activity, () =>
      api.conversations.getMemberById(withoutThread(activity.conversation.id), activity.from.id),
    );

  const runCard = (actor: Actor, data: DecodedCardData | undefined, address: Address) =>
    data
      ? dispatcher.run(
          actor,
          data.command,
          // The card's own arguments last: no input can overwrite them (see Form.args).
          { ...readCardValues(data.inputs, data.toggles), ...data.args },
          address,
        )
      : Promise.resolve<Reply>(
          message({ kind: 'text', text: translator(actor.locale)('error.invalidInput') }),
        );

  app.on('message', async (ctx) => {
    const { activity } = ctx;
    const actor = await actorFor(ctx);
    const address = teamsAddress(activity);
    // Action.Submit arrives as a message with the card's data and inputs in `value`; a
    // value that is not ours (another app's card) leaves the text, or the help, to answer.
    const submitted = decodeCardData(activity.value);
    const reply = submitted
      ? await runCard(actor, submitted, address)
      : await dispatcher.runText(actor, stripMentions(activity.text), address);
    if (tooPrivateFor(reply, address)) {
      const { card, summary } = personalChatCard(address, actor.locale);
      await ctx.send(cardActivity(card, summary));
    } else {
      await ctx.send(replyActivity(reply));
    }
  });

  // Action.Execute: the invoke's answer is the card that replaces the one pressed, so a
  // refused form comes back with what was written and a confirmation takes the form's place.
  app.on('card.action', async (ctx) => {
    const { activity } = ctx;
    const actor = await actorFor(ctx);
    const address = teamsAddress(activity);
    const reply = await runCard(actor, decodeCardData(activity.value?.action?.data), address);
    const card = tooPrivateFor(reply, address)
      ? personalChatCard(address, actor.locale).card
      : replyCard(reply);
    return { statusCode: 200, type: adaptiveCardType, value: card } as const;
  });

  // Installed (personal, chat or team): remember where, and introduce ourselves.
  app.on('conversationUpdate', async (ctx) => {
    const { activity } = ctx;
    if (!activity.membersAdded?.some((m) => m.id === activity.recipient.id)) return;
    const actor = await actorFor(ctx);
    const reply = await dispatcher.run(actor, 'help', {}, teamsAddress(activity));
    await ctx.send(replyActivity(reply));
  });

  app.event('error', ({ error, activity }) => {
    logger.error('teams activity failed', {
      activityType: activity?.type,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  });
}
