import type { Address, Platform } from '../core/chat.js';
import type { Db } from './open-database.js';

interface ConversationRow {
  platform: Platform;
  conversation_id: string;
  kind: Address['kind'];
  person_id: number | null;
  reference: string;
}

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
  const toAddress = (r: ConversationRow): Address => ({
    platform: r.platform,
    conversationId: r.conversation_id,
    kind: r.kind,
    reference: JSON.parse(r.reference),
  });

  return {
    remember: (address: Address, personId: number | null, now: string) => {
      upsert.run(
        address.platform,
        address.conversationId,
        address.kind,
        // Only a personal chat belongs to one person; a channel is shared.
        address.kind === 'personal' ? personId : null,
        JSON.stringify(address.reference ?? {}),
        now,
      );
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
