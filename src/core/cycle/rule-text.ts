import type { Locale } from '../chat.js';
import type { Translate } from '../i18n/translate.js';
import { formatDay } from './cycle-dates.js';
import type { CycleItem, CycleRule } from './cycle-file.js';

/** "31 januari" / "31 January" from `01-31`. */
function dayOfYear(monthDay: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
  }).format(new Date(`2027-${monthDay}T12:00:00Z`));
}

/** Swedish ordinals: 1:a, 2:a, 3:e … 21:a, 22:a; English: 1st, 2nd, 3rd, 4th … */
export function ordinal(n: number, locale: Locale): string {
  const last = n % 10;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  if (locale === 'sv') return `${n}:${(last === 1 || last === 2) && !teen ? 'a' : 'e'}`;
  const suffix = teen ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** When an item falls, in words: "every year on 31 January", "8 weeks before Läget i länet". */
export function ruleText(
  t: Translate,
  locale: Locale,
  rule: CycleRule,
  titleOf: (id: string) => string | undefined,
): string {
  switch (rule.kind) {
    case 'yearly': {
      const days = rule.dates.map((d) => dayOfYear(d, locale));
      return t('cycle.rule.yearly', { days: listText(t, days) });
    }
    case 'quarterly':
      return rule.day === 'last'
        ? t('cycle.rule.quarterlyLast', { month: ordinal(rule.monthOfQuarter, locale) })
        : t('cycle.rule.quarterly', {
            day: rule.day,
            month: ordinal(rule.monthOfQuarter, locale),
          });
    case 'everyWeeks': {
      const from = formatDay(rule.from, locale);
      if (rule.weeks === 1) return t('cycle.rule.weekly', { from });
      if (rule.weeks === 2) return t('cycle.rule.everyOtherWeek', { from });
      return t('cycle.rule.everyWeeks', { weeks: ordinal(rule.weeks, locale), from });
    }
    case 'cron':
      return t('cycle.rule.cron', { expression: rule.expression });
    case 'once':
      return t('cycle.rule.once', { date: formatDay(rule.date, locale) });
    case 'relative': {
      const base =
        rule.base.kind === 'item'
          ? (titleOf(rule.base.id) ?? rule.base.id)
          : t('cycle.rule.forum', { forum: rule.base.slug });
      const days = Math.abs(rule.offsetDays);
      if (days === 0) return t('cycle.rule.sameDay', { base });
      const weeks = days / 7;
      const span =
        days % 7 !== 0
          ? t(days === 1 ? 'cycle.rule.day' : 'cycle.rule.days', { n: days })
          : t(weeks === 1 ? 'cycle.rule.week' : 'cycle.rule.weeks', { n: weeks });
      return t(rule.offsetDays < 0 ? 'cycle.rule.before' : 'cycle.rule.after', { span, base });
    }
  }
}

/** The rest of an item's timing: lead times, moves off days off, skipped months, time. */
export function timingText(t: Translate, locale: Locale, item: CycleItem): string {
  const sameDayOnly = item.leadDays.length === 1 && item.leadDays[0] === 0;
  const parts = [
    sameDayOnly
      ? t('cycle.items.leadSameDay')
      : t('cycle.items.leads', { days: listText(t, item.leadDays.map(String)) }),
  ];
  parts.push(t(`cycle.move.${item.move}`));
  if (item.skipMonths.length > 0) {
    const months = item.skipMonths.map((m) =>
      new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
        timeZone: 'UTC',
        month: 'long',
      }).format(new Date(Date.UTC(2027, m - 1, 15))),
    );
    parts.push(t('cycle.items.skipMonths', { months: listText(t, months) }));
  }
  if (item.time) parts.push(t('cycle.items.time', { time: item.time }));
  return parts.join(' · ');
}

/** "a, b och c" / "a, b and c". */
export function listText(t: Translate, parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${t('cycle.and')} ${parts.at(-1)}`;
}
