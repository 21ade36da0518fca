import type { Form, FormValue, Input } from '../chat.js';
import type { CommandContext } from '../command.js';
import type { MessageKey } from '../i18n/translate.js';
import { isIsoDate } from '../time/calendar-date.js';
import { localDateOf } from '../time/zoned-date.js';
import { moves } from './cycle-file.js';

export const saveItemId = 'cycle.item.save';

export const ownerChoices = ['coordinator', 'facilitator', 'admin', 'email', 'channel'] as const;
export const ruleChoices = [
  'yearly',
  'quarterly',
  'everyWeeks',
  'relative',
  'cron',
  'once',
] as const;

/** Slack's select holds 100 options. */
const maxOptions = 100;

type Values = Record<string, FormValue>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const record = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
const numbers = (value: unknown): string =>
  Array.isArray(value)
    ? value.map(String).join(', ')
    : typeof value === 'number'
      ? String(value)
      : '';

/** A localised text as written: one string for both languages, or `{ sv, en }`. */
function local(value: unknown): { sv: string; en: string } {
  if (typeof value === 'string') return { sv: value, en: '' };
  const both = record(value);
  return { sv: text(both.sv), en: text(both.en) === text(both.sv) ? '' : text(both.en) };
}

/**
 * A stored item as the form shows it. The definition may be one with problems (that is why
 * someone opens it), so every field is read defensively and a wrong one shows as it is.
 */
export function itemValues(ctx: CommandContext, definition: unknown): Values {
  const item = record(definition);
  const owner = record(item.owner);
  const rule = record(item.rule);
  const title = local(item.title);
  const description = local(item.description);
  const year = localDateOf(ctx.now, ctx.timeZone).slice(0, 4);
  const values: Values = {
    id: text(item.id),
    titleSv: title.sv,
    titleEn: title.en,
    descriptionSv: description.sv,
    descriptionEn: description.en,
    owner: owner.role ? text(owner.role) : owner.email ? 'email' : owner.channel ? 'channel' : '',
    ownerValue: text(owner.email) || text(owner.channel),
    leadDays: numbers(item.leadDays ?? [14, 3, 0]),
    move: text(item.move) || 'before',
    skipMonths: numbers(item.skipMonths),
    time: text(item.time),
  };
  // A date picker cannot hold a day that does not exist (30 February): it starts empty, and
  // the problem beside it says what was written.
  const day = (value: string) => (isIsoDate(value) ? value : '');
  if (rule.yearly !== undefined) {
    const [first = '', ...more] = Array.isArray(rule.yearly)
      ? rule.yearly.map(text)
      : [text(rule.yearly)];
    Object.assign(values, {
      rule: 'yearly',
      date: day(`${year}-${first}`),
      moreDates: more.join(', '),
    });
  } else if (rule.quarterly !== undefined) {
    const q = record(rule.quarterly);
    const day = q.day === 'last' ? ctx.t('cycle.form.last') : String(q.day ?? '');
    Object.assign(values, {
      rule: 'quarterly',
      quarterMonth: String(q.monthOfQuarter ?? ''),
      quarterDay: day,
    });
  } else if (rule.everyWeeks !== undefined) {
    Object.assign(values, {
      rule: 'everyWeeks',
      weeks: String(rule.everyWeeks),
      date: day(text(rule.from)),
    });
  } else if (rule.relativeTo !== undefined) {
    const base = record(rule.relativeTo);
    const offset = Number(rule.offsetWeeks ?? 0) * 7 + Number(rule.offsetDays ?? 0);
    Object.assign(values, {
      rule: 'relative',
      relativeTo: base.item
        ? `item:${text(base.item)}`
        : base.forum
          ? `forum:${text(base.forum)}`
          : '',
      offsetDays: Number.isFinite(offset) ? String(offset) : '',
    });
  } else if (rule.cron !== undefined) {
    Object.assign(values, { rule: 'cron', cron: text(rule.cron) });
  } else if (rule.once !== undefined) {
    Object.assign(values, { rule: 'once', date: day(text(rule.once)) });
  }
  return values;
}

/** A new item: owned by the coordinators, yearly, nudged two weeks, three days and on the day. */
export function newItemValues(): Values {
  return { owner: 'coordinator', rule: 'yearly', leadDays: '14, 3, 0', move: 'before' };
}

/** What an item may be relative to: the other items, and each series of forums (by slug). */
function relativeOptions(
  ctx: CommandContext,
  id: string | undefined,
  current: FormValue | undefined,
) {
  const items = ctx.store.cycle
    .items()
    .filter((s) => s.id !== id)
    .map((s) => {
      const title = local(record(s.definition).title);
      const name = (ctx.locale === 'en' && title.en) || title.sv || s.id;
      return { value: `item:${s.id}`, label: name.slice(0, 70) };
    });
  const series = new Set(ctx.store.forums.list().map((f) => f.slug.replace(/-\d{4}$/, '')));
  series.add('framtidsforum');
  const forums = [...series].map((slug) => ({
    value: `forum:${slug}`,
    label: ctx.t('cycle.rule.forum', { forum: slug }),
  }));
  const options = [...items, ...forums].slice(0, maxOptions);
  // A value the list no longer offers (a removed item) stays selectable, to show the error.
  if (typeof current === 'string' && current && !options.some((o) => o.value === current)) {
    options.unshift({ value: current, label: current.replace(/^\w+:/, '') });
  }
  return options.slice(0, maxOptions);
}

/**
 * The coordinators' item form, for a new item (`id` undefined) or for changing one. One form
 * for every kind of rule: the rule is a choice, and each field says which rules use it.
 */
export function itemForm(
  ctx: CommandContext,
  id: string | undefined,
  values: Values,
  errors?: Record<string, string>,
): Form {
  const { t } = ctx;
  const label = (name: string) => t(`cycle.field.${name}` as MessageKey);
  const hint = (name: string) => t(`cycle.hint.${name}` as MessageKey);
  const textInput = (
    name: string,
    maxLength: number,
    required = false,
    multiline = false,
  ): Input => ({
    kind: 'text',
    name,
    label: label(name),
    required,
    maxLength,
    ...(multiline ? { multiline } : {}),
    ...(hasHint.has(name) ? { hint: hint(name) } : {}),
  });
  const choice = (
    name: string,
    options: { value: string; label: string }[],
    required = true,
  ): Input => ({
    kind: 'choice',
    name,
    label: label(name),
    required,
    options,
  });
  const inputs: Input[] = [
    ...(id === undefined ? [textInput('id', 60, true)] : []),
    textInput('titleSv', 150, true),
    textInput('titleEn', 150),
    textInput('descriptionSv', 2000, false, true),
    textInput('descriptionEn', 2000, false, true),
    choice(
      'owner',
      ownerChoices.map((o) => ({ value: o, label: t(`cycle.ownerChoice.${o}`) })),
    ),
    textInput('ownerValue', 254),
    choice(
      'rule',
      ruleChoices.map((r) => ({ value: r, label: t(`cycle.ruleChoice.${r}`) })),
    ),
    { kind: 'date', name: 'date', label: label('date'), required: false },
    textInput('moreDates', 200),
    textInput('weeks', 3),
    choice(
      'quarterMonth',
      ['1', '2', '3'].map((m) => ({
        value: m,
        label: t(`cycle.quarterMonth.${m as '1' | '2' | '3'}`),
      })),
      false,
    ),
    textInput('quarterDay', 10),
    choice('relativeTo', relativeOptions(ctx, id, values.relativeTo), false),
    textInput('offsetDays', 5),
    textInput('cron', 100),
    textInput('leadDays', 60),
    choice(
      'move',
      moves.map((m) => ({ value: m, label: t(`cycle.moveChoice.${m}`) })),
    ),
    textInput('skipMonths', 40),
    { kind: 'time', name: 'time', label: label('time'), required: false },
  ];
  const shown = Object.fromEntries(
    inputs.filter((i) => i.name in values).map((i) => [i.name, values[i.name] as FormValue]),
  );
  return {
    title: t(id === undefined ? 'cycle.form.newTitle' : 'cycle.form.editTitle'),
    intro: id === undefined ? t('cycle.form.newIntro') : t('cycle.form.editIntro', { item: id }),
    submitLabel: t('cycle.form.submit'),
    submitCommand: saveItemId,
    args: id === undefined ? {} : { item: id },
    inputs,
    values: shown,
    ...(errors ? { errors } : {}),
  };
}

const hasHint = new Set([
  'id',
  'titleEn',
  'ownerValue',
  'moreDates',
  'weeks',
  'quarterDay',
  'offsetDays',
  'cron',
  'leadDays',
  'skipMonths',
]);
