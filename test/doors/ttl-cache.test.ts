import { describe, expect, it } from 'vitest';
import { createTtlCache } from '../../src/doors/ttl-cache.js';

describe('ttl cache', () => {
  it('serves a value until its time is up, then forgets it', () => {
    let now = 1_000;
    const cache = createTtlCache<string>({ ttlMs: 100, maxEntries: 10, now: () => now });
    cache.set('a', 'A');
    now += 99;
    expect(cache.get('a')).toBe('A');
    now += 1;
    expect(cache.get('a')).toBeUndefined();
  });

  it('takes a time of its own for one entry, and restarts the time when set again', () => {
    let now = 0;
    const cache = createTtlCache<string>({ ttlMs: 100, maxEntries: 10, now: () => now });
    cache.set('short', 'S', 10);
    cache.set('a', 'A');
    now = 50;
    expect(cache.get('short')).toBeUndefined();
    cache.set('a', 'A2');
    now = 140;
    expect(cache.get('a')).toBe('A2');
  });

  it('drops expired entries first when full, then the oldest', () => {
    let now = 0;
    const cache = createTtlCache<number>({ ttlMs: 100, maxEntries: 3, now: () => now });
    cache.set('old', 1);
    cache.set('brief', 2, 5);
    cache.set('young', 3);
    now = 10;
    cache.set('d', 4); // full: "brief" has expired, so only it goes
    expect(['old', 'brief', 'young', 'd'].map((k) => cache.get(k))).toEqual([1, undefined, 3, 4]);
    cache.set('e', 5); // full of live entries: the oldest goes
    expect(['old', 'young', 'd', 'e'].map((k) => cache.get(k))).toEqual([undefined, 3, 4, 5]);
  });

  it('does not evict when an existing key is set again at the bound', () => {
    const cache = createTtlCache<number>({ ttlMs: 100, maxEntries: 2, now: () => 0 });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 3);
    expect([cache.get('a'), cache.get('b')]).toEqual([3, 2]);
  });
});
