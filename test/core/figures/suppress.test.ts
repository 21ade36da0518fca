import { describe, expect, it } from 'vitest';
import { suppress } from '../../../src/core/figures/suppress.js';

const groups = (counts: Record<string, number>) =>
  Object.entries(counts).map(([key, count]) => ({ key, count }));

describe('suppressing small groups', () => {
  it('withholds groups of 3 and 4; with two small groups no secondary is needed', () => {
    expect(suppress(groups({ Kvinnor: 12, Män: 4, Annat: 3 }))).toEqual({
      total: 19,
      groups: [
        { key: 'Kvinnor', count: 12 },
        { key: 'Män', count: null, withheld: 'small' },
        { key: 'Annat', count: null, withheld: 'small' },
      ],
    });
  });

  it('withholds the next smallest group too when only one group is small', () => {
    const { groups: shown, total } = suppress(
      groups({ Kommun: 20, Region: 7, Akademi: 3, Stat: 9 }),
    );
    expect(total).toBe(39);
    expect(shown).toEqual([
      { key: 'Kommun', count: 20 },
      { key: 'Region', count: null, withheld: 'secondary' },
      { key: 'Akademi', count: null, withheld: 'small' },
      { key: 'Stat', count: 9 },
    ]);
    // What is shown no longer gives the small group away: 39 − 20 − 9 = 10 is two groups.
    const known = shown.reduce((sum, g) => sum + (g.count ?? 0), 0);
    expect(total! - known).toBe(10);
  });

  it('settles a tie for the secondary by the breakdown’s order', () => {
    const { groups: shown } = suppress(groups({ A: 6, B: 6, C: 2 }));
    expect(shown.map((g) => g.withheld)).toEqual(['secondary', undefined, 'small']);
  });

  it('shows everything from 5 up, and leaves out empty groups', () => {
    expect(suppress(groups({ A: 5, B: 0, C: 9 }))).toEqual({
      total: 14,
      groups: [
        { key: 'A', count: 5 },
        { key: 'C', count: 9 },
      ],
    });
  });

  it('withholds everything, the total too, when fewer than 5 are counted', () => {
    expect(suppress(groups({ A: 3, B: 1 }))).toEqual({
      total: null,
      groups: [
        { key: 'A', count: null, withheld: 'small' },
        { key: 'B', count: null, withheld: 'small' },
      ],
    });
    expect(suppress([])).toEqual({ total: null, groups: [] });
  });
});
