import { z } from 'zod';
import { message } from '../chat.js';
import type { CommandContext } from '../command.js';
import { defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { addDays, isIsoDate } from '../time/calendar-date.js';
import { formatDateTime } from '../time/format-date.js';
import { localDateOf, localInstant } from '../time/zoned-date.js';
import { offsetMs } from '../time/zoned-time.js';
import { formatDay } from './cycle-dates.js';
import type { CycleItem } from './cycle-file.js';
import { assertMayAct, dateArg, findValidItem, itemArg } from './find-item.js';
import { occurrencesBetween } from './occurrences.js';
import { occurrenceKeyPrefix } from './outbox-keys.js';
import { forumDates } from './stored-cycle.js';

const occurrenceArgs = z.object({ item: itemArg, date: dateArg });

/** The item and the day, checked to be one of its occurrences (not a date from a forged button). */
function findOccurrence(ctx: CommandContext, args: { item: string; date: string }) {
  if (!isIsoDate(args.date)) throw new UserError('error.invalidInput');
  const found = findValidItem(ctx, args.item);
  const { cycle } = found.cycle;
  const occurs = occurrencesBetween(cycle.items, args.date, args.date, {
    forums: forumDates(ctx.store, cycle.timeZone),
    includePaused: true,
  }).some((o) => o.itemId === args.item);
  if (!occurs) throw new UserError('error.invalidInput');
  assertMayAct(ctx, found.item);
  return { item: found.item, date: args.date, timeZone: cycle.timeZone };
}

const what = (ctx: CommandContext, item: CycleItem, date: string) => ({
  item: item.title[ctx.locale],
  date: formatDay(date, ctx.locale),
});

/** "Klart": the occurrence is done; nudges not yet sent about it are taken back. */
export const doneCommand = defineCommand({
  id: 'cycle.done',
  args: occurrenceArgs,
  run(ctx, args) {
    const { item, date } = findOccurrence(ctx, args);
    const already = ctx.store.transaction(() => {
      const before = ctx.store.cycleNudges.occurrence(item.id, date);
      if (before?.state === 'done') return before;
      ctx.store.cycleNudges.markDone(item.id, date, ctx.person.id, ctx.now.toISOString());
      ctx.store.outbox.withdraw(occurrenceKeyPrefix(item.id, date));
      return undefined;
    });
    const params = what(ctx, item, date);
    if (already) {
      const by = already.byPerson !== null ? ctx.store.people.get(already.byPerson) : undefined;
      const name = by?.displayName ?? by?.email ?? '–';
      return message({ kind: 'text', text: ctx.t('cycle.done.already', { ...params, name }) });
    }
    return message(
      { kind: 'text', text: ctx.t('cycle.done.marked', params) },
      {
        kind: 'actions',
        buttons: [
          { label: ctx.t('cycle.button.reopen'), command: 'cycle.reopen', args: args },
          { label: ctx.t('cycle.button.show'), command: 'cycle.show' },
        ],
      },
    );
  },
});

/** Undoes "done" (or a snooze): the occurrence is open again. */
export const reopenCommand = defineCommand({
  id: 'cycle.reopen',
  args: occurrenceArgs,
  run(ctx, args) {
    const { item, date } = findOccurrence(ctx, args);
    ctx.store.transaction(() => ctx.store.cycleNudges.reopen(item.id, date));
    return message({ kind: 'text', text: ctx.t('cycle.reopened', what(ctx, item, date)) });
  },
});

/**
 * "Påminn i morgon" / "om en vecka": the nudge comes again at this time of day that many days
 * later (local time, so a week across a daylight-saving switch is still 09:00), once. The
 * regular nudges for the occurrence wait until then.
 */
export const snoozeCommand = defineCommand({
  id: 'cycle.snooze',
  args: occurrenceArgs.extend({ days: z.enum(['1', '7']) }),
  run(ctx, args) {
    const { item, date, timeZone } = findOccurrence(ctx, args);
    const today = localDateOf(ctx.now, timeZone);
    const wallClock = new Date(ctx.now.getTime() + offsetMs(ctx.now.getTime(), timeZone))
      .toISOString()
      .slice(11, 16);
    const until = localInstant(addDays(today, Number(args.days)), wallClock, timeZone);
    ctx.store.transaction(() => {
      const before = ctx.store.cycleNudges.occurrence(item.id, date);
      if (before?.state === 'done') throw new UserError('cycle.snooze.done', what(ctx, item, date));
      ctx.store.cycleNudges.snooze(
        item.id,
        date,
        until.toISOString(),
        ctx.person.id,
        ctx.now.toISOString(),
      );
    });
    return message(
      {
        kind: 'text',
        text: ctx.t('cycle.snooze.set', {
          ...what(ctx, item, date),
          until: formatDateTime(until, ctx.locale, timeZone),
        }),
      },
      {
        kind: 'actions',
        buttons: [
          {
            label: ctx.t('cycle.button.done'),
            command: 'cycle.done',
            args: { item: item.id, date },
          },
        ],
      },
    );
  },
});
