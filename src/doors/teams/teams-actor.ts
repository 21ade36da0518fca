import type { Actor, Locale } from '../../core/chat.js';
import { localeFromTag } from '../../core/i18n/translate.js';
import type { Logger } from '../../core/logger.js';
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
  const now = options.now ?? Date.now;
  const cache = new Map<string, { expires: number; email: Promise<string | undefined> }>();

  async function lookup(lookupMember: LookupMember, entry: { expires: number }) {
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<undefined>((_, reject) => {
        timer = setTimeout(() => reject(new Error('member lookup timed out')), lookupTimeout);
        timer.unref();
      });
      return emailFrom(await Promise.race([lookupMember(), timeout]));
    } catch (error) {
      entry.expires = now() + failureTtl;
      options.logger.warn('teams member lookup failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      return undefined;
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
    if (cached && cached.expires > now()) return cached.email;
    cache.delete(key);
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string);
    const entry = { expires: now() + ttl, email: Promise.resolve<string | undefined>(undefined) };
    entry.email = lookup(lookupMember, entry);
    cache.set(key, entry);
    return entry.email;
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
      locale: localeFromTag(activity.locale ?? clientLocale(activity), options.defaultLocale),
    };
  };
}

/** Guests' principal names (`anna_example.se#EXT#@…`) are not addresses; skip them. */
function emailFrom(member: MemberInfo | undefined): string | undefined {
  const candidate = (member?.email || member?.userPrincipalName)?.trim().toLowerCase();
  if (!candidate || !emailShape.test(candidate) || candidate.includes('#ext#')) return undefined;
  return candidate;
}

function clientLocale(activity: TeamsActivity): string | undefined {
  const info = activity.entities?.find((e) => e.type === 'clientInfo');
  return info && 'locale' in info && typeof info.locale === 'string' ? info.locale : undefined;
}
