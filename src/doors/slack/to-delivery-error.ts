import { DeliveryError } from '../../core/outbox/outlet.js';

/**
 * Slack's answers that mean this person or conversation cannot be reached by the bot, or
 * (`chat.update`) that the message to edit is gone or may not be edited: asking again later
 * will not change them.
 */
const unreachable = new Set([
  'user_not_found',
  'users_not_found',
  'user_disabled',
  'channel_not_found',
  'is_archived',
  'account_inactive',
  'not_in_channel',
  'cannot_dm_bot',
  'message_not_found',
  'cant_update_message',
  'edit_window_closed',
]);

/** Answers that mean the bot itself is not allowed, or the message can never be sent. */
const permanent = new Set([
  'invalid_auth',
  'not_authed',
  'missing_scope',
  'token_revoked',
  'token_expired',
  'not_allowed_token_type',
  'invalid_blocks',
  'invalid_arguments',
  'msg_too_long',
]);

interface SlackFailure {
  code?: string;
  /** WebAPIRateLimitedError: seconds from the Retry-After header. */
  retryAfter?: number;
  /** WebAPIPlatformError: Slack's `{ ok: false, error }`. */
  data?: { error?: string };
}

/** The `error` Slack answered (`{ ok: false, error }`), if the failure was such an answer. */
export function slackErrorCode(error: unknown): string | undefined {
  const failure = (typeof error === 'object' && error !== null ? error : {}) as SlackFailure;
  return failure.code === 'slack_webapi_platform_error' ? failure.data?.error : undefined;
}

/**
 * Says why a Web API call failed, for the courier: rate limited (HTTP 429, retried after
 * Slack's Retry-After), unreachable, permanent, or transient (network failures, HTTP 5xx and
 * whatever Slack answers that we do not recognise), which is retried with backoff.
 */
export function toDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const failure = (typeof error === 'object' && error !== null ? error : {}) as SlackFailure;
  const message = error instanceof Error ? error.message : String(error);
  if (failure.code === 'slack_webapi_rate_limited_error') {
    const seconds = typeof failure.retryAfter === 'number' ? failure.retryAfter : 1;
    return new DeliveryError(message, 'rate-limited', seconds * 1000);
  }
  const said = slackErrorCode(error);
  if (said === 'ratelimited' || said === 'rate_limited') {
    return new DeliveryError(message, 'rate-limited');
  }
  if (said && unreachable.has(said)) return new DeliveryError(message, 'unreachable');
  if (said && permanent.has(said)) return new DeliveryError(message, 'permanent');
  return new DeliveryError(message, 'transient');
}
