import type { Cycle, CycleItem } from './cycle-file.js';
import { cycleFileSchema, cycleItemSchema, defaultTimeZone } from './cycle-file.js';
import type { CycleProblem } from './cycle-problem.js';
import { problemsFromZod } from './problems-from-zod.js';

export interface LoadedCycle {
  /** The settings and every item that passed; an empty cycle when the file is unusable. */
  cycle: Cycle;
  /** One entry per thing to fix; each names the item (or the file) and the field. */
  problems: CycleProblem[];
}

/** Settings that can fall back to their default when wrong, so the items still run. */
const recoverable = new Set<PropertyKey>(['timeZone', 'nudgeTime', 'nudgeDays']);

/**
 * Validates a whole cycle file. An item with a problem is left out and the rest keep
 * working; a wrong `timeZone`, `nudgeTime` or `nudgeDays` is reported and its default used,
 * an unknown setting is reported and ignored. Only a file that is not a version-1 cycle at
 * all (no or another `version`, no `items` list) gives no items.
 */
export function loadCycle(input: unknown): LoadedCycle {
  const problems: CycleProblem[] = [];
  let parsed = cycleFileSchema.safeParse(input);
  if (!parsed.success) {
    problems.push(
      ...problemsFromZod(parsed.error.issues, input, { itemId: null }).map((p) =>
        p.field === 'version' && p.code !== 'required' && isObject(input)
          ? { ...p, code: 'unsupported_version' as const, params: { value: String(input.version) } }
          : p,
      ),
    );
    // Unknown settings and wrong recoverable ones are dropped; anything else is fatal.
    const dropped = new Set<PropertyKey>();
    let fatal = false;
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
        for (const key of issue.keys) dropped.add(key);
      } else {
        const key = issue.path[0] ?? '';
        dropped.add(key);
        if (!recoverable.has(key)) fatal = true;
      }
    }
    if (!fatal && isObject(input)) {
      const withDefaults = Object.fromEntries(
        Object.entries(input).filter(([key]) => !dropped.has(key)),
      );
      parsed = cycleFileSchema.safeParse(withDefaults);
    }
  }
  if (!parsed.success) {
    const cycle = {
      timeZone: defaultTimeZone,
      nudgeTime: '09:00',
      nudgeDays: 'working' as const,
      items: [],
    };
    return { cycle, problems };
  }
  const { items: rawItems, version: _, ...settings } = parsed.data;
  const loaded = loadCycleItems(rawItems);
  return {
    cycle: { ...settings, items: loaded.items },
    problems: [...problems, ...loaded.problems],
  };
}

/**
 * Validates one item on its own: its fields and its rule, not whether an item it is relative
 * to exists (that needs the whole list; see `loadCycleItems`). For a chat form that adds or
 * edits an item.
 */
export function parseCycleItem(
  input: unknown,
  index?: number,
): { item: CycleItem; problems: [] } | { item: undefined; problems: CycleProblem[] } {
  const parsed = cycleItemSchema.safeParse(input);
  if (parsed.success) return { item: parsed.data, problems: [] };
  const id = isObject(input) && typeof input.id === 'string' ? input.id : null;
  const where = index === undefined ? { itemId: id } : { itemId: id, index };
  return { item: undefined, problems: problemsFromZod(parsed.error.issues, input, where) };
}

/**
 * Validates a list of items (a file's, or the store's after chat edits): each item alone,
 * then ids that appear twice (the first is kept), then relative rules: an item relative to
 * one that does not exist, that was left out, or that leads back to itself is left out too.
 */
export function loadCycleItems(inputs: readonly unknown[]): {
  items: CycleItem[];
  problems: CycleProblem[];
} {
  const problems: CycleProblem[] = [];
  const valid = new Map<string, { item: CycleItem; index: number }>();
  const invalidIds = new Set<string>();
  inputs.forEach((input, index) => {
    const result = parseCycleItem(input, index);
    if (!result.item) {
      problems.push(...result.problems);
      const id = result.problems[0]?.itemId;
      if (id) invalidIds.add(id);
    } else if (valid.has(result.item.id)) {
      problems.push({
        itemId: result.item.id,
        index,
        field: 'id',
        code: 'duplicate_id',
        params: {},
      });
    } else {
      valid.set(result.item.id, { item: result.item, index });
    }
  });
  problems.push(...checkRelations(valid, invalidIds));
  const items = [...valid.values()].map((v) => v.item);
  return { items, problems };
}

const baseOf = (item: CycleItem) =>
  item.rule.kind === 'relative' && item.rule.base.kind === 'item' ? item.rule.base.id : undefined;

/** Removes from `valid` every item whose chain of relative rules is broken, with a problem each. */
function checkRelations(
  valid: Map<string, { item: CycleItem; index: number }>,
  invalidIds: ReadonlySet<string>,
): CycleProblem[] {
  const problems: CycleProblem[] = [];
  const field = 'rule.relativeTo.item';
  const drop = (id: string, code: CycleProblem['code'], params: CycleProblem['params']) => {
    const entry = valid.get(id);
    if (!entry) return;
    problems.push({ itemId: id, index: entry.index, field, code, params });
  };
  const removed = new Set<string>();

  // Circles first: with one base per item, following bases from any item either ends or
  // enters a circle, and every item on the circle gets its own problem.
  for (const start of valid.keys()) {
    const seen: string[] = [];
    let id: string | undefined = start;
    while (id !== undefined && valid.has(id) && !seen.includes(id)) {
      seen.push(id);
      id = baseOf((valid.get(id) as { item: CycleItem }).item);
    }
    if (id === undefined || !seen.includes(id)) continue;
    const circle = seen.slice(seen.indexOf(id));
    for (const [i, member] of circle.entries()) {
      if (removed.has(member)) continue;
      const path = [...circle.slice(i), ...circle.slice(0, i), member].join(' → ');
      drop(member, 'relative_cycle', { path });
      removed.add(member);
    }
  }

  // Then broken bases, repeated until nothing changes, since dropping one can break another.
  let changed = true;
  while (changed) {
    changed = false;
    for (const [id, { item }] of valid) {
      const base = baseOf(item);
      if (base === undefined || removed.has(id)) continue;
      if (valid.has(base) && !removed.has(base)) continue;
      const known = invalidIds.has(base) || removed.has(base) || valid.has(base);
      drop(id, known ? 'base_item_invalid' : 'unknown_item', { item: base });
      removed.add(id);
      changed = true;
    }
  }
  for (const id of removed) valid.delete(id);
  return problems;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
