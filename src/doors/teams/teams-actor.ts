import type { Actor, Locale } from '../../core/chat.js';
import { localeFromTag } from '../../core/i18n/translate.js';
import type { Logger } from '../../core/logger.js';
import { createTtlCache } from '../ttl-cache.js';
import { type TeamsActivity, tenantOf } from './teams-address.js';

/** What the Bot Connector's member endpoint tells us about a person. */
export interface MemberInfo {
  email?: string;
  userPrincipalName?: string;
}

/** Asks the Bot Connector about the activity's sender (GET …/conversations/{id}/members/{user}). */
export type LookupMember = () => Promise<MemberInfo | undefined>;

export interface TeamsActorOptions {
  defaultLocale: Locale;
  logger: Logger;
  /** Milliseconds since the epoch; tests pass their own. */
  now?: () => number;
}

const ttl = 10 * 60_000;
const failureTtl = 60_000;
const lookupTimeout = 2_000;
const maxEntries = 5_000;
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Turns an activity's sender into an Actor. Teams puts no e-mail in activities, so it is
 * asked for once per person and remembered for ten minutes: the e-mail is what joins a
 * Teams user to the same person in Slack. A failed lookup only costs the link: the person
 * is still served, under their Teams identity.
 */
export function createTeamsActor(options: TeamsActorOptions) {
  // The promise is cached, so two messages at once from the same person ask only once.
  const cache = createTtlCache<Promise<string | undefined>>({
    ttlMs: ttl,
    maxEntries,
    ...(options.now ? { now: options.now } : {}),
  });

  async function lookup(lookupMember: LookupMember): Promise<{ email?: string; ok: boolean }> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<undefined>((_, reject) => {
        timer = setTimeout(() => reject(new Error('member lookup timed out')), lookupTimeout);
        timer.unref();
      });
      const email = emailFrom(await Promise.race([lookupMember(), timeout]));
      return { ...(email ? { email } : {}), ok: true };
    } catch (error) {
      options.logger.warn('teams member lookup failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      return { ok: false };
    } finally {
      clearTimeout(timer);
    }
  }

  function emailOf(
    activity: TeamsActivity,
    userId: string,
    lookupMember: LookupMember,
  ): Promise<string | undefined> {
    const key = `${tenantOf(activity) ?? ''}|${userId}`;
    const cached = cache.get(key);
    if (cached) return cached;
    // A failure is remembered only for a minute, so a passing outage does not cost the link
    // for long. (`then` runs later, when `email` is set.)
    const email: Promise<string | undefined> = lookup(lookupMember).then((found) => {
      if (!found.ok) cache.set(key, email, failureTtl);
      return found.email;
    });
    cache.set(key, email);
    return email;
  }

  return async function teamsActor(
    activity: TeamsActivity,
    lookupMember: LookupMember,
  ): Promise<Actor> {
    const { from } = activity;
    const userId = from.aadObjectId ?? from.id;
    const email = await emailOf(activity, userId, lookupMember);
    return {
      platform: 'teams',
      userId,
      ...(from.name ? { displayName: from.name } : {}),
      ...(email ? { email } : {}),
      locale: localeOf(activity, options.defaultLocale),
    };
  };
}

/** Guests' principal names (`anna_example.se#EXT#@…`) are not addresses; skip them. */
function emailFrom(member: MemberInfo | undefined): string | undefined {
  const candidate = (member?.email || member?.userPrincipalName)?.trim().toLowerCase();
  if (!candidate || !emailShape.test(candidate) || candidate.includes('#ext#')) return undefined;
  return candidate;
}

/** The activity's language, or the client's, or the default; also known before any lookup. */
export const localeOf = (activity: TeamsActivity, defaultLocale: Locale): Locale =>
  localeFromTag(activity.locale ?? clientLocale(activity), defaultLocale);

function clientLocale(activity: TeamsActivity): string | undefined {
  const info = activity.entities?.find((e) => e.type === 'clientInfo');
  return info && 'locale' in info && typeof info.locale === 'string' ? info.locale : undefined;
}
