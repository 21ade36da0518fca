import type { webApi } from '@slack/bolt';
import type { Actor, Locale } from '../../core/chat.js';
import { localeFromTag } from '../../core/i18n/translate.js';
import type { Logger } from '../../core/logger.js';
import type { Store } from '../../store/store.js';
import { createTtlCache } from '../ttl-cache.js';

export interface SlackActorOptions {
  store: Store;
  logger: Logger;
  defaultLocale: Locale;
  /** How long a looked-up person is reused; defaults to 10 minutes. */
  ttlMs?: number;
  now?: () => number;
}

export type SlackActors = ReturnType<typeof createSlackActors>;

const maxEntries = 10_000;

/**
 * Who is asking, in which language. Slack payloads carry a user id only (no locale, no
 * e-mail), so we ask `users.info` (scopes users:read and users:read.email; the locale only
 * with `include_locale`). The answer is cached per user, because a trigger_id expires 3 s
 * after a click and a modal must open within that time.
 */
export function createSlackActors(options: SlackActorOptions) {
  const { store, logger, defaultLocale, ttlMs = 10 * 60_000, now = Date.now } = options;
  const cache = createTtlCache<Actor>({ ttlMs, maxEntries, now });

  /** Who we last knew this person to be, from our own database; no call to Slack. */
  function stored(userId: string): Actor {
    const person = store.people.findByIdentity('slack', userId);
    return {
      platform: 'slack',
      userId,
      locale: person?.locale ?? defaultLocale,
      ...(person?.displayName ? { displayName: person.displayName } : {}),
      ...(person?.email ? { email: person.email } : {}),
    };
  }

  async function actorFor(client: webApi.WebClient, userId: string): Promise<Actor> {
    const hit = cache.get(userId);
    if (hit) return hit;
    try {
      const { user } = await client.users.info({ user: userId, include_locale: true });
      const name = user?.real_name?.trim() || user?.profile?.display_name?.trim();
      const email = user?.profile?.email?.trim();
      const actor: Actor = {
        platform: 'slack',
        userId,
        locale: localeFromTag(user?.locale, defaultLocale),
        ...(name ? { displayName: name } : {}),
        ...(email ? { email } : {}),
      };
      cache.set(userId, actor);
      return actor;
    } catch (error) {
      // Not cached, so the next request tries again. Keep the language we last knew rather
      // than overwrite it with the default for a passing failure.
      logger.warn('slack users.info failed; going on without profile', {
        error: error instanceof Error ? error.message : String(error),
      });
      return stored(userId);
    }
  }

  /**
   * The person without asking Slack, for requests that must answer within 3 s before any
   * network call (a modal submission): cached, else as stored, else in the default language.
   */
  const actorWithoutLookup = (userId: string): Actor => cache.get(userId) ?? stored(userId);

  /** The cached actor, without asking Slack (for an apology when Slack itself is failing). */
  const known = (userId: string): Actor | undefined => cache.get(userId);

  return { actorFor, actorWithoutLookup, known };
}
