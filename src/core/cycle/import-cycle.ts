import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { CycleSettings } from '../../store/cycle-repository.js';
import type { Store } from '../../store/store.js';
import type { CycleProblem } from './cycle-problem.js';
import { loadCycle, parseCycleItem } from './load-cycle.js';

/** A cycle file as read for storing: its items as written, valid or not. */
export interface CycleSource {
  path: string;
  /** sha256 of the text, to tell whether the file changed since it was imported. */
  hash: string;
  settings: { timeZone: string; nudgeTime: string; nudgeDays: 'working' | 'all' };
  /** One entry per id, in file order: the valid one if an id appears twice. */
  entries: { id: string; definition: unknown }[];
  /** Everything wrong with the file, each naming the item and field (for the log at start). */
  problems: CycleProblem[];
  /**
   * The problems no stored item will carry (an item without an id, the second of two items
   * with one id, a bad setting): kept with the settings to show coordinators.
   */
  unstored: CycleProblem[];
}

/**
 * Reads a cycle file such as `data/arshjul.json`. Throws when the file cannot be read at all;
 * a file that is not JSON, or not a cycle, gives no entries and a problem saying why.
 */
export function readCycleSource(path: string): CycleSource {
  const text = readFileSync(path, 'utf8');
  const hash = createHash('sha256').update(text).digest('hex');
  let input: unknown;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const problem: CycleProblem = {
      itemId: null,
      field: '',
      code: 'invalid_json',
      params: { message },
    };
    return {
      path,
      hash,
      settings: { timeZone: 'Europe/Stockholm', nudgeTime: '09:00', nudgeDays: 'working' },
      entries: [],
      problems: [problem],
      unstored: [problem],
    };
  }
  const { cycle, problems } = loadCycle(input);
  // A file that is not a version-1 cycle gives no items, whatever it lists (as loadCycle).
  const file = input as { version?: unknown; items?: unknown };
  const raw =
    typeof input === 'object' && input !== null && file.version === 1 && Array.isArray(file.items)
      ? (file.items as unknown[])
      : [];
  const chosen = new Map<string, { index: number; valid: boolean }>();
  raw.forEach((definition, index) => {
    const id = idOf(definition);
    if (id === undefined) return;
    const valid = parseCycleItem(definition).item !== undefined;
    const earlier = chosen.get(id);
    if (!earlier || (!earlier.valid && valid)) chosen.set(id, { index, valid });
  });
  const storedIndexes = new Set([...chosen.values()].map((c) => c.index));
  const entries = [...chosen.entries()]
    .sort((a, b) => a[1].index - b[1].index)
    .map(([id, { index }]) => ({ id, definition: raw[index] }));
  const unstored = problems.filter((p) => p.index === undefined || !storedIndexes.has(p.index));
  const { timeZone, nudgeTime, nudgeDays } = cycle;
  return { path, hash, settings: { timeZone, nudgeTime, nudgeDays }, entries, problems, unstored };
}

function idOf(definition: unknown): string | undefined {
  if (typeof definition !== 'object' || definition === null) return undefined;
  const id = (definition as { id?: unknown }).id;
  return typeof id === 'string' && id.trim() !== '' ? id : undefined;
}

/** What importing a file would do to the stored items. */
export interface ImportPlan {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: string[];
  /** Items added in chat that the file does not have: they stay. */
  kept: string[];
}

/**
 * Compares a file with the stored items. The file's items replace stored items with the same
 * id; items that came from the file and are no longer in it go; items added in chat stay.
 */
export function planImport(store: Store, source: CycleSource): ImportPlan {
  const stored = new Map(store.cycle.items().map((s) => [s.id, s]));
  const inFile = new Set(source.entries.map((e) => e.id));
  const plan: ImportPlan = { added: [], changed: [], removed: [], unchanged: [], kept: [] };
  for (const entry of source.entries) {
    const before = stored.get(entry.id);
    if (!before) plan.added.push(entry.id);
    else if (JSON.stringify(before.definition) !== JSON.stringify(entry.definition)) {
      plan.changed.push(entry.id);
    } else plan.unchanged.push(entry.id);
  }
  for (const [id, item] of stored) {
    if (inFile.has(id)) continue;
    (item.origin === 'file' ? plan.removed : plan.kept).push(id);
  }
  return plan;
}

/**
 * Stores a file's items and settings (see `planImport`). Run it in a transaction. The nudge
 * job's state is left alone: nudges already decided stay decided.
 */
export function importCycle(
  store: Store,
  source: CycleSource,
  by: number | null,
  now: Date,
): ImportPlan {
  const plan = planImport(store, source);
  const at = now.toISOString();
  const kept = new Set(plan.kept);
  source.entries.forEach((entry, position) => {
    store.cycle.saveItem({ ...entry, origin: 'file', position }, by, at);
  });
  for (const id of plan.removed) store.cycle.removeItem(id);
  // Items added in chat follow the file's, in the order they had.
  let position = source.entries.length;
  for (const item of store.cycle.items()) {
    if (kept.has(item.id)) {
      store.cycle.saveItem({ ...item, position: position++ }, by, at);
    }
  }
  store.cycle.updateSettings(
    {
      ...source.settings,
      sourcePath: source.path,
      sourceHash: source.hash,
      importedAt: at,
      importProblems: source.unstored,
    },
    at,
  );
  return plan;
}

/** The configured file's path when its text differs from what was imported; else undefined. */
export function fileChanged(settings: CycleSettings): string | undefined {
  const path = settings.sourcePath;
  if (!path || !existsSync(path)) return undefined;
  const hash = createHash('sha256').update(readFileSync(path, 'utf8')).digest('hex');
  return hash === settings.sourceHash ? undefined : path;
}
