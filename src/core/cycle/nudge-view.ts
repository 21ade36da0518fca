import type { Block, Locale, View } from '../chat.js';
import type { Translate } from '../i18n/translate.js';
import { daysBetween, type IsoDate } from '../time/calendar-date.js';
import { formatDay } from './cycle-dates.js';
import type { CycleItem } from './cycle-file.js';

export interface NudgeViewInput {
  item: CycleItem;
  occurrenceDate: IsoDate;
  /** The local day the nudge is posted, for "in 3 days". */
  today: IsoDate;
  /** Posted after downtime. */
  late?: boolean;
  /** The nudge comes again because someone snoozed it. */
  snoozed?: boolean;
  /** The item's channel is not connected, so the coordinators get this instead. */
  unconnected?: string;
}

/** "In 7 days: Friday 29 January 2027" with its buttons: done, snooze a day or a week, reassign. */
export function nudgeView(t: Translate, locale: Locale, input: NudgeViewInput): View {
  const { item, occurrenceDate, today } = input;
  const days = daysBetween(today, occurrenceDate);
  const date = formatDay(occurrenceDate, locale);
  const when =
    days === 0
      ? t('cycle.nudge.today', { date })
      : days === 1
        ? t('cycle.nudge.tomorrow', { date })
        : days > 1
          ? t('cycle.nudge.inDays', { days, date })
          : t('cycle.nudge.wasDue', { days: -days, date });
  const blocks: Block[] = [
    { kind: 'heading', text: item.title[locale] },
    { kind: 'text', text: when },
  ];
  if (item.description) blocks.push({ kind: 'text', text: item.description[locale], muted: true });
  if (input.late) blocks.push({ kind: 'text', text: t('cycle.nudge.late'), muted: true });
  if (input.snoozed) blocks.push({ kind: 'text', text: t('cycle.nudge.snoozed'), muted: true });
  if (input.unconnected) {
    blocks.push({
      kind: 'text',
      text: t('cycle.nudge.unconnected', { channel: input.unconnected }),
      muted: true,
    });
  }
  const args = { item: item.id, date: occurrenceDate };
  blocks.push({
    kind: 'actions',
    buttons: [
      { label: t('cycle.button.done'), command: 'cycle.done', args, style: 'primary' },
      { label: t('cycle.button.snoozeDay'), command: 'cycle.snooze', args: { ...args, days: '1' } },
      {
        label: t('cycle.button.snoozeWeek'),
        command: 'cycle.snooze',
        args: { ...args, days: '7' },
      },
      { label: t('cycle.button.reassign'), command: 'cycle.reassign', args: { item: item.id } },
    ],
  });
  return { blocks };
}
