export interface TtlCacheOptions {
  /** How long an entry is served after it was set, unless `set` is given another time. */
  ttlMs: number;
  /** A bound on memory: one entry per person who ever wrote would otherwise only grow. */
  maxEntries: number;
  /** Milliseconds since the epoch; tests pass their own clock. */
  now?: () => number;
}

export interface TtlCache<V> {
  /** The value, or `undefined` once it has expired (an expired entry is dropped). */
  get(key: string): V | undefined;
  set(key: string, value: V, ttlMs?: number): void;
}

/**
 * A small in-memory cache for what doors look up about people on their platform. When full,
 * expired entries go first, then the oldest set; that bounds memory without a timer.
 */
export function createTtlCache<V>(options: TtlCacheOptions): TtlCache<V> {
  const { ttlMs, maxEntries, now = Date.now } = options;
  const entries = new Map<string, { value: V; until: number }>();

  function makeRoom() {
    const at = now();
    for (const [key, entry] of entries) if (entry.until <= at) entries.delete(key);
    // A Map iterates in insertion order, and `set` re-inserts, so the first key is the oldest.
    while (entries.size >= maxEntries) {
      const oldest = entries.keys().next();
      if (oldest.done) break;
      entries.delete(oldest.value);
    }
  }

  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.until > now()) return entry.value;
      entries.delete(key);
      return undefined;
    },
    set(key, value, ttl = ttlMs) {
      entries.delete(key);
      if (entries.size >= maxEntries) makeRoom();
      entries.set(key, { value, until: now() + ttl });
    },
  };
}
