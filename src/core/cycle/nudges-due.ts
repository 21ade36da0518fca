import { localDateOf } from '../time/zoned-date.js';
import type { Cycle } from './cycle-file.js';
import { type Nudge, nudgeKey, nudgesBetween } from './nudges.js';
import type { OccurrenceOptions } from './occurrences.js';

export interface DueOptions extends OccurrenceOptions {
  now: Date;
  /**
   * When nudges were last checked (exclusive). Without it, only the catch-up window is looked
   * at, so nothing older is reported as skipped. On the very first start pass `now`, or a
   * new installation posts a window's worth of late nudges.
   */
  since?: Date;
  /** Keys already posted or recorded as skipped: they are left out of every list. */
  recorded?: ReadonlySet<string>;
  /** How far back a missed nudge is still worth posting, late. */
  catchUpWindowMs: number;
  /** How late a nudge may be and still count as on time (a slow tick). Default 10 minutes. */
  graceMs?: number;
}

/**
 * Why a nudge is recorded instead of posted: `too_old` (missed by more than the catch-up
 * window), `passed` (its occurrence's day is already over), `superseded` (a shorter lead time
 * for the same occurrence is being posted or was posted).
 */
export type SkipReason = 'too_old' | 'passed' | 'superseded';

export interface DueNudges {
  onTime: Nudge[];
  late: Nudge[];
  skipped: (Nudge & { reason: SkipReason })[];
}

export const defaultGraceMs = 10 * 60_000;

/**
 * Sorts the nudges due at `now` for one tick. On a regular tick everything is on time; after
 * downtime, missed nudges within the catch-up window are late (post them, marked as late)
 * and older ones are skipped (record them, post nothing). A missed nudge is also skipped when
 * its occurrence is over, or when a nudge with a shorter lead for the same occurrence is due
 * too: after a week down, "in 3 days" is posted and "in 14 days" is not. Pure: storing the
 * keys, which makes a second tick over the same span harmless, is the caller's job.
 */
export function nudgesDue(cycle: Cycle, options: DueOptions): DueNudges {
  const { now, recorded = new Set<string>(), catchUpWindowMs } = options;
  const grace = options.graceMs ?? defaultGraceMs;
  const window = Math.max(catchUpWindowMs, grace);
  const since = options.since ?? new Date(now.getTime() - window);
  const today = localDateOf(now, cycle.timeZone);
  const candidates = nudgesBetween(cycle, since, now, options).filter((n) => !recorded.has(n.key));

  const result: DueNudges = { onTime: [], late: [], skipped: [] };
  const toPost: Nudge[] = [];
  for (const nudge of candidates) {
    const age = now.getTime() - nudge.at.getTime();
    if (age <= grace) toPost.push(nudge);
    else if (age > window) result.skipped.push({ ...nudge, reason: 'too_old' });
    else if (nudge.occurrenceDate < today) result.skipped.push({ ...nudge, reason: 'passed' });
    else toPost.push(nudge);
  }

  // The shortest lead per occurrence is the one worth posting; it may be in the store already.
  const shortest = new Map<string, number>();
  const occurrenceOf = (n: Nudge) => `${n.itemId}:${n.occurrenceDate}`;
  for (const nudge of toPost) {
    const known = shortest.get(occurrenceOf(nudge)) ?? Number.POSITIVE_INFINITY;
    shortest.set(occurrenceOf(nudge), Math.min(known, nudge.leadDays));
  }
  const items = new Map(cycle.items.map((item) => [item.id, item]));
  for (const nudge of toPost) {
    const item = items.get(nudge.itemId);
    const postedShorter = item?.leadDays.some(
      (lead) =>
        lead < nudge.leadDays && recorded.has(nudgeKey(nudge.itemId, nudge.occurrenceDate, lead)),
    );
    if (nudge.leadDays > (shortest.get(occurrenceOf(nudge)) ?? nudge.leadDays) || postedShorter) {
      result.skipped.push({ ...nudge, reason: 'superseded' });
    } else if (now.getTime() - nudge.at.getTime() <= grace) {
      result.onTime.push(nudge);
    } else {
      result.late.push(nudge);
    }
  }
  const byTime = (a: Nudge, b: Nudge) =>
    a.at.getTime() - b.at.getTime() || (a.key < b.key ? -1 : 1);
  result.onTime.sort(byTime);
  result.late.sort(byTime);
  result.skipped.sort(byTime);
  return result;
}
