import type { CycleSettings } from '../../store/cycle-repository.js';
import type { Store } from '../../store/store.js';
import { localDateOf } from '../time/zoned-date.js';
import type { Cycle, CycleItem } from './cycle-file.js';
import { defaultTimeZone } from './cycle-file.js';
import type { CycleProblem } from './cycle-problem.js';
import { loadCycleItems } from './load-cycle.js';
import type { ForumDate } from './occurrences.js';

export const defaultCatchUpHours = 72;

const blankSettings: CycleSettings = {
  timeZone: defaultTimeZone,
  nudgeTime: '09:00',
  nudgeDays: 'working',
  sourcePath: null,
  sourceHash: null,
  importedAt: null,
  importProblems: [],
  catchUpHours: defaultCatchUpHours,
  checkedUntil: null,
  feedToken: null,
  feedBaseUrl: null,
};

export interface StoredCycle {
  cycle: Cycle;
  settings: CycleSettings;
  /** Every stored item's problem, and those of the last import that no stored item carries. */
  problems: CycleProblem[];
  /** Items by id, valid ones only. */
  byId: ReadonlyMap<string, CycleItem>;
}

/**
 * The cycle as the database holds it now: items validated one by one (a bad one is left out
 * and reported; the rest run), relative items checked against the whole list. Read afresh on
 * every tick and command, so a chat edit takes effect at once in every process.
 */
export function storedCycle(store: Store): StoredCycle {
  const settings = store.cycle.settings() ?? blankSettings;
  const stored = store.cycle.items();
  const loaded = loadCycleItems(stored.map((s) => s.definition));
  // Positions in the stored list mean nothing to a coordinator; the item's id says it all.
  const problems = loaded.problems.map(({ index, ...p }): CycleProblem => {
    const id = index !== undefined ? (stored[index]?.id ?? null) : null;
    return { ...p, itemId: p.itemId ?? id };
  });
  const cycle: Cycle = {
    timeZone: settings.timeZone,
    nudgeTime: settings.nudgeTime,
    nudgeDays: settings.nudgeDays,
    items: loaded.items,
  };
  return {
    cycle,
    settings,
    problems: [...settings.importProblems, ...problems],
    byId: new Map(loaded.items.map((i) => [i.id, i])),
  };
}

/** The forums' first days, for items relative to a forum. */
export function forumDates(store: Store, timeZone: string): ForumDate[] {
  return store.forums
    .list()
    .map((f) => ({ slug: f.slug, startsOn: localDateOf(new Date(f.startsAt), timeZone) }));
}
