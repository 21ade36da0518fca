import type { OccurrenceState } from '../../store/cycle-nudge-repository.js';
import type { Block, Button, Reply } from '../chat.js';
import { message } from '../chat.js';
import type { CommandContext } from '../command.js';
import { hasRole } from '../roles/role.js';
import { addDays } from '../time/calendar-date.js';
import { localDateOf } from '../time/zoned-date.js';
import { formatDay, formatMonth, formatShortDay } from './cycle-dates.js';
import type { CycleItem } from './cycle-file.js';
import { fileChanged } from './import-cycle.js';
import { type Occurrence, occurrencesBetween } from './occurrences.js';
import { ownerText } from './owner-text.js';
import { problemLine } from './problem-text.js';
import { forumDates, storedCycle } from './stored-cycle.js';

/** How far the list looks ahead, and how far back a coordinator sees what is overdue. */
export const aheadDays = 90;
export const overdueDays = 30;
/** Slack's limit for a section's text is 3,000 characters; Teams has no lower one. */
const maxBlockText = 2900;
const maxOverdueButtons = 5;

/**
 * The next 90 days of the cycle, a text block per month, for everyone; states (done, reminder
 * again on …) shown. A coordinator also sees who owns what, what is overdue, and what is
 * wrong with the cycle, with the buttons to manage it.
 */
export function showCycle(ctx: CommandContext): Reply {
  const { t, store, locale } = ctx;
  const { cycle, problems, byId, settings } = storedCycle(store);
  const coordinator = hasRole(ctx.roles, 'coordinator');
  const today = localDateOf(ctx.now, cycle.timeZone);
  const last = addDays(today, aheadDays - 1);
  const forums = forumDates(store, cycle.timeZone);
  const upcoming = occurrencesBetween(cycle.items, today, last, { forums });
  const said = new Map(
    store.cycleNudges
      .occurrencesBetween(addDays(today, -overdueDays), last)
      .map((s) => [`${s.itemId}:${s.occurrenceDate}`, s]),
  );
  const stateOf = (o: Occurrence) => said.get(`${o.itemId}:${o.date}`);
  const channels = store.cycle.channels();

  const line = (o: Occurrence, withDay: (d: string) => string) => {
    const item = byId.get(o.itemId) as CycleItem;
    const parts = [`• ${withDay(o.date)} – ${item.title[locale]}`];
    if (coordinator) parts.push(ownerText(t, store, item.owner, channels));
    const state = stateText(ctx, stateOf(o));
    if (state) parts.push(state);
    return parts.join(' · ');
  };

  const blocks: Block[] = [{ kind: 'heading', text: t('cycle.show.title', { days: aheadDays }) }];
  if (coordinator) {
    // Overdue: past occurrences not marked done, since the cycle came into the bot.
    const since = settings.importedAt
      ? localDateOf(new Date(settings.importedAt), cycle.timeZone)
      : today;
    const from = [addDays(today, -overdueDays), since].sort().at(-1) as string;
    const overdue =
      from < today
        ? occurrencesBetween(cycle.items, from, addDays(today, -1), { forums }).filter(
            (o) => stateOf(o)?.state !== 'done',
          )
        : [];
    if (overdue.length > 0) {
      blocks.push({
        kind: 'text',
        text: capped(
          t,
          t('cycle.show.overdue'),
          overdue.map((o) => line(o, (d) => formatDay(d, locale))),
        ),
      });
      const buttons: Button[] = overdue.slice(0, maxOverdueButtons).map((o) => ({
        label: t('cycle.button.doneFor', {
          item: clip((byId.get(o.itemId) as CycleItem).title[locale], 50),
        }),
        command: 'cycle.done',
        args: { item: o.itemId, date: o.date },
      }));
      blocks.push({ kind: 'actions', buttons });
    }
  }
  if (upcoming.length === 0) blocks.push({ kind: 'text', text: t('cycle.show.none') });
  for (const [month, list] of byMonth(upcoming)) {
    blocks.push({
      kind: 'text',
      text: capped(
        t,
        formatMonth(month, locale),
        list.map((o) => line(o, (d) => formatShortDay(d, locale))),
      ),
    });
  }
  if (coordinator) {
    if (problems.length > 0) {
      blocks.push({
        kind: 'text',
        text: capped(
          t,
          t('cycle.show.problems'),
          problems.map((p) => `• ${problemLine(t, p)}`),
        ),
      });
    }
    const changed = fileChanged(settings);
    if (changed) {
      blocks.push({
        kind: 'text',
        text: t('cycle.show.fileChanged', { file: changed }),
        muted: true,
      });
    }
    blocks.push({
      kind: 'actions',
      buttons: [
        { label: t('cycle.button.items'), command: 'cycle.items' },
        { label: t('cycle.button.newItem'), command: 'cycle.item.new' },
        { label: t('cycle.button.feed'), command: 'cycle.feed' },
        ...(changed ? [{ label: t('cycle.button.import'), command: 'cycle.import' }] : []),
      ],
    });
  } else {
    blocks.push({ kind: 'text', text: t('cycle.show.everyone'), muted: true });
  }
  return message(...blocks);
}

function stateText(ctx: CommandContext, state: OccurrenceState | undefined): string | undefined {
  if (!state) return undefined;
  if (state.state === 'done') return ctx.t('cycle.state.done');
  if (state.snoozedUntil && state.snoozedUntil > ctx.now.toISOString()) {
    const zone = ctx.store.cycle.settings()?.timeZone ?? ctx.timeZone;
    const day = localDateOf(new Date(state.snoozedUntil), zone);
    return ctx.t('cycle.state.snoozed', { date: formatShortDay(day, ctx.locale) });
  }
  return undefined;
}

function byMonth(occurrences: readonly Occurrence[]): Map<string, Occurrence[]> {
  const months = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const month = `${o.date.slice(0, 7)}-01`;
    months.set(month, [...(months.get(month) ?? []), o]);
  }
  return months;
}

/** A bold title and lines, cut to what a chat block holds, saying how many were left out. */
function capped(t: CommandContext['t'], title: string, lines: readonly string[]): string {
  let text = `*${title}*`;
  for (const [i, line] of lines.entries()) {
    const more = t('cycle.show.more', { n: lines.length - i });
    if (text.length + line.length + more.length + 2 > maxBlockText) return `${text}\n${more}`;
    text += `\n${line}`;
  }
  return text;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
