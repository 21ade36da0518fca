import { writeCalendar } from '../calendar/write-ics.js';
import type { Attachment } from '../chat.js';
import type { CommandContext } from '../command.js';
import type { Forum, Registration } from './forum.js';

/**
 * The registration as a calendar entry (.ics). The UID stays the same for the registration's
 * whole life and the sequence rises with every change, so opening a newer file updates the
 * entry; a cancellation is the same entry marked cancelled (see write-ics.ts on why not
 * METHOD:CANCEL).
 */
export function registrationCalendar(
  ctx: Pick<CommandContext, 't' | 'now' | 'timeZone'>,
  forum: Forum,
  registration: Registration,
): Attachment {
  const { t } = ctx;
  const cancelled = registration.status === 'cancelled';
  const ics = writeCalendar({
    timeZone: ctx.timeZone,
    events: [
      {
        uid: `registration-${registration.id}@forumbot`,
        sequence: registration.calendarSequence,
        stamp: ctx.now,
        start: new Date(forum.startsAt),
        end: new Date(forum.endsAt),
        summary: forum.title,
        location: forum.venue,
        description: t(cancelled ? 'calendar.cancelledDescription' : 'calendar.description', {
          forum: forum.title,
        }),
        status: cancelled ? 'CANCELLED' : 'CONFIRMED',
      },
    ],
  });
  return {
    name: `${forum.slug}.ics`,
    mediaType: 'text/calendar; charset=utf-8',
    content: new TextEncoder().encode(ics),
    label: t(cancelled ? 'calendar.cancelledLabel' : 'calendar.label'),
  };
}
