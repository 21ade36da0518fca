import type { Block } from '../chat.js';
import type { CommandContext } from '../command.js';
import { formatDateTime, formatSpan } from '../time/format-date.js';
import type { Forum } from './forum.js';

/** The facts of a forum as people scan them: when, where, seats, deadline, fee. */
export function forumSummary(ctx: CommandContext, forum: Forum): Block[] {
  const { t, locale, timeZone } = ctx;
  const taken = ctx.store.registrations.countActive(forum.id);
  const seats =
    taken >= forum.capacity
      ? t('forum.seats.full', { capacity: forum.capacity })
      : t('forum.seats', { taken, capacity: forum.capacity, left: forum.capacity - taken });
  return [
    { kind: 'heading', text: forum.title },
    {
      kind: 'fields',
      fields: [
        {
          label: t('forum.field.when'),
          value: formatSpan(forum.startsAt, forum.endsAt, locale, timeZone),
        },
        { label: t('forum.field.venue'), value: forum.venue },
        { label: t('forum.field.seats'), value: seats },
        {
          label: t('forum.field.deadline'),
          value: formatDateTime(forum.registrationClosesAt, locale, timeZone),
        },
        {
          label: t('forum.field.fee'),
          value:
            forum.feeSek > 0
              ? t('forum.fee', {
                  fee: forum.feeSek.toLocaleString(locale === 'sv' ? 'sv-SE' : 'en-GB'),
                })
              : t('forum.fee.none'),
        },
      ],
    },
  ];
}
