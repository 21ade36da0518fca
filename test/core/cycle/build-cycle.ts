import { expect } from 'vitest';
import type { Cycle, CycleItemInput } from '../../../src/core/cycle/cycle-file.js';
import { loadCycle } from '../../../src/core/cycle/load-cycle.js';

/** An item with only what the test is about; the rest filled in. */
export function item(
  id: string,
  rule: CycleItemInput['rule'],
  more: Partial<CycleItemInput> = {},
): CycleItemInput {
  return { id, title: id, owner: { role: 'coordinator' }, rule, leadDays: [0], ...more };
}

/** A loaded cycle that must have no problems. */
export function cycleOf(
  items: unknown[],
  settings: { nudgeTime?: string; nudgeDays?: 'working' | 'all' } = {},
): Cycle {
  const { cycle, problems } = loadCycle({ version: 1, ...settings, items });
  expect(problems).toEqual([]);
  return cycle;
}
