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

/** Slack's own words for "something went wrong on our side": the post may have happened. */
const mayHaveHappened = new Set([
  'internal_error',
  'fatal_error',
  'request_timeout',
  'service_unavailable',
]);

/** Network failures that happen before a request leaves: nothing reached Slack. */
const neverLeft = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

interface SlackFailure {
  code?: string;
  /** WebAPIRequestError: the network error underneath. */
  original?: { code?: string; cause?: { code?: string } };
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
 * Slack's Retry-After); unreachable or permanent (Slack said no: nothing was posted);
 * transient only when the request provably never left (the connection was refused, the name
 * did not resolve); and unconfirmed when it may have reached Slack (a timeout or reset, HTTP
 * 5xx, Slack's internal_error), which the courier records and never sends again.
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
  if (said && mayHaveHappened.has(said)) return new DeliveryError(message, 'unconfirmed');
  // Any other `{ ok: false }` is Slack refusing the call: nothing was posted.
  if (said) return new DeliveryError(message, 'permanent');
  const network = failure.original?.code ?? failure.original?.cause?.code;
  if (failure.code === 'slack_webapi_request_error' && network && neverLeft.has(network)) {
    return new DeliveryError(message, 'transient');
  }
  return new DeliveryError(message, 'unconfirmed');
}
