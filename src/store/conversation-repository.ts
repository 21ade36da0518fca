import type { Address, Platform } from '../core/chat.js';
import type { Db } from './open-database.js';

interface ConversationRow {
  platform: Platform;
  conversation_id: string;
  kind: Address['kind'];
  person_id: number | null;
  reference: string;
  updated_at: string;
}

/** How long an unchanged conversation goes without being written again (see `remember`). */
const rewriteAfterMs = 60 * 60_000;

export type ConversationRepository = ReturnType<typeof conversationRepository>;

/** Remembers where we have talked with people, so later features can write to them first. */
export function conversationRepository(db: Db) {
  const upsert = db.prepare<[Platform, string, Address['kind'], number | null, string, string]>(
    `INSERT INTO conversations (platform, conversation_id, kind, person_id, reference, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (platform, conversation_id) DO UPDATE SET
       kind = excluded.kind, person_id = coalesce(excluded.person_id, person_id),
       reference = excluded.reference, updated_at = excluded.updated_at`,
  );
  const find = db.prepare<[Platform, string], ConversationRow>(
    'SELECT * FROM conversations WHERE platform = ? AND conversation_id = ?',
  );
  const personal = db.prepare<[number, Platform], ConversationRow>(
    `SELECT * FROM conversations WHERE person_id = ? AND platform = ? AND kind = 'personal'
     ORDER BY updated_at DESC LIMIT 1`,
  );
  const lastPlatform = db.prepare<[number], { platform: Platform }>(
    `SELECT platform FROM conversations WHERE person_id = ? AND kind = 'personal'
     ORDER BY updated_at DESC LIMIT 1`,
  );
  const latestPersonal = db.prepare<
    [number],
    Pick<ConversationRow, 'platform' | 'conversation_id'>
  >(
    `SELECT platform, conversation_id FROM conversations WHERE person_id = ? AND kind = 'personal'
     ORDER BY updated_at DESC LIMIT 1`,
  );
  const toAddress = (r: ConversationRow): Address => ({
    platform: r.platform,
    conversationId: r.conversation_id,
    kind: r.kind,
    reference: JSON.parse(r.reference),
  });

  return {
    /**
     * Every command remembers where it came from, and a commit waits for the disk (1–5 ms,
     * while the process serves nobody). So a conversation seen again within the hour,
     * unchanged, that is still its person's latest personal chat (which app the courier
     * uses) is not written again: a burst of clicks costs one write per conversation, and
     * `updated_at` (shown as "last used") is at most an hour behind.
     */
    remember: (address: Address, personId: number | null, now: string) => {
      // Only a personal chat belongs to one person; a channel is shared.
      const owner = address.kind === 'personal' ? personId : null;
      const reference = JSON.stringify(address.reference ?? {});
      const row = find.get(address.platform, address.conversationId);
      const latest = owner === null ? undefined : latestPersonal.get(owner);
      const unchanged =
        row !== undefined &&
        row.kind === address.kind &&
        row.reference === reference &&
        Date.parse(now) - Date.parse(row.updated_at) < rewriteAfterMs &&
        (owner === null ||
          (row.person_id === owner &&
            latest?.platform === row.platform &&
            latest.conversation_id === row.conversation_id));
      if (unchanged) return;
      upsert.run(address.platform, address.conversationId, address.kind, owner, reference, now);
    },
    find: (platform: Platform, conversationId: string) => {
      const row = find.get(platform, conversationId);
      return row ? toAddress(row) : undefined;
    },
    /** The platform of the person's most recent personal chat with us: the app they use. */
    lastPlatformOf: (personId: number) => lastPlatform.get(personId)?.platform,
    personalFor: (personId: number, platform: Platform) => {
      const row = personal.get(personId, platform);
      return row ? toAddress(row) : undefined;
    },
  };
}
