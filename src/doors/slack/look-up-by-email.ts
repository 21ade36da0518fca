import { setTimeout as wait } from 'node:timers/promises';
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../core/logger.js';
import type { DeliveryError, FoundUser } from '../../core/outbox/outlet.js';
import { slackErrorCode, toDeliveryError } from './to-delivery-error.js';

/** Waits this many milliseconds; tests pass one that does not. */
export type Sleep = (ms: number) => Promise<void>;

export const realSleep: Sleep = async (ms) => {
  await wait(ms);
};

/** How often one address may be answered 429 and waited for before it is skipped. */
export const maxWaitsPerLookup = 5;

/** When Slack sends no Retry-After with a 429 (or says `ratelimited` in a 200). */
const defaultWaitMs = 1000;

/**
 * Answers about the bot, not the address: every other lookup would get the same, so the
 * whole lookup stops at once.
 */
const botRefused = new Set([
  'invalid_auth',
  'not_authed',
  'missing_scope',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
  'account_inactive',
]);

/** An HTTP 429 that came without Retry-After reaches us as a plain HTTP error. */
const isBare429 = (error: unknown) => {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: string;
    statusCode?: number;
  };
  return failure.code === 'slack_webapi_http_error' && failure.statusCode === 429;
};

type Lookup = { user?: FoundUser } | { failed: DeliveryError };

/**
 * One address: the user, no one (not found, deactivated, a bot), or why Slack did not say.
 * A lookup changes nothing, so after a 429 it is simply asked again once Retry-After has
 * passed, up to `maxWaitsPerLookup` times.
 */
async function lookUpOne(client: webApi.WebClient, email: string, sleep: Sleep): Promise<Lookup> {
  for (let waits = 0; ; waits++) {
    try {
      const { user } = await client.users.lookupByEmail({ email });
      // A deactivated account or a bot is no one to send to.
      if (!user?.id || user.deleted || user.is_bot) return {};
      const name = user.real_name?.trim() || user.profile?.display_name?.trim();
      return { user: { userId: user.id, ...(name ? { displayName: name } : {}) } };
    } catch (error) {
      const code = slackErrorCode(error);
      if (code === 'users_not_found') return {};
      const failure = toDeliveryError(error);
      if (code && botRefused.has(code)) throw failure;
      const limited = failure.kind === 'rate-limited' || isBare429(error);
      if (!limited || waits === maxWaitsPerLookup) return { failed: failure };
      await sleep(failure.retryAfterMs ?? defaultWaitMs);
    }
  }
}

/**
 * `users.lookupByEmail` (scope users:read.email), one address at a time: a guest list of
 * some 145 addresses is 145 calls, and Slack may answer some of them 429.
 *
 * An address Slack would not answer about (still rate limited after the waits, a network
 * failure, an answer we do not know) is logged and left out, as if not found, so one bad
 * answer does not cost the whole list. Two cases still throw: Slack refusing the bot itself
 * (a token or scope problem, which every address would meet), and no address answered at
 * all, which says Slack is out of reach rather than that nobody is there; the courier, which
 * looks up one address before a send, then tries again later instead of giving up on the
 * person.
 */
export async function lookUpByEmail(
  client: webApi.WebClient,
  emails: readonly string[],
  options: { sleep: Sleep; logger: Logger },
): Promise<Map<string, FoundUser>> {
  const found = new Map<string, FoundUser>();
  const failures: DeliveryError[] = [];
  const addresses = new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => e !== ''));
  for (const email of addresses) {
    const answer = await lookUpOne(client, email, options.sleep);
    if ('failed' in answer) failures.push(answer.failed);
    else if (answer.user) found.set(email, answer.user);
  }
  const [last] = failures.slice(-1);
  if (last && failures.length === addresses.size) throw last;
  // The addresses themselves are personal data and stay out of the log.
  for (const failure of failures) {
    options.logger.warn('slack lookup by e-mail failed; address skipped', {
      kind: failure.kind,
      error: failure.message,
    });
  }
  return found;
}
