import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 24 random bytes, base64url: 192 bits, unguessable, and safe in a URL path. */
export function newFeedToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Compares a token from a request with the stored one in constant time. Both are hashed
 * first, so neither the length nor a common prefix shows in the time taken.
 */
export function sameToken(given: string, stored: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(stored).digest();
  return timingSafeEqual(a, b);
}

/** The feed's address: `<base>/cycle/<token>.ics`. */
export function feedUrl(base: string, token: string): string {
  return `${base.replace(/\/$/, '')}/cycle/${token}.ics`;
}
