import type { Logger } from '../../core/logger.js';
import type { FoundUser } from '../../core/outbox/outlet.js';
import type { Store } from '../../store/store.js';
import { createTtlCache } from '../ttl-cache.js';
import type { ConnectorAt } from './create-connectors.js';
import { deliveryErrorOf } from './delivery-error-of.js';
import { type InstalledTeam, installedTeams } from './installed-teams.js';

/** A member as the roster pages describe them. */
interface RosterMember {
  id: string;
  name?: string;
  aadObjectId?: string;
  email?: string;
  userPrincipalName?: string;
  tenantId?: string;
}

export interface RosterSearchDeps {
  store: Store;
  connectorAt: ConnectorAt;
  logger: Logger;
  /** How long a team's roster is reused (default two minutes). */
  ttlMs?: number;
  now?: () => number;
}

/** The most the connector gives per page. */
const pageSize = 500;
/** 50,000 members: a bound on a loop that follows tokens the other side hands out. */
const maxPages = 100;

/**
 * Finds Teams users by e-mail in the rosters of the teams the app is installed in: the
 * only directory a bot has without Graph permissions. Matching is on `email` or
 * `userPrincipalName`, case-insensitively. A roster is kept for a short while, because
 * invitations to a hundred people unknown to the bot would otherwise read every roster a
 * hundred times.
 */
export function createRosterSearch(deps: RosterSearchDeps) {
  const { logger } = deps;
  const rosters = createTtlCache<RosterMember[]>({
    ttlMs: deps.ttlMs ?? 2 * 60_000,
    maxEntries: 200,
    ...(deps.now ? { now: deps.now } : {}),
  });

  async function rosterOf(team: InstalledTeam): Promise<RosterMember[]> {
    const cached = rosters.get(team.teamId);
    if (cached) return cached;
    const connector = deps.connectorAt(team.serviceUrl);
    const members: RosterMember[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await connector.conversations.getPagedMembers(team.teamId, pageSize, token);
      members.push(...(page.members as RosterMember[]));
      token = page.continuationToken || undefined;
    } while (token && ++pages < maxPages);
    rosters.set(team.teamId, members);
    return members;
  }

  return async function findByEmail(emails: readonly string[]): Promise<Map<string, FoundUser>> {
    const wanted = new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean));
    const found = new Map<string, FoundUser>();
    let failure: Error | undefined;
    for (const team of installedTeams(deps.store)) {
      if (found.size === wanted.size) break;
      let members: RosterMember[];
      try {
        members = await rosterOf(team);
      } catch (error) {
        const why = deliveryErrorOf(error, 'read a team roster');
        // 403/404: the app was removed from that team; the others may still know them.
        if (why.kind !== 'unreachable') failure ??= why;
        logger.warn('teams roster not read', { kind: why.kind, error: why.message });
        continue;
      }
      for (const member of members) {
        for (const address of [member.email, member.userPrincipalName]) {
          const key = address?.trim().toLowerCase();
          if (key && wanted.has(key) && !found.has(key)) found.set(key, foundUser(member, team));
        }
      }
    }
    // Nobody found because a roster could not be read is not "not on Teams": the courier
    // tries again later rather than give up on the person.
    if (failure && found.size === 0 && wanted.size > 0) throw failure;
    return found;
  };
}

/**
 * The identity we keep for someone found in a roster. The user id is the AAD object id, as
 * for everyone who writes to the bot (teams-actor.ts), so their first message finds the
 * same person; the Teams member id (`29:…`) is what opens a personal chat with them.
 */
function foundUser(member: RosterMember, team: InstalledTeam): FoundUser {
  const tenantId = team.tenantId ?? member.tenantId;
  return {
    userId: member.aadObjectId ?? member.id,
    ...(member.name ? { displayName: member.name } : {}),
    reference: {
      serviceUrl: team.serviceUrl,
      ...(tenantId ? { tenantId } : {}),
      ...(member.aadObjectId ? { aadObjectId: member.aadObjectId } : {}),
      memberId: member.id,
      ...(team.botId ? { botId: team.botId } : {}),
    },
  };
}
