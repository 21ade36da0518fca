import { z } from 'zod';
import { type Block, message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { addDays } from '../time/calendar-date.js';
import { localDateOf } from '../time/zoned-date.js';
import { formatDay } from './cycle-dates.js';
import type { CycleItem } from './cycle-file.js';
import { findItem, itemArg } from './find-item.js';
import { occurrencesBetween } from './occurrences.js';
import { itemKeyPrefix } from './outbox-keys.js';
import { ownerText } from './owner-text.js';
import { problemText } from './problem-text.js';
import { listText, ruleText, timingText } from './rule-text.js';
import { forumDates, type StoredCycle, storedCycle } from './stored-cycle.js';

/** Two blocks an item, 50 blocks a Slack message: 20 items a page leaves room for the rest. */
const pageSize = 20;

/** The title an item goes by in lists: its own, in the person's language, or its id. */
function titleOf(ctx: CommandContext, definition: unknown, id: string): string {
  const title = (definition as { title?: unknown } | null)?.title;
  if (typeof title === 'string') return title;
  if (title && typeof title === 'object') {
    const text = (title as Record<string, unknown>)[ctx.locale];
    if (typeof text === 'string') return text;
  }
  return id;
}

/** The next day an item falls on, within a year, for the list and the saved message. */
export function nextDate(ctx: CommandContext, cycle: StoredCycle, id: string): string | undefined {
  const today = localDateOf(ctx.now, cycle.cycle.timeZone);
  return occurrencesBetween(cycle.cycle.items, today, addDays(today, 366), {
    forums: forumDates(ctx.store, cycle.cycle.timeZone),
  }).find((o) => o.itemId === id)?.date;
}

/** Items that count from this one ("3 weeks before …"): they follow it when it pauses or goes. */
export function dependentsOf(ctx: CommandContext, id: string): string[] {
  return ctx.store.cycle
    .items()
    .filter((s) => {
      const rule = (s.definition as { rule?: { relativeTo?: { item?: unknown } } } | null)?.rule;
      return rule?.relativeTo?.item === id;
    })
    .map((s) => s.id);
}

function itemLines(ctx: CommandContext, cycle: StoredCycle, item: CycleItem): string[] {
  const { t, locale } = ctx;
  const title = (id: string) => cycle.byId.get(id)?.title[locale];
  const next = nextDate(ctx, cycle, item.id);
  return [
    `*${item.title[locale]}* (${item.id})${item.paused ? ` · ${t('cycle.items.paused')}` : ''}`,
    `${ruleText(t, locale, item.rule, title)} · ${ownerText(t, ctx.store, item.owner, ctx.store.cycle.channels())}`,
    timingText(t, locale, item),
    next ? t('cycle.items.next', { date: formatDay(next, locale) }) : t('cycle.items.noNext'),
  ];
}

/** Every item, with buttons to change, pause or resume, and remove it; 20 a page. */
export const listItemsCommand = defineCommand({
  id: 'cycle.items',
  args: z.object({ page: z.coerce.number().int().min(0).max(1000).default(0) }),
  run(ctx, { page }) {
    const { t } = ctx;
    const cycle = storedCycle(ctx.store);
    const stored = ctx.store.cycle.items();
    const pages = Math.max(1, Math.ceil(stored.length / pageSize));
    const current = Math.min(page, pages - 1);
    const blocks: Block[] = [
      {
        kind: 'heading',
        text: t('cycle.items.title', { page: current + 1, pages, count: stored.length }),
      },
    ];
    if (stored.length === 0) blocks.push({ kind: 'text', text: t('cycle.items.none') });
    for (const entry of stored.slice(current * pageSize, (current + 1) * pageSize)) {
      const item = cycle.byId.get(entry.id);
      const problems = cycle.problems.filter((p) => p.itemId === entry.id);
      const lines = item
        ? itemLines(ctx, cycle, item)
        : [
            `*${titleOf(ctx, entry.definition, entry.id)}* (${entry.id}) · ${t('cycle.items.broken')}`,
            ...problems.map((p) => `• ${p.field}: ${problemText(t, p)}`),
          ];
      blocks.push({ kind: 'text', text: lines.join('\n') });
      const args = { item: entry.id };
      blocks.push({
        kind: 'actions',
        buttons: [
          { label: t('cycle.button.edit'), command: 'cycle.item.edit', args },
          ...(item
            ? [
                item.paused
                  ? { label: t('cycle.button.resume'), command: 'cycle.item.resume', args }
                  : { label: t('cycle.button.pause'), command: 'cycle.item.pause', args },
              ]
            : []),
          {
            label: t('cycle.button.remove'),
            command: 'cycle.item.remove',
            args,
            style: 'danger' as const,
          },
        ],
      });
    }
    const nav = [
      ...(current > 0
        ? [
            {
              label: t('cycle.button.previous'),
              command: 'cycle.items',
              args: { page: String(current - 1) },
            },
          ]
        : []),
      ...(current < pages - 1
        ? [
            {
              label: t('cycle.button.next'),
              command: 'cycle.items',
              args: { page: String(current + 1) },
            },
          ]
        : []),
      { label: t('cycle.button.newItem'), command: 'cycle.item.new', style: 'primary' as const },
      { label: t('cycle.button.show'), command: 'cycle.show' },
    ];
    blocks.push({ kind: 'actions', buttons: nav });
    return message(...blocks);
  },
});

function setPaused(ctx: CommandContext, id: string, paused: boolean) {
  const { stored, item } = findItem(ctx, id);
  if (!item) throw new UserError('cycle.error.itemHasProblems', { item: id.slice(0, 80) });
  const title = item.title[ctx.locale];
  if (item.paused === paused) {
    return message({
      kind: 'text',
      text: ctx.t(paused ? 'cycle.pause.already' : 'cycle.resume.already', { item: title }),
    });
  }
  const dependents = dependentsOf(ctx, id);
  ctx.store.transaction(() => {
    const definition = { ...(stored.definition as object), paused };
    ctx.store.cycle.saveItem({ ...stored, definition }, ctx.person.id, ctx.now.toISOString());
    // Nudges queued but not sent yet are taken back; resuming starts from the next one.
    if (paused) ctx.store.outbox.withdraw(itemKeyPrefix(id));
  });
  const blocks: Block[] = [
    {
      kind: 'text',
      text: ctx.t(paused ? 'cycle.pause.done' : 'cycle.resume.done', { item: title }),
    },
  ];
  if (dependents.length > 0) {
    blocks.push({
      kind: 'text',
      text: ctx.t(paused ? 'cycle.pause.dependents' : 'cycle.resume.dependents', {
        items: listText(ctx.t, dependents),
      }),
      muted: true,
    });
  }
  blocks.push({
    kind: 'actions',
    buttons: [
      paused
        ? { label: ctx.t('cycle.button.resume'), command: 'cycle.item.resume', args: { item: id } }
        : { label: ctx.t('cycle.button.pause'), command: 'cycle.item.pause', args: { item: id } },
      { label: ctx.t('cycle.button.items'), command: 'cycle.items' },
    ],
  });
  return message(...blocks);
}

/** A paused item has no occurrences and sends no nudges, nor do the items counted from it. */
export const pauseItemCommand = defineCommand({
  id: 'cycle.item.pause',
  args: z.object({ item: itemArg }),
  run: (ctx, { item }) => setPaused(ctx, item, true),
});

export const resumeItemCommand = defineCommand({
  id: 'cycle.item.resume',
  args: z.object({ item: itemArg }),
  run: (ctx, { item }) => setPaused(ctx, item, false),
});

/** Asks first: removing takes back the nudges not yet sent. */
export const removeItemCommand = defineCommand({
  id: 'cycle.item.remove',
  args: z.object({ item: itemArg }),
  run(ctx, args) {
    const { stored } = findItem(ctx, args.item);
    const title = titleOf(ctx, stored.definition, stored.id);
    return message(
      { kind: 'text', text: ctx.t('cycle.remove.confirm', { item: title }) },
      {
        kind: 'actions',
        buttons: [
          {
            label: ctx.t('cycle.button.removeConfirm'),
            command: 'cycle.item.remove.confirm',
            args: { item: stored.id },
            style: 'danger',
          },
          { label: ctx.t('cycle.button.keep'), command: 'cycle.items' },
        ],
      },
    );
  },
});

/**
 * Removes an item. One that others count from stays until those are changed or removed, so
 * the cycle never holds an item relative to one that is gone.
 */
export const confirmRemoveItemCommand = defineCommand({
  id: 'cycle.item.remove.confirm',
  args: z.object({ item: itemArg }),
  run(ctx, args) {
    const { stored } = findItem(ctx, args.item);
    const title = titleOf(ctx, stored.definition, stored.id);
    const dependents = dependentsOf(ctx, stored.id).filter((id) => id !== stored.id);
    if (dependents.length > 0) {
      throw new UserError('cycle.remove.hasDependents', {
        item: title,
        items: listText(ctx.t, dependents),
      });
    }
    ctx.store.transaction(() => {
      ctx.store.cycle.removeItem(stored.id);
      ctx.store.outbox.withdraw(itemKeyPrefix(stored.id));
    });
    return message(
      { kind: 'text', text: ctx.t('cycle.remove.done', { item: title }) },
      {
        kind: 'actions',
        buttons: [{ label: ctx.t('cycle.button.items'), command: 'cycle.items' }],
      },
    );
  },
});
