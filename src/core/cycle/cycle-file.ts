import { z } from 'zod';
import { type Role, roles } from '../roles/role.js';
import { daysInMonth, type IsoDate, isIsoDate } from '../time/calendar-date.js';
import { type CronSchedule, parseCron } from './cron-schedule.js';
import type { CycleProblemCode } from './cycle-problem.js';

/**
 * The annual cycle as coordinators write it in `data/` (and as chat edits store an item):
 *
 * ```json
 * { "version": 1, "timeZone": "Europe/Stockholm", "nudgeTime": "09:00",
 *   "items": [{ "id": "tillvaxtverket", "title": { "sv": "…", "en": "…" },
 *               "owner": { "role": "coordinator" }, "rule": { "yearly": "01-31" },
 *               "leadDays": [21, 7, 0] }] }
 * ```
 *
 * Errors are zod issues whose `params.code` is a `CycleProblemCode`, so `loadCycle` can turn
 * each into a problem naming the item and the field.
 */

export type LocalText = { sv: string; en: string };

/** Who is nudged: everyone holding a role, one person, or a channel connected later by name. */
export type CycleOwner =
  | { kind: 'role'; role: Role }
  | { kind: 'email'; email: string }
  | { kind: 'channel'; channel: string };

/**
 * When an item falls, before any working-day move. `MM-DD` and `YYYY-MM-DD` are calendar
 * days in the cycle's time zone.
 */
export type CycleRule =
  /** Every year on each of these days (`MM-DD`); two days make a half-yearly item. */
  | { kind: 'yearly'; dates: readonly string[] }
  /** Every `weeks` weeks counted from `from` (the first occurrence), never before it. */
  | { kind: 'everyWeeks'; weeks: number; from: IsoDate }
  /** In the 1st, 2nd or 3rd month of each quarter, on a day or the last day. */
  | { kind: 'quarterly'; monthOfQuarter: 1 | 2 | 3; day: number | 'last' }
  /** The days a five-field cron expression fires on, at its one time of day. */
  | { kind: 'cron'; expression: string; schedule: CronSchedule }
  /** Offset from each occurrence of another item (its moved date) or of a forum. */
  | {
      kind: 'relative';
      base: { kind: 'item'; id: string } | { kind: 'forum'; slug: string };
      offsetDays: number;
    }
  /** A single day, for a one-off milestone. */
  | { kind: 'once'; date: IsoDate };

/**
 * Where a date that falls on a weekend, public holiday or closed eve goes: to the working day
 * before (the default: a deadline is met early), after, nowhere (`none`: it stays), or away
 * (`skip`: a meeting on Kristi himmelsfärd is simply not held).
 */
export const moves = ['before', 'after', 'none', 'skip'] as const;
export type Move = (typeof moves)[number];

export interface CycleItem {
  /** A slug, unique in the cycle; nudge keys and relative rules use it. */
  id: string;
  title: LocalText;
  description?: LocalText;
  owner: CycleOwner;
  rule: CycleRule;
  /** Days before each occurrence to nudge, largest first; 0 is the day itself. */
  leadDays: readonly number[];
  move: Move;
  /** Months (1–12) with no occurrences, by their moved date: `[7]` for summer leave. */
  skipMonths: readonly number[];
  /** Local `HH:MM` for this item's nudges; otherwise the cron time, otherwise the file's. */
  time?: string;
  /** A paused item has no occurrences, and neither have the items relative to it. */
  paused: boolean;
}

type Ctx = z.RefinementCtx;

function problem(
  ctx: Ctx,
  code: CycleProblemCode,
  params: Record<string, string | number> = {},
  path: PropertyKey[] = [],
) {
  ctx.addIssue({ code: 'custom', message: code, params: { ...params, code }, path });
}

function formatted(format: string, pattern: RegExp, more?: (value: string, ctx: Ctx) => void) {
  return z.string().superRefine((value, ctx) => {
    if (!pattern.test(value)) problem(ctx, 'invalid_format', { format });
    else more?.(value, ctx);
  });
}

const slug = formatted('slug', /^[a-z0-9]+(-[a-z0-9]+)*$/, (value, ctx) => {
  if (value.length > 60) problem(ctx, 'too_big', { maximum: 60, origin: 'string' });
});

const localTime = formatted('HH:MM', /^([01]\d|2[0-3]):[0-5]\d$/);

const isoDate = formatted('YYYY-MM-DD', /^\d{4}-\d{2}-\d{2}$/, (value, ctx) => {
  if (!isIsoDate(value)) problem(ctx, 'no_such_date', { value });
});

const monthDay = formatted('MM-DD', /^\d{2}-\d{2}$/, (value, ctx) => {
  const month = Number(value.slice(0, 2));
  const day = Number(value.slice(3));
  if (value === '02-29') problem(ctx, 'not_every_year', { value });
  else if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2027, month)) {
    problem(ctx, 'no_such_date', { value });
  }
});

const text = (max: number) =>
  z
    .union([
      z.string().trim().min(1).max(max),
      z.strictObject({
        sv: z.string().trim().min(1).max(max),
        en: z.string().trim().min(1).max(max),
      }),
    ])
    .transform(
      (value): LocalText => (typeof value === 'string' ? { sv: value, en: value } : value),
    );

const owner = z
  .strictObject({
    role: z.enum(roles).optional(),
    email: z.email().optional(),
    channel: z.string().trim().min(1).max(80).optional(),
  })
  .superRefine((value, ctx) => {
    if (Object.values(value).filter((v) => v !== undefined).length !== 1) {
      problem(ctx, 'exactly_one', { allowed: 'role, email, channel' });
    }
  })
  .transform((value): CycleOwner => {
    if (value.role) return { kind: 'role', role: value.role };
    if (value.email) return { kind: 'email', email: value.email };
    return { kind: 'channel', channel: value.channel as string };
  });

/** The smallest month length among the quarter's months at that position (Feb, Apr, Jun…). */
const quarterMonthDays = { 1: 30, 2: 28, 3: 30 } as const;

const quarterly = z
  .strictObject({
    monthOfQuarter: z.literal([1, 2, 3]),
    day: z.union([z.int().min(1).max(31), z.literal('last')]),
  })
  .superRefine(({ monthOfQuarter, day }, ctx) => {
    const max = quarterMonthDays[monthOfQuarter];
    if (day !== 'last' && day > max) problem(ctx, 'not_every_quarter', { day, max }, ['day']);
  });

const cron = z.string().superRefine((value, ctx) => {
  const parsed = parseCron(value);
  if ('error' in parsed) problem(ctx, parsed.error.code, parsed.error.params);
});

const ruleKinds = ['yearly', 'everyWeeks', 'quarterly', 'cron', 'relativeTo', 'once'] as const;

/** Which fields go with which kind of rule, besides the kind's own key. */
const ruleExtras: Record<string, (typeof ruleKinds)[number]> = {
  from: 'everyWeeks',
  offsetDays: 'relativeTo',
  offsetWeeks: 'relativeTo',
};

export const cycleRuleSchema = z
  .strictObject({
    yearly: z.union([monthDay, z.array(monthDay).min(1).max(12)]).optional(),
    everyWeeks: z.int().min(1).max(52).optional(),
    from: isoDate.optional(),
    quarterly: quarterly.optional(),
    cron: cron.optional(),
    relativeTo: z
      .strictObject({ item: slug.optional(), forum: slug.optional() })
      .superRefine((value, ctx) => {
        if ((value.item === undefined) === (value.forum === undefined)) {
          problem(ctx, 'exactly_one', { allowed: 'item, forum' });
        }
      })
      .optional(),
    offsetDays: z.int().min(-366).max(366).optional(),
    offsetWeeks: z.int().min(-52).max(52).optional(),
    once: isoDate.optional(),
  })
  .superRefine((rule, ctx) => {
    const present = ruleKinds.filter((kind) => rule[kind] !== undefined);
    if (present.length === 0)
      return problem(ctx, 'rule_missing', { allowed: ruleKinds.join(', ') });
    if (present.length > 1) return problem(ctx, 'rule_ambiguous', { kinds: present.join(', ') });
    const kind = present[0] as (typeof ruleKinds)[number];
    for (const [field, owner] of Object.entries(ruleExtras)) {
      if (owner !== kind && rule[field as keyof typeof rule] !== undefined) {
        problem(ctx, 'not_for_rule', { rule: kind }, [field]);
      }
    }
    if (kind === 'everyWeeks' && rule.from === undefined) problem(ctx, 'required', {}, ['from']);
  })
  .transform((rule): CycleRule => {
    if (rule.yearly !== undefined) {
      const dates = typeof rule.yearly === 'string' ? [rule.yearly] : [...new Set(rule.yearly)];
      return { kind: 'yearly', dates: dates.sort() };
    }
    if (rule.everyWeeks !== undefined) {
      return { kind: 'everyWeeks', weeks: rule.everyWeeks, from: rule.from as IsoDate };
    }
    if (rule.quarterly) return { kind: 'quarterly', ...rule.quarterly };
    if (rule.cron !== undefined) {
      const parsed = parseCron(rule.cron) as { schedule: CronSchedule };
      return { kind: 'cron', expression: rule.cron.trim(), schedule: parsed.schedule };
    }
    if (rule.relativeTo) {
      const { item, forum } = rule.relativeTo;
      return {
        kind: 'relative',
        base:
          item !== undefined
            ? { kind: 'item', id: item }
            : { kind: 'forum', slug: forum as string },
        offsetDays: (rule.offsetWeeks ?? 0) * 7 + (rule.offsetDays ?? 0),
      };
    }
    return { kind: 'once', date: rule.once as IsoDate };
  });

export const cycleItemSchema = z
  .strictObject({
    id: slug,
    title: text(150),
    description: text(2000).optional(),
    owner,
    rule: cycleRuleSchema,
    leadDays: z
      .array(z.int().min(0).max(366))
      .max(10)
      .default([14, 3, 0])
      .superRefine((leads, ctx) => {
        leads.forEach((lead, i) => {
          if (leads.indexOf(lead) !== i) problem(ctx, 'duplicate_value', { value: lead }, [i]);
        });
      }),
    move: z.enum(moves).default('before'),
    skipMonths: z.array(z.int().min(1).max(12)).max(11).default([]),
    time: localTime.optional(),
    paused: z.boolean().default(false),
  })
  .transform(
    (item): CycleItem => ({
      ...item,
      leadDays: [...item.leadDays].sort((a, b) => b - a),
    }),
  );

/** An item as written in the file or stored by a chat edit. */
export type CycleItemInput = z.input<typeof cycleItemSchema>;

export const defaultTimeZone = 'Europe/Stockholm';

/**
 * The file around the items. Items are `unknown` here: `loadCycle` validates each on its
 * own, so one bad item does not take the others down.
 */
export const cycleFileSchema = z.strictObject({
  version: z.literal(1),
  timeZone: z
    .string()
    .default(defaultTimeZone)
    .superRefine((value, ctx) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: value });
      } catch {
        problem(ctx, 'unknown_time_zone', { value });
      }
    }),
  /** Local `HH:MM` at which nudges are posted, unless an item says otherwise. */
  nudgeTime: localTime.default('09:00'),
  /**
   * `working` (the default): a nudge whose day is a weekend, holiday or closed eve comes on
   * the working day before, so nobody is nudged on a Sunday. `all`: nudges keep their day.
   */
  nudgeDays: z.enum(['working', 'all']).default('working'),
  items: z.array(z.unknown()),
});

export type CycleFile = Omit<z.input<typeof cycleFileSchema>, 'items'> & {
  items: CycleItemInput[];
};

/** A loaded cycle: the file's settings and the items that passed every check. */
export interface Cycle {
  timeZone: string;
  nudgeTime: string;
  nudgeDays: 'working' | 'all';
  items: readonly CycleItem[];
}
