import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { DeliveryError } from '../../../src/core/outbox/outlet.js';
import { toDeliveryError } from '../../../src/doors/slack/to-delivery-error.js';

/** Errors as @slack/web-api throws them (its own classes, not look-alikes). */
const { WebAPIPlatformError, WebAPIRateLimitedError, WebAPIRequestError, WebAPIHTTPError } = webApi;
const said = (error: string) => new WebAPIPlatformError({ ok: false, error });

describe('toDeliveryError', () => {
  it('turns a 429 into rate-limited, with Slack’s Retry-After in milliseconds', () => {
    const error = toDeliveryError(new WebAPIRateLimitedError(7));
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 7000 });
  });

  it.each([
    'user_not_found',
    'channel_not_found',
    'is_archived',
    'account_inactive',
    'not_in_channel',
    'cannot_dm_bot',
    // chat.update: the message was deleted, is not the bot's, or may no longer be edited.
    'message_not_found',
    'cant_update_message',
    'edit_window_closed',
  ])('gives up on %s as unreachable', (code) => {
    expect(toDeliveryError(said(code)).kind).toBe('unreachable');
  });

  it.each(['invalid_auth', 'not_authed', 'missing_scope'])('calls %s permanent', (code) => {
    expect(toDeliveryError(said(code)).kind).toBe('permanent');
  });

  it('retries only what never left, and never resends what may have reached Slack', () => {
    const refused = new WebAPIRequestError(
      Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
    );
    expect(toDeliveryError(refused)).toMatchObject({ kind: 'transient' });
    const reset = new WebAPIRequestError(
      Object.assign(new Error('ECONNRESET'), { code: 'ECONNRESET' }),
    );
    const server = new WebAPIHTTPError(503, 'Service Unavailable', {}, '');
    for (const error of [reset, server, said('internal_error'), new Error('?'), 'text']) {
      expect(toDeliveryError(error)).toMatchObject({ kind: 'unconfirmed' });
    }
    expect(toDeliveryError(reset).message).toContain('ECONNRESET');
    // Any other `{ ok: false }` is a refusal: nothing was posted, and asking again will not help.
    expect(toDeliveryError(said('some_new_error'))).toMatchObject({ kind: 'permanent' });
  });

  it('passes a DeliveryError through', () => {
    const error = new DeliveryError('x', 'permanent');
    expect(toDeliveryError(error)).toBe(error);
  });
});
