import type { Block } from '../chat.js';
import type { CommandContext } from '../command.js';
import type { Forum, Registration } from '../forum/forum.js';
import { formatDateTime } from '../time/format-date.js';

/** One line on where a registration stands: a seat, a place in line, or a seat on offer. */
export function registrationStatusLine(
  ctx: CommandContext,
  forum: Forum,
  registration: Registration,
): Block {
  const { t } = ctx;
  switch (registration.status) {
    case 'waitlisted':
      return {
        kind: 'text',
        text: t('waitlist.status', {
          forum: forum.title,
          place: ctx.store.registrations.placeInLine(registration),
        }),
      };
    case 'offered':
      return {
        kind: 'text',
        text: t('waitlist.offer.pending', {
          forum: forum.title,
          until: formatDateTime(registration.offeredUntil as string, ctx.locale, ctx.timeZone),
        }),
      };
    default:
      return { kind: 'text', text: t('forum.registered') };
  }
}
