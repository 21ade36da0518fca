import { describe, expect, it } from 'vitest';
import { DeliveryError } from '../../../src/core/outbox/outlet.js';
import { deliveryErrorOf } from '../../../src/doors/teams/delivery-error-of.js';

/** A failed call as the SDK's HTTP client (axios) rejects it. */
const answered = (status: number, headers: Record<string, string> = {}, data?: unknown) =>
  Object.assign(new Error(`Request failed with status code ${status}`), {
    response: { status, headers, data },
    // What an HTTP client's error also holds, and must never reach the outbox or the log.
    config: { data: '{"text":"Nötallergi"}' },
  });

const now = Date.parse('2026-11-22T09:00:00Z');
const of = (error: unknown) => deliveryErrorOf(error, 'send', now);

describe('deliveryErrorOf', () => {
  it('reads 429 as rate-limited, with Retry-After in seconds or as a date', () => {
    expect(of(answered(429, { 'retry-after': '7' }))).toMatchObject({
      kind: 'rate-limited',
      retryAfterMs: 7000,
    });
    expect(of(answered(429, { 'retry-after': 'Sun, 22 Nov 2026 09:00:30 GMT' }))).toMatchObject({
      kind: 'rate-limited',
      retryAfterMs: 30_000,
    });
    expect(of(answered(429)).retryAfterMs).toBeUndefined();
  });

  it.each([
    [403, 'unreachable'],
    [404, 'unreachable'],
    [401, 'permanent'],
    [400, 'permanent'],
    [408, 'unconfirmed'],
    [500, 'unconfirmed'],
    [503, 'unconfirmed'],
  ] as const)('reads %i as %s', (status, kind) => {
    expect(of(answered(status)).kind).toBe(kind);
  });

  it('reads a refused connection as a passing fault, and any other silence as maybe delivered', () => {
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    expect(of(reset)).toMatchObject({ kind: 'unconfirmed', message: 'send: no answer' });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), {
      code: 'ECONNREFUSED',
    });
    expect(of(refused)).toMatchObject({ kind: 'transient', message: 'send: no answer' });
  });

  it('names the status and the connector’s code, and nothing of the request', () => {
    const error = of(answered(403, {}, { error: { code: 'BotNotInConversationRoster' } }));
    expect(error).toBeInstanceOf(DeliveryError);
    expect(error.message).toBe('send: 403 BotNotInConversationRoster');
    expect(of(answered(403, {}, { error: { code: 'not a code <script>' } })).message).toBe(
      'send: 403',
    );
  });

  it('passes a DeliveryError through', () => {
    const original = new DeliveryError('x', 'unreachable');
    expect(of(original)).toBe(original);
  });
});
