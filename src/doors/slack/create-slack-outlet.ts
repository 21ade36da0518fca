import { webApi } from '@slack/bolt';
import type { Attachment } from '../../core/chat.js';
import type { Logger } from '../../core/logger.js';
import type { Delivered, Outgoing, Outlet } from '../../core/outbox/outlet.js';
import { boltLogger } from './bolt-logger.js';
import { lookUpByEmail, realSleep, type Sleep } from './look-up-by-email.js';
import { openPersonalChat } from './open-personal-chat.js';
import { renderMessage } from './render-message.js';
import { toDeliveryError } from './to-delivery-error.js';
import { uploadFile } from './upload-file.js';

export interface SlackOutletOptions {
  botToken: string;
  /** Another Web API base URL (tests point it at a local fake). */
  apiUrl?: string;
  /** Slack allows about one message a second per conversation; the courier paces by this. */
  sendsPerSecond?: number;
  logger: Logger;
  /** How a lookup by e-mail waits out a 429 (real timers by default; tests do not wait). */
  sleep?: Sleep;
}

/** A conversation id Slack answered with, unless it is a user id (U…, W…) and no channel. */
const dmIn = (channel: unknown): string | undefined =>
  typeof channel === 'string' && channel !== '' && !/^[UW]/.test(channel) ? channel : undefined;

/** A call that hangs would stop the courier, and with it every message after this one. */
const callTimeoutMs = 30_000;

/** Runs a Web API call and says why it failed in the courier's terms. */
async function attempt<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toDeliveryError(error);
  }
}

/**
 * How the core sends to Slack on its own: invitations, reminders, offers. The courier decides
 * when to send and how often to try; this only sends once per call and says why it could not.
 *
 * So it has a Web API client of its own, unlike the request handlers, set so that the client
 * never retries by itself. By default @slack/web-api meets an HTTP 429 by pausing its request
 * queue for Retry-After and then sending again (within `retryConfig`, ten retries over about
 * 30 minutes), and also retries network failures: the courier would sit blocked meanwhile,
 * and a retry after a lost answer can post a message Slack already took. With
 * `rejectRateLimitedCalls` a 429 rejects at once with Retry-After (WebAPIRateLimitedError);
 * Slack did not take a call it answered 429, so the courier queues the message again for
 * that moment, and it goes exactly once, later. `retries: 0` leaves every other retry to the
 * courier, which keeps count in the outbox.
 *
 * Lookups by e-mail are the exception: asking twice changes nothing, so they wait out a 429
 * themselves (see `lookUpByEmail`); a guest list is many lookups in a row.
 */
export function createSlackOutlet(options: SlackOutletOptions): Outlet {
  const { logger } = options;
  const client = new webApi.WebClient(options.botToken, {
    ...(options.apiUrl ? { slackApiUrl: options.apiUrl } : {}),
    logger: boltLogger(logger),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: callTimeoutMs,
  });

  /**
   * Files follow the message they belong to. A failure is logged and not thrown: the message
   * is out already, and the courier would send it again if this send failed.
   */
  async function shareFiles(channel: string, attachments: readonly Attachment[] = []) {
    for (const attachment of attachments) {
      try {
        await uploadFile(client, channel, attachment);
      } catch (error) {
        logger.warn('slack file upload failed after its message was sent', {
          mediaType: attachment.mediaType,
          error: error instanceof Error ? error.message : String(error),
        });
      }
    }
  }

  /**
   * Only if Slack's answer to a post to a user id lacks the DM id, which its docs say it
   * gives: the one DM with the bot, asked for once (conversations.open posts nothing, so
   * asking is safe). The message is out already, so a failure here is logged, not thrown:
   * the courier would send it again.
   */
  async function dmAfterPosting(userId: string): Promise<string | undefined> {
    try {
      return await openPersonalChat(client, userId);
    } catch (error) {
      logger.warn('slack DM id unknown after a sent message', {
        error: error instanceof Error ? error.message : String(error),
      });
      return undefined;
    }
  }

  const post = (channel: string, outgoing: Outgoing) =>
    attempt(() => client.chat.postMessage({ channel, ...renderMessage(outgoing.view) }));

  return {
    platform: 'slack',
    sendsPerSecond: options.sendsPerSecond ?? 1,

    /**
     * Posted to the user id: Slack's chat.postMessage docs, "Begin a conversation in a user's
     * App Home" (https://docs.slack.dev/reference/methods/chat.postMessage#app_home): "pass a
     * user's ID (`U123456`) as the value of `channel` to post to that user's App Home
     * channel", i.e. the bot's own DM with that person, which keeps the privacy rule of
     * openPersonalChat. No `conversations.open` first: that is Tier 3 (about 50 a minute), so
     * a broadcast of invitations at one a second would meet its limit long before
     * chat.postMessage's. Slack answers with the DM's `D…` id and the message's `ts`; the
     * courier records both, and files go to that DM. chat.update needs the `D…` id ("For
     * direct messages, ensure that this value is a DM ID (starts with D) instead of a User
     * ID", https://docs.slack.dev/reference/methods/chat.update), so the user id never
     * stands in for it.
     */
    async sendToPerson(recipient, outgoing): Promise<Delivered> {
      const posted = await post(recipient.userId, outgoing);
      const dm = dmIn(posted.channel) ?? (await dmAfterPosting(recipient.userId));
      if (dm) await shareFiles(dm, outgoing.attachments);
      else if (outgoing.attachments?.length) {
        logger.warn('slack gave no DM id for a sent message; files left out', {
          files: outgoing.attachments.length,
        });
      }
      return {
        address: { platform: 'slack', conversationId: dm ?? recipient.userId, kind: 'personal' },
        // Without the DM id the message cannot be edited: no id, so an edit gives up cleanly.
        ...(dm && posted.ts ? { messageId: posted.ts } : {}),
      };
    },

    async sendToConversation(address, outgoing): Promise<Delivered> {
      const posted = await post(address.conversationId, outgoing);
      // Files may hold personal data and everyone in a channel would see them; there is no
      // one person here to send them to instead.
      if (outgoing.attachments?.length) {
        logger.warn('slack files are not shared in a conversation; left out', {
          files: outgoing.attachments.length,
          kind: address.kind,
        });
      }
      return { address, ...(posted.ts ? { messageId: posted.ts } : {}) };
    },

    /**
     * `chat.update` (scope chat:write) on a message this outlet posted: its `ts` is the id the
     * send returned. Blocks and the text fallback are rendered as for a new message; Slack
     * keeps the old blocks unless new ones are given, and the view always gives them. A
     * message that is gone or may not be edited is 'unreachable' (see toDeliveryError).
     */
    async updateMessage(address, messageId, outgoing): Promise<void> {
      await attempt(() =>
        client.chat.update({
          channel: address.conversationId,
          ts: messageId,
          ...renderMessage(outgoing.view),
        }),
      );
      // An edit changes the words only: files went (or not) with the message itself.
      if (outgoing.attachments?.length) {
        logger.warn('slack files are not shared with an edit; left out', {
          files: outgoing.attachments.length,
          kind: address.kind,
        });
      }
    },

    /** `users.lookupByEmail`, one address at a time, waiting out 429s (lookUpByEmail). */
    findByEmail: (emails) =>
      lookUpByEmail(client, emails, { sleep: options.sleep ?? realSleep, logger }),
  };
}
