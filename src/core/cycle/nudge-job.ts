import type { NudgeSkipReason } from '../../store/cycle-nudge-repository.js';
import { translator } from '../i18n/translate.js';
import { sendLater } from '../outbox/send-later.js';
import type { Job, JobContext } from '../schedule/job.js';
import { localDateOf } from '../time/zoned-date.js';
import type { CycleItem } from './cycle-file.js';
import { nudgeView } from './nudge-view.js';
import type { Nudge } from './nudges.js';
import { defaultGraceMs, nudgesDue } from './nudges-due.js';
import { nudgeOutboxKey } from './outbox-keys.js';
import { type NudgeTarget, recipientsOf } from './recipients.js';
import { forumDates, storedCycle } from './stored-cycle.js';

const hour = 3_600_000;
/** However long the bot was down, nudges older than this are not even recorded. */
const maxLookBackMs = 400 * 24 * hour;

export interface NudgeTick {
  onTime: string[];
  late: string[];
  skipped: { key: string; reason: NudgeSkipReason }[];
  /** Occurrences whose snoozed nudge came again. */
  snoozes: string[];
}

/**
 * One tick of the annual cycle, in one IMMEDIATE transaction: the nudges due since the last
 * tick (on time, late after downtime, or recorded as skipped), then snoozed nudges whose time
 * has come. The span is taken from the database under the write lock, so a second process
 * ticking the same minute finds it done; and every message is queued under a unique outbox
 * key, which is the real guarantee that nothing is posted twice.
 */
export function runNudges(ctx: Pick<JobContext, 'store' | 'now' | 'settings'>): NudgeTick {
  const { store, now, settings } = ctx;
  return store.transaction(() => {
    const { cycle, settings: state, byId } = storedCycle(store);
    const at = now.toISOString();
    const tick: NudgeTick = { onTime: [], late: [], skipped: [], snoozes: [] };
    const windowMs = state.catchUpHours * hour;
    const channels = store.cycle.channels();
    const today = localDateOf(now, cycle.timeZone);

    const send = (
      item: CycleItem,
      date: string,
      keyOf: (t: NudgeTarget) => string,
      flags: {
        late?: boolean;
        snoozed?: boolean;
      },
    ): number => {
      const { targets, unconnected } = recipientsOf(store, settings, item.owner, channels, now);
      for (const target of targets) {
        const locale = target.kind === 'person' ? target.person.locale : 'sv';
        const view = nudgeView(translator(locale), locale, {
          item,
          occurrenceDate: date,
          today,
          ...flags,
          ...(unconnected ? { unconnected } : {}),
        });
        const to =
          target.kind === 'person'
            ? { personId: target.person.id }
            : { platform: target.platform, conversationId: target.conversationId };
        sendLater(store, { key: keyOf(target), purpose: 'cycle-nudge', to, view, locale }, now);
      }
      return targets.length;
    };

    const record = (
      nudge: Nudge,
      state: 'posted' | 'late' | 'skipped',
      reason?: NudgeSkipReason,
      recipients = 0,
    ) =>
      store.cycleNudges.record({
        key: nudge.key,
        itemId: nudge.itemId,
        occurrenceDate: nudge.occurrenceDate,
        leadDays: nudge.leadDays,
        state,
        reason: reason ?? null,
        dueAt: nudge.at.toISOString(),
        recipients,
        recordedAt: at,
      });

    const skip = (nudge: Nudge, reason: NudgeSkipReason) => {
      if (record(nudge, 'skipped', reason)) tick.skipped.push({ key: nudge.key, reason });
    };

    const post = (nudge: Nudge, late: boolean) => {
      const item = byId.get(nudge.itemId);
      if (!item) return;
      const said = store.cycleNudges.occurrence(nudge.itemId, nudge.occurrenceDate);
      if (said?.state === 'done') return skip(nudge, 'done');
      // Someone asked to be reminded later: the nudges that fall before then wait.
      if (said?.state === 'snoozed' && (said.snoozedUntil ?? '') > nudge.at.toISOString()) {
        return skip(nudge, 'snoozed');
      }
      const count = send(item, nudge.occurrenceDate, (t) => nudgeOutboxKey(nudge.key, t), {
        late,
      });
      if (count === 0) return skip(nudge, 'no_owner');
      if (record(nudge, late ? 'late' : 'posted', undefined, count)) {
        (late ? tick.late : tick.onTime).push(nudge.key);
      }
    };

    if (state.checkedUntil === null) {
      // The very first tick: nothing before now is this installation's to catch up on.
      store.cycle.updateSettings({ checkedUntil: at }, at);
    } else if (Date.parse(state.checkedUntil) < now.getTime()) {
      const since = new Date(
        Math.max(Date.parse(state.checkedUntil), now.getTime() - maxLookBackMs),
      );
      const due = nudgesDue(cycle, {
        now,
        since,
        recorded: store.cycleNudges.keysFrom(localDateOf(since, cycle.timeZone)),
        catchUpWindowMs: windowMs,
        forums: forumDates(store, cycle.timeZone),
      });
      for (const nudge of due.skipped) skip(nudge, nudge.reason);
      for (const nudge of due.onTime) post(nudge, false);
      for (const nudge of due.late) post(nudge, true);
      store.cycle.updateSettings({ checkedUntil: at }, at);
    }

    for (const snoozed of store.cycleNudges.snoozesDue(at)) {
      const { itemId, occurrenceDate: date, snoozedUntil } = snoozed;
      if (!store.cycleNudges.snoozeHandled(itemId, date, at)) continue;
      const item = byId.get(itemId);
      const age = now.getTime() - Date.parse(snoozedUntil as string);
      if (!item || item.paused || age > Math.max(windowMs, defaultGraceMs)) continue;
      const key = `${itemId}:${date}:snooze:${snoozedUntil}`;
      const count = send(item, date, (t) => nudgeOutboxKey(key, t), {
        snoozed: true,
        late: age > defaultGraceMs,
      });
      if (count > 0) tick.snoozes.push(key);
    }
    return tick;
  });
}

export const nudgeJob: Job = {
  name: 'cycle.nudges',
  run(ctx) {
    const tick = runNudges(ctx);
    const busy = tick.onTime.length + tick.late.length + tick.skipped.length + tick.snoozes.length;
    if (busy > 0) {
      ctx.logger.info('annual cycle nudges', {
        onTime: tick.onTime.length,
        late: tick.late.length,
        skipped: tick.skipped.length,
        snoozes: tick.snoozes.length,
      });
    }
    for (const { key, reason } of tick.skipped) {
      if (reason === 'no_owner') ctx.logger.warn('annual cycle nudge has nobody to go to', { key });
    }
  },
};
