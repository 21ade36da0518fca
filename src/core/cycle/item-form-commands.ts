import { z } from 'zod';
import { message, type Reply } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { formatDay } from './cycle-dates.js';
import { findItem, itemArg } from './find-item.js';
import { nextDate } from './item-commands.js';
import { itemForm, itemValues, newItemValues, saveItemId } from './item-form.js';
import { loadCycleItems } from './load-cycle.js';
import { problemText } from './problem-text.js';
import { formErrors, readItemForm } from './read-item-form.js';
import { storedCycle } from './stored-cycle.js';

/** "årshjul ny": an empty form for a new item. */
export const newItemCommand = defineCommand({
  id: 'cycle.item.new',
  args: z.object({}),
  run: (ctx) => ({ kind: 'form', form: itemForm(ctx, undefined, newItemValues()) }),
});

/** "årshjul ändra <id>": the form filled in from the stored item, problems and all. */
export const editItemCommand = defineCommand({
  id: 'cycle.item.edit',
  args: z.object({ item: itemArg }),
  run(ctx, args) {
    const { stored, problems } = findItem(ctx, args.item);
    const values = itemValues(ctx, stored.definition);
    const form = itemForm(ctx, stored.id, values);
    // Open a broken item with its problems shown where they are, so it can be put right.
    if (problems.length > 0) {
      const errors = formErrors(ctx.t, problems, String(values.rule ?? ''));
      return { kind: 'form', form: { ...form, errors } };
    }
    return { kind: 'form', form };
  },
});

/** Form values arrive as strings or booleans; the bound only refuses absurd payloads. */
const submission = z
  .object({ item: itemArg.optional() })
  .catchall(z.union([z.string().max(20_000), z.boolean()]));

function refused(
  ctx: CommandContext,
  id: string | undefined,
  values: Record<string, string | boolean>,
  errors: Record<string, string>,
): Reply {
  return { kind: 'form', form: itemForm(ctx, id, values, errors), outcome: 'refused' };
}

/**
 * Saves a new item or the changes to one. The item is checked alone (every field, the rule)
 * and then with the whole cycle (what it is relative to exists and leads nowhere in a
 * circle), each problem named on its field; nothing is stored until all are put right.
 */
export const saveItemCommand = defineCommand({
  id: saveItemId,
  args: submission,
  run(ctx, raw) {
    const { item: editing, ...values } = raw;
    const existing = editing ? findItem(ctx, editing).stored : undefined;
    const id = existing?.id ?? (typeof values.id === 'string' ? values.id.trim() : '');
    const paused = (existing?.definition as { paused?: unknown } | undefined)?.paused === true;
    const read = readItemForm(ctx.t, values, id, paused);
    if (read.errors) return refused(ctx, existing?.id, values, read.errors);
    if (!existing && ctx.store.cycle.item(id)) {
      return refused(ctx, undefined, values, { id: ctx.t('cycle.form.idTaken', { item: id }) });
    }
    // The whole cycle with this item in it: relative rules are checked across items.
    const others = ctx.store.cycle.items().filter((s) => s.id !== id);
    const whole = loadCycleItems([...others.map((s) => s.definition), read.definition]);
    const mine = whole.problems.filter((p) => p.itemId === id);
    if (mine.length > 0) {
      const relativeTo = mine.map((p) => problemText(ctx.t, p)).join(' ');
      return refused(ctx, existing?.id, values, { relativeTo });
    }
    ctx.store.transaction(() =>
      ctx.store.cycle.saveItem(
        { id, definition: read.definition, origin: existing?.origin ?? 'chat' },
        ctx.person.id,
        ctx.now.toISOString(),
      ),
    );
    const cycle = storedCycle(ctx.store);
    const item = cycle.byId.get(id);
    const next = nextDate(ctx, cycle, id);
    const title = item?.title[ctx.locale] ?? id;
    return message(
      {
        kind: 'text',
        text: ctx.t(existing ? 'cycle.form.saved' : 'cycle.form.added', { item: title }),
      },
      {
        kind: 'text',
        text: next
          ? ctx.t('cycle.items.next', { date: formatDay(next, ctx.locale) })
          : ctx.t('cycle.items.noNext'),
        muted: true,
      },
      {
        kind: 'actions',
        buttons: [
          { label: ctx.t('cycle.button.edit'), command: 'cycle.item.edit', args: { item: id } },
          { label: ctx.t('cycle.button.items'), command: 'cycle.items' },
          { label: ctx.t('cycle.button.show'), command: 'cycle.show' },
        ],
      },
    );
  },
});
