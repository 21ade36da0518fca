import type { Platform } from '../core/chat.js';
import type { CycleProblem } from '../core/cycle/cycle-problem.js';
import type { Db } from './open-database.js';

/** The cycle's one settings row: the file's settings and the nudge job's state. */
export interface CycleSettings {
  timeZone: string;
  nudgeTime: string;
  nudgeDays: 'working' | 'all';
  sourcePath: string | null;
  sourceHash: string | null;
  importedAt: string | null;
  importProblems: CycleProblem[];
  catchUpHours: number;
  checkedUntil: string | null;
  feedToken: string | null;
  feedBaseUrl: string | null;
}

interface SettingsRow {
  time_zone: string;
  nudge_time: string;
  nudge_days: 'working' | 'all';
  source_path: string | null;
  source_hash: string | null;
  imported_at: string | null;
  import_problems: string;
  catch_up_hours: number;
  checked_until: string | null;
  feed_token: string | null;
  feed_base_url: string | null;
}

/** A stored item: its definition as written, validated when the cycle is read. */
export interface StoredCycleItem {
  id: string;
  position: number;
  definition: unknown;
  origin: 'file' | 'chat';
}

interface ItemRow {
  id: string;
  position: number;
  definition: string;
  origin: 'file' | 'chat';
}

export interface CycleChannel {
  name: string;
  platform: Platform;
  conversationId: string;
}

const toSettings = (r: SettingsRow): CycleSettings => ({
  timeZone: r.time_zone,
  nudgeTime: r.nudge_time,
  nudgeDays: r.nudge_days,
  sourcePath: r.source_path,
  sourceHash: r.source_hash,
  importedAt: r.imported_at,
  importProblems: JSON.parse(r.import_problems),
  catchUpHours: r.catch_up_hours,
  checkedUntil: r.checked_until,
  feedToken: r.feed_token,
  feedBaseUrl: r.feed_base_url,
});

const columns: Record<keyof CycleSettings, string> = {
  timeZone: 'time_zone',
  nudgeTime: 'nudge_time',
  nudgeDays: 'nudge_days',
  sourcePath: 'source_path',
  sourceHash: 'source_hash',
  importedAt: 'imported_at',
  importProblems: 'import_problems',
  catchUpHours: 'catch_up_hours',
  checkedUntil: 'checked_until',
  feedToken: 'feed_token',
  feedBaseUrl: 'feed_base_url',
};

export type CycleRepository = ReturnType<typeof cycleRepository>;

/** The annual cycle's items, settings and connected channels (migration 003). */
export function cycleRepository(db: Db) {
  const getSettings = db.prepare<[], SettingsRow>('SELECT * FROM cycle_settings WHERE id = 1');
  const ensureSettings = db.prepare<[string]>(
    'INSERT INTO cycle_settings (id, updated_at) VALUES (1, ?) ON CONFLICT DO NOTHING',
  );
  const items = db.prepare<[], ItemRow>('SELECT * FROM cycle_items ORDER BY position, id');
  const item = db.prepare<[string], ItemRow>('SELECT * FROM cycle_items WHERE id = ?');
  const upsertItem = db.prepare<Record<string, unknown>>(
    `INSERT INTO cycle_items (id, position, definition, origin, updated_by, created_at, updated_at)
     VALUES (@id, coalesce(@position, (SELECT coalesce(max(position), -1) + 1 FROM cycle_items)),
       @definition, @origin, @by, @now, @now)
     ON CONFLICT (id) DO UPDATE SET definition = excluded.definition,
       position = coalesce(@position, position), origin = excluded.origin,
       updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  );
  const removeItem = db.prepare<[string]>('DELETE FROM cycle_items WHERE id = ?');
  const channels = db.prepare<[], { name: string; platform: Platform; conversation_id: string }>(
    'SELECT name, platform, conversation_id FROM cycle_channels ORDER BY name',
  );
  const connect = db.prepare<[string, Platform, string, number | null, string]>(
    `INSERT INTO cycle_channels (name, platform, conversation_id, connected_by, connected_at)
     VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET platform = excluded.platform,
       conversation_id = excluded.conversation_id, connected_by = excluded.connected_by,
       connected_at = excluded.connected_at`,
  );
  const disconnect = db.prepare<[Platform, string]>(
    'DELETE FROM cycle_channels WHERE platform = ? AND conversation_id = ?',
  );
  const toItem = (r: ItemRow): StoredCycleItem => ({
    id: r.id,
    position: r.position,
    definition: JSON.parse(r.definition),
    origin: r.origin,
  });

  return {
    /** The settings row, or undefined before the cycle was ever set up. */
    settings: (): CycleSettings | undefined => {
      const row = getSettings.get();
      return row ? toSettings(row) : undefined;
    },
    /** Changes some settings, creating the row with its defaults first if needed. */
    updateSettings: (changes: Partial<CycleSettings>, now: string) => {
      ensureSettings.run(now);
      const entries = Object.entries(changes).filter(([, v]) => v !== undefined);
      if (entries.length === 0) return;
      const sets = entries.map(([k]) => `${columns[k as keyof CycleSettings]} = @${k}`);
      const values = Object.fromEntries(
        entries.map(([k, v]) => [k, k === 'importProblems' ? JSON.stringify(v) : v]),
      );
      db.prepare(
        `UPDATE cycle_settings SET ${sets.join(', ')}, updated_at = @now WHERE id = 1`,
      ).run({ ...values, now });
    },
    items: (): StoredCycleItem[] => items.all().map(toItem),
    item: (id: string): StoredCycleItem | undefined => {
      const row = item.get(id);
      return row ? toItem(row) : undefined;
    },
    /** Adds an item at the end, or replaces one with the same id where it stands. */
    saveItem: (
      entry: { id: string; definition: unknown; origin: 'file' | 'chat'; position?: number },
      by: number | null,
      now: string,
    ) => {
      upsertItem.run({
        id: entry.id,
        position: entry.position ?? null,
        definition: JSON.stringify(entry.definition),
        origin: entry.origin,
        by,
        now,
      });
    },
    removeItem: (id: string) => removeItem.run(id).changes === 1,
    channels: (): CycleChannel[] =>
      channels
        .all()
        .map((r) => ({ name: r.name, platform: r.platform, conversationId: r.conversation_id })),
    connect: (channel: CycleChannel, by: number | null, now: string) => {
      connect.run(channel.name, channel.platform, channel.conversationId, by, now);
    },
    /** Forgets every name connected to this conversation; returns how many there were. */
    disconnect: (platform: Platform, conversationId: string) =>
      disconnect.run(platform, conversationId).changes,
  };
}
