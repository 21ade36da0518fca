/** Groups smaller than this are never shown as a number. */
export const minGroupSize = 5;

export interface Shown<K> {
  key: K;
  /** The number, or null where it is withheld. */
  count: number | null;
  /**
   * Why a number is withheld: `small`, the group has fewer than five people ("fewer than
   * 5"); `secondary`, it is withheld only so that a small one cannot be worked out ("not
   * shown", as saying "fewer than 5" of it would not be true).
   */
  withheld?: 'small' | 'secondary';
}

/**
 * Withholds small numbers so no one can be singled out in participation figures.
 *
 * The rule, per breakdown (gender, organisation type, municipality), in this order:
 * 1. Groups with nobody in them are not listed.
 * 2. Primary suppression: a group of 1–4 people is shown as "fewer than 5".
 * 3. Secondary suppression: when exactly one group is withheld, the total minus the groups
 *    shown would give its number away. So the smallest of the other groups (on a tie, the
 *    first in the breakdown's order) is withheld too; then only the sum of the two can be
 *    worked out, not either one. With two or more small groups none is needed.
 * 4. When the total itself is under 5, everything is withheld, the total included.
 *
 * Each breakdown is checked on its own; they share only their total, which rule 4 covers.
 */
export function suppress<K>(groups: readonly { key: K; count: number }[]): {
  groups: Shown<K>[];
  total: number | null;
} {
  const listed = groups.filter((g) => g.count > 0);
  const total = listed.reduce((sum, g) => sum + g.count, 0);
  if (total < minGroupSize) {
    return {
      groups: listed.map((g) => ({ key: g.key, count: null, withheld: 'small' })),
      total: null,
    };
  }
  const small = new Set(listed.filter((g) => g.count < minGroupSize));
  let secondary: (typeof listed)[number] | undefined;
  if (small.size === 1) {
    for (const g of listed) {
      if (!small.has(g) && (secondary === undefined || g.count < secondary.count)) secondary = g;
    }
  }
  return {
    groups: listed.map((g): Shown<K> => {
      if (small.has(g)) return { key: g.key, count: null, withheld: 'small' };
      if (g === secondary) return { key: g.key, count: null, withheld: 'secondary' };
      return { key: g.key, count: g.count };
    }),
    total,
  };
}
