import type { Store } from '../../store/store.js';
import type { TeamsReference } from './teams-address.js';

export interface InstalledTeam {
  teamId: string;
  serviceUrl: string;
  tenantId?: string;
  botId?: string;
}

/**
 * The teams the app is installed in, as the channels we have talked in tell us (their
 * reference holds the team's id; see teams-address.ts), the most recently used first.
 * Read straight from the conversations table: the repository has no listing yet.
 */
export function installedTeams(store: Store): InstalledTeam[] {
  const rows = store.db
    .prepare<[], { reference: string }>(
      `SELECT reference FROM conversations WHERE platform = 'teams' AND kind = 'channel'
       ORDER BY updated_at DESC`,
    )
    .all();
  const teams = new Map<string, InstalledTeam>();
  for (const row of rows) {
    const ref = JSON.parse(row.reference) as TeamsReference;
    if (!ref.teamId || !ref.serviceUrl || teams.has(ref.teamId)) continue;
    teams.set(ref.teamId, {
      teamId: ref.teamId,
      serviceUrl: ref.serviceUrl,
      ...(ref.tenantId ? { tenantId: ref.tenantId } : {}),
      ...(ref.botId ? { botId: ref.botId } : {}),
    });
  }
  return [...teams.values()];
}
