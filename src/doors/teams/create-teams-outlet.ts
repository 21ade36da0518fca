import type { Address, Locale, Reply } from '../../core/chat.js';
import type { Logger } from '../../core/logger.js';
import {
  type Delivered,
  DeliveryError,
  type Outgoing,
  type Outlet,
  type Recipient,
} from '../../core/outbox/outlet.js';
import type { Store } from '../../store/store.js';
import { type ConnectorHttp, createConnectors } from './create-connectors.js';
import { createRosterSearch } from './create-roster-search.js';
import { deliveryErrorOf } from './delivery-error-of.js';
import type { OfferDownloads } from './offer-downloads.js';
import { replyActivity } from './reply-activity.js';
import type { TeamsReference } from './teams-address.js';

/**
 * The Teams outlet, and what the door's own handlers use it for besides: a whole reply
 * (a message or a form, with its files) to the person's personal chat.
 */
export interface TeamsOutlet extends Outlet {
  /**
   * Sends a reply as the person's personal chat shows it, opening the chat first when the
   * recipient has no address (see `sendToPerson`). A form comes as its card with inputs.
   */
  sendReplyToPerson(recipient: Recipient, reply: Reply, locale: Locale): Promise<Delivered>;
}

export interface TeamsOutletDeps {
  store: Store;
  logger: Logger;
  /** The SDK's HTTP client: with the bot's token when credentials are set, else without. */
  http: ConnectorHttp;
  /** `28:<client id>` when credentials are set; otherwise the id stored per conversation. */
  botId?: string;
  sendsPerSecond: number;
  offer: OfferDownloads;
  /** How long one connector call may take (default 30 s; see create-connectors.ts). */
  timeoutMs?: number;
}

/** An outgoing message without its files. */
function withoutFiles(outgoing: Outgoing): Outgoing {
  const { attachments: _files, ...rest } = outgoing;
  return rest;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/**
 * How the core reaches Teams users without a message to answer: a card posted straight to
 * the Bot Connector of the conversation (its own service URL, which the SDK's `app.send`
 * does not take: it posts to one configured URL and needs credentials). A person without a
 * personal chat yet, found in a team roster, gets one opened first. Every failure is a
 * DeliveryError the courier knows how to handle; nothing is retried here, so one queued
 * message is at most one post.
 */
export function createTeamsOutlet(deps: TeamsOutletDeps): TeamsOutlet {
  const { store } = deps;
  const connectorAt = createConnectors(deps.http, deps.timeoutMs);
  const findByEmail = createRosterSearch({ store, connectorAt, logger: deps.logger });

  const activityFor = (outgoing: Outgoing, personId: number | null) =>
    replyActivity(
      { kind: 'message', view: outgoing.view },
      deps.offer(outgoing.attachments ?? [], { personId, locale: outgoing.locale }),
    );
  type Activity = ReturnType<typeof replyActivity>;

  /**
   * The connector a conversation lives on, and the activity as it goes there: with who sends
   * and where, as the SDK's own sender adds them to every outgoing activity.
   */
  function addressed(address: Address, activity: Activity) {
    const ref = (address.reference ?? {}) as TeamsReference;
    const botId = ref.botId ?? deps.botId;
    if (!ref.serviceUrl || !botId) {
      throw new DeliveryError(
        `no service URL stored for ${address.kind} conversation`,
        'unreachable',
      );
    }
    const payload = {
      ...activity,
      from: { id: botId, role: 'bot' as const },
      conversation: { id: address.conversationId },
    };
    return { connector: connectorAt(ref.serviceUrl), payload };
  }

  async function post(address: Address, activity: Activity): Promise<Delivered> {
    const { connector, payload } = addressed(address, activity);
    try {
      const sent = await connector.conversations.createActivity(address.conversationId, payload);
      // The activity id Teams answers is what a later edit names, and what replies in a
      // channel thread carry as the thread's root (`;messageid=<id>`).
      return { address, ...(sent?.id ? { messageId: sent.id } : {}) };
    } catch (error) {
      throw deliveryErrorOf(error, `send to ${address.kind} conversation`);
    }
  }

  /** Opens (or finds again: Teams keeps one per user and bot) the personal chat. */
  async function openPersonalChat(recipient: Recipient): Promise<Address> {
    const ref = recipient.reference ?? {};
    const serviceUrl = text(ref.serviceUrl);
    const tenantId = text(ref.tenantId);
    const botId = text(ref.botId) ?? deps.botId;
    if (!serviceUrl || !tenantId) {
      throw new DeliveryError(
        'no personal chat with this Teams user and no team roster entry to open one from',
        'unreachable',
      );
    }
    if (!botId) throw new DeliveryError('no bot id to open a personal chat with', 'permanent');
    try {
      const created = await connectorAt(serviceUrl).conversations.create({
        isGroup: false,
        bot: { id: botId, role: 'bot' },
        members: [{ id: text(ref.memberId) ?? recipient.userId, role: 'user' }],
        tenantId,
        channelData: { tenant: { id: tenantId } },
      });
      const reference: TeamsReference = {
        serviceUrl,
        tenantId,
        botId,
        conversationType: 'personal',
      };
      return {
        platform: 'teams',
        conversationId: created.id,
        kind: 'personal',
        reference: { ...reference },
      };
    } catch (error) {
      throw deliveryErrorOf(error, 'open a personal chat');
    }
  }

  return {
    platform: 'teams',
    sendsPerSecond: deps.sendsPerSecond,
    async sendToPerson(recipient, outgoing) {
      const personId = store.people.findByIdentity('teams', recipient.userId)?.id ?? null;
      const address = recipient.address ?? (await openPersonalChat(recipient));
      return post(address, activityFor(outgoing, personId));
    },
    async sendReplyToPerson(recipient, reply, locale) {
      const personId = store.people.findByIdentity('teams', recipient.userId)?.id ?? null;
      const address = recipient.address ?? (await openPersonalChat(recipient));
      // The files are stored for this person only once there is a chat to offer them in.
      const downloads = deps.offer(reply.attachments ?? [], { personId, locale });
      return post(address, replyActivity(reply, downloads));
    },
    async sendToConversation(address, outgoing) {
      // Files may hold personal data and their links work for whoever clicks them; there is
      // no one person here to offer them to instead (see keep-private.ts).
      if (outgoing.attachments?.length) {
        deps.logger.warn('teams files are not offered in a conversation; left out', {
          files: outgoing.attachments.length,
          kind: address.kind,
        });
      }
      return post(address, activityFor(withoutFiles(outgoing), null));
    },
    /**
     * Replaces a card this outlet sent (PUT /v3/conversations/{id}/activities/{activityId}) on
     * the conversation's own connector, rendered as a new one would be. Teams answers 404 for
     * an activity or conversation that is gone and 403 where the bot may no longer write:
     * both 'unreachable' (see deliveryErrorOf), so the courier stops trying.
     */
    async updateMessage(address, messageId, outgoing) {
      // An edit offers files only where a person's own chat is; never in a channel.
      const shown = address.kind === 'personal' ? outgoing : withoutFiles(outgoing);
      const { connector, payload } = addressed(address, activityFor(shown, null));
      try {
        await connector.conversations.updateActivity(address.conversationId, messageId, {
          ...payload,
          id: messageId,
        });
      } catch (error) {
        throw deliveryErrorOf(error, `edit in ${address.kind} conversation`);
      }
    },
    findByEmail,
  };
}
