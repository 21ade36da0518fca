import { DeliveryError } from '../../core/outbox/outlet.js';

interface HttpFailure {
  message?: string;
  response?: { status?: number; headers?: Record<string, unknown>; data?: unknown };
}

/**
 * What a failed Bot Connector call means for the courier:
 * - 429: too many sends; try again after Retry-After;
 * - 403, 404: this user or conversation cannot be reached (the app is not installed for
 *   them, they blocked it, the conversation is gone), so trying again will not help;
 * - 401: our own credentials were refused, which no retry fixes either;
 * - refused or unresolved before sending: try later;
 * - no answer otherwise, 408 or 5xx: Teams may have the message, so it is recorded as
 *   unconfirmed and never sent again; any other 4xx: a request Teams will never take.
 * The message names the call and the connector's error code only: an HTTP client's error
 * also holds the request, which is the message with the person's own data.
 */
export function deliveryErrorOf(error: unknown, action: string, now = Date.now()): DeliveryError {
  if (error instanceof DeliveryError) return error;
  const response = (error as HttpFailure | null)?.response;
  const status = response?.status;
  if (typeof status !== 'number') {
    // Refused or unresolved before sending: nothing reached Teams, so try again later. Any
    // other silence (a timeout, a reset) may come after Teams took the message.
    const code = (error as { code?: string } | null)?.code;
    const neverLeft = code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN';
    return new DeliveryError(`${action}: no answer`, neverLeft ? 'transient' : 'unconfirmed');
  }
  const code = errorCode(response?.data);
  const text = `${action}: ${status}${code ? ` ${code}` : ''}`;
  if (status === 429) {
    return new DeliveryError(text, 'rate-limited', retryAfterMs(response?.headers, now));
  }
  if (status === 403 || status === 404) return new DeliveryError(text, 'unreachable');
  // The connector may have delivered before it failed to answer: record, never resend.
  if (status === 408 || status >= 500) return new DeliveryError(text, 'unconfirmed');
  return new DeliveryError(text, 'permanent');
}

/** `Retry-After` as seconds or as an HTTP date; undefined leaves the courier its backoff. */
function retryAfterMs(headers: Record<string, unknown> | undefined, now: number) {
  const value = headers?.['retry-after'];
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The connector's `{ error: { code } }`, when it is a plain identifier. */
function errorCode(data: unknown): string | undefined {
  const code = (data as { error?: { code?: unknown } } | null)?.error?.code;
  return typeof code === 'string' && /^\w{1,60}$/.test(code) ? code : undefined;
}
