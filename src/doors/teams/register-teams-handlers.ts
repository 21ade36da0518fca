import type { App } from '@microsoft/teams.apps';
import type { Actor } from '../../core/chat.js';
import { translator } from '../../core/i18n/translate.js';
import type { DoorDeps } from '../door.js';
import { answerCardAction } from './answer-card-action.js';
import { answerFiles } from './answer-files.js';
import { answerMessage, stripMentions } from './answer-message.js';
import { answerThreadReply } from './answer-thread-reply.js';
import type { FetchFile } from './create-file-fetcher.js';
import type { TeamsOutlet } from './create-teams-outlet.js';
import { apologise, deliver, logFault } from './error-boundary.js';
import { tellPresser } from './invoke-response.js';
import type { OfferDownloads } from './offer-downloads.js';
import { personalChatOf } from './personal-chat.js';
import { replyActivity } from './reply-activity.js';
import { sharedFilesOf } from './shared-files.js';
import { skipRepeats } from './skip-repeats.js';
import { type LookupMember, localeOf, type MemberInfo } from './teams-actor.js';
import { type TeamsActivity, teamsAddress, withoutThread } from './teams-address.js';
import type { Turn } from './teams-turn.js';
import { mentionsBot, notForUs, threadRootOf } from './thread-reply.js';

/** The part of the SDK's turn context we use: the activity, and the connector it came from. */
interface TurnContext {
  activity: TeamsActivity;
  api: {
    conversations: { getMemberById(conversationId: string, id: string): Promise<MemberInfo> };
  };
  send(activity: Parameters<Turn['send']>[0] | string): Promise<unknown>;
}

/** What the door built for its handlers, besides what every door is given. */
export interface TeamsHandlerTools {
  actorOf: (activity: TeamsActivity, lookupMember: LookupMember) => Promise<Actor>;
  offer: OfferDownloads;
  fetchFile: FetchFile;
  /**
   * The door's outlet: a reply with someone's own data, asked for in a channel or group
   * chat, goes to their personal chat with the bot (see personal-chat.ts).
   */
  sendReplyToPerson: TeamsOutlet['sendReplyToPerson'];
  /** The clock an opened personal chat is remembered by. */
  now: () => Date;
}

/**
 * The Teams routes: typed text, replies in channel threads, files, card actions
 * (Action.Execute as an invoke, Action.Submit as a message with a value) and installation.
 * New channel posts that do not @mention the bot are left alone. Each only translates; the
 * dispatcher decides. A fault before a reply exists gets one short apology in the person's
 * language (see error-boundary.ts); a reply the connector would not take is logged where
 * it is sent.
 */
export function registerTeamsHandlers(app: App, deps: DoorDeps, tools: TeamsHandlerTools): void {
  const { dispatcher, logger, defaultLocale, store } = deps;
  // First: an activity delivered again (or replayed) stops here (see skip-repeats.ts).
  skipRepeats(app, { deliveries: store.deliveries, logger, now: tools.now });

  // ctx.api talks to the serviceUrl of this activity, which differs by region and cloud.
  const turnOf = async (ctx: TurnContext): Promise<Turn> => {
    const { activity, api } = ctx;
    const actor = await tools.actorOf(activity, () =>
      api.conversations.getMemberById(withoutThread(activity.conversation.id), activity.from.id),
    );
    const address = teamsAddress(activity);
    const send = (outgoing: Parameters<Turn['send']>[0]) => ctx.send(outgoing);
    // Files are offered only in the person's own chat: a link in a channel or group chat
    // would hand them to everyone there (see keep-private.ts).
    const offer: Turn['offer'] = (reply) =>
      reply.attachments?.length && address.kind === 'personal'
        ? tools.offer(reply.attachments, {
            // After the command ran, so the person exists; their files go when they do.
            personId: store.people.findByIdentity('teams', actor.userId)?.id ?? null,
            locale: actor.locale,
          })
        : [];
    const toPersonalChat = personalChatOf(
      { store, logger, sendReplyToPerson: tools.sendReplyToPerson, now: tools.now },
      activity,
      actor,
      address,
    );
    return { dispatcher, logger, actor, address, send, offer, toPersonalChat };
  };
  // The apology cannot wait for the actor: finding them may be what failed.
  const sorry = (ctx: TurnContext) =>
    translator(localeOf(ctx.activity, defaultLocale))('error.unexpected');

  app.on('message', async (ctx) => {
    try {
      // Before anything is looked up: with resource-specific consent every channel post comes.
      if (notForUs(ctx.activity)) {
        logger.debug('teams channel post not addressed to the bot; left alone');
        return;
      }
      const files = sharedFilesOf(ctx.activity.attachments);
      const turn = await turnOf(ctx);
      const root = threadRootOf(ctx.activity);
      if (root !== undefined) {
        const text = stripMentions(ctx.activity.text);
        await answerThreadReply(turn, root, text, mentionsBot(ctx.activity));
      } else if (files.length > 0) {
        await answerFiles(turn, files, stripMentions(ctx.activity.text), tools.fetchFile);
      } else {
        await answerMessage(turn, ctx.activity);
      }
    } catch (error) {
      logFault(logger, error, 'message');
      // An apology for a thread reply would land in the channel, for everyone, in every
      // thread the fault meets: it is only logged.
      if (threadRootOf(ctx.activity) !== undefined) return;
      await apologise(logger, () => ctx.send(sorry(ctx)), 'message');
    }
  });

  app.on('card.action', async (ctx) => {
    try {
      return await answerCardAction(await turnOf(ctx), ctx.activity.value?.action?.data);
    } catch (error) {
      // The invoke's own answer carries the apology: it needs no connector.
      logFault(logger, error, 'invoke');
      return tellPresser(sorry(ctx));
    }
  });

  // Installed (personal, chat or team): remember where, and introduce ourselves. Nobody
  // asked for anything, so a fault here is only logged (by the 'error' event below).
  app.on('conversationUpdate', async (ctx) => {
    const { activity } = ctx;
    if (!activity.membersAdded?.some((m) => m.id === activity.recipient.id)) return;
    const turn = await turnOf(ctx);
    const reply = await dispatcher.run(turn.actor, 'help', {}, turn.address);
    const outgoing = replyActivity(reply, turn.offer(reply));
    await deliver(logger, () => ctx.send(outgoing), 'conversationUpdate');
  });

  // Whatever still escapes a route: the SDK answers 500 and tells us here.
  app.event('error', ({ error, activity }) => {
    logFault(logger, error, String(activity?.type));
  });
}
