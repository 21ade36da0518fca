import type { FormValue } from '../chat.js';
import type { Translate } from '../i18n/translate.js';
import type { CycleProblem } from './cycle-problem.js';
import { parseCycleItem } from './load-cycle.js';
import { problemText } from './problem-text.js';

type Values = Record<string, FormValue>;

export type ReadItem =
  | { definition: Record<string, unknown>; errors?: undefined }
  | { definition?: undefined; errors: Record<string, string> };

const str = (values: Values, name: string): string => {
  const value = values[name];
  return typeof value === 'string' ? value.trim() : '';
};

const list = (value: string) => value.split(/[\s,;]+/).filter(Boolean);

/** A whole number, or undefined for something else. */
function whole(value: string): number | undefined {
  return /^[-−]?\d+$/.test(value) ? Number(value.replace('−', '-')) : undefined;
}

/**
 * Turns the form's answers into an item as the file would have it, then checks it with the
 * same rules as the file, so a chat edit and the file can never disagree. Each problem goes
 * back to the field it is about, in the person's language. `paused` keeps the item's state.
 */
export function readItemForm(t: Translate, values: Values, id: string, paused: boolean): ReadItem {
  const errors: Record<string, string> = {};
  const need = (name: string) => {
    const value = str(values, name);
    if (!value) errors[name] = t('field.required');
    return value;
  };
  const number = (name: string, required: boolean) => {
    const value = str(values, name);
    if (!value) {
      if (required) errors[name] = t('field.required');
      return undefined;
    }
    const n = whole(value);
    if (n === undefined) errors[name] = t('cycle.form.notNumber');
    return n;
  };
  const numbers = (name: string) => {
    const parts = list(str(values, name));
    const read = parts.map(whole);
    if (read.some((n) => n === undefined)) errors[name] = t('cycle.form.notNumbers');
    return parts.length > 0 ? (read as number[]) : undefined;
  };

  if (!id) errors.id = t('field.required');
  const titleSv = need('titleSv');
  const titleEn = str(values, 'titleEn');
  const descriptionSv = str(values, 'descriptionSv');
  const descriptionEn = str(values, 'descriptionEn');

  const ownerKind = need('owner');
  const ownerValue = str(values, 'ownerValue').replace(/^#/, '');
  let owner: Record<string, string> = {};
  if (ownerKind === 'email' || ownerKind === 'channel') {
    if (!ownerValue) errors.ownerValue = t('cycle.form.ownerValueNeeded');
    owner = { [ownerKind]: ownerKind === 'email' ? ownerValue.toLowerCase() : ownerValue };
  } else if (ownerKind) owner = { role: ownerKind };

  const ruleKind = need('rule');
  let rule: Record<string, unknown> = {};
  switch (ruleKind) {
    case 'yearly': {
      const date = need('date');
      const more = list(str(values, 'moreDates'));
      const days = [date.slice(5), ...more];
      rule = { yearly: days.length === 1 ? days[0] : days };
      break;
    }
    case 'quarterly': {
      const month = need('quarterMonth');
      const dayText = need('quarterDay').toLowerCase();
      const day = ['sista', 'last', t('cycle.form.last').toLowerCase()].includes(dayText)
        ? 'last'
        : whole(dayText);
      if (dayText && day === undefined) errors.quarterDay = t('cycle.form.quarterDay');
      rule = { quarterly: { monthOfQuarter: Number(month), day } };
      break;
    }
    case 'everyWeeks':
      rule = { everyWeeks: number('weeks', true), from: need('date') };
      break;
    case 'relative': {
      const base = need('relativeTo');
      const [kind, ...rest] = base.split(':');
      const name = rest.join(':');
      rule = {
        relativeTo: kind === 'forum' ? { forum: name } : { item: name },
        offsetDays: number('offsetDays', false) ?? 0,
      };
      break;
    }
    case 'cron':
      rule = { cron: need('cron') };
      break;
    case 'once':
      rule = { once: need('date') };
      break;
    default:
      if (ruleKind) errors.rule = t('error.invalidInput');
  }

  const leadDays = numbers('leadDays');
  const skipMonths = numbers('skipMonths');
  const time = str(values, 'time');
  const move = str(values, 'move');
  if (Object.keys(errors).length > 0) return { errors };

  const definition: Record<string, unknown> = {
    id,
    title: titleEn && titleEn !== titleSv ? { sv: titleSv, en: titleEn } : titleSv,
    ...(descriptionSv || descriptionEn
      ? {
          description: {
            sv: descriptionSv || descriptionEn,
            en: descriptionEn || descriptionSv,
          },
        }
      : {}),
    owner,
    rule,
    ...(leadDays ? { leadDays } : {}),
    ...(move ? { move } : {}),
    ...(skipMonths ? { skipMonths } : {}),
    ...(time ? { time } : {}),
    ...(paused ? { paused } : {}),
  };
  const parsed = parseCycleItem(definition);
  if (parsed.item) return { definition };
  return { errors: formErrors(t, parsed.problems, ruleKind) };
}

/** Problems by the form field they are about; several on one field are joined. */
export function formErrors(
  t: Translate,
  problems: readonly CycleProblem[],
  ruleKind: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const field = formField(problem.field, ruleKind);
    const text = problemText(t, problem);
    errors[field] = errors[field] ? `${errors[field]} ${text}` : text;
  }
  return errors;
}

/** The form field a problem's path (`rule.yearly[1]`, `title.en`) is about. */
export function formField(path: string, ruleKind: string): string {
  const exact: Record<string, string> = {
    id: 'id',
    'title.en': 'titleEn',
    'description.en': 'descriptionEn',
    'rule.everyWeeks': 'weeks',
    'rule.from': 'date',
    'rule.once': 'date',
    'rule.quarterly.monthOfQuarter': 'quarterMonth',
    'rule.cron': 'cron',
    'rule.offsetDays': 'offsetDays',
    'rule.offsetWeeks': 'offsetDays',
    move: 'move',
    time: 'time',
    rule: 'rule',
  };
  if (exact[path]) return exact[path] as string;
  const yearly = /^rule\.yearly(?:\[(\d+)\])?$/.exec(path);
  if (yearly) return Number(yearly[1] ?? 0) === 0 ? 'date' : 'moreDates';
  const prefixes: [string, string][] = [
    ['title', 'titleSv'],
    ['description', 'descriptionSv'],
    ['owner', 'ownerValue'],
    ['rule.quarterly', 'quarterDay'],
    ['rule.relativeTo', 'relativeTo'],
    ['leadDays', 'leadDays'],
    ['skipMonths', 'skipMonths'],
  ];
  for (const [prefix, field] of prefixes) if (path.startsWith(prefix)) return field;
  return ruleKind === 'cron' ? 'cron' : 'titleSv';
}
