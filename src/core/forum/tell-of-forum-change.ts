import type { Store } from '../../store/store.js';
import { translator } from '../i18n/translate.js';
import { sendLater } from '../outbox/send-later.js';
import { formatSpan } from '../time/format-date.js';
import type { Forum } from './forum.js';
import { registrationCalendar } from './registration-calendar.js';

/**
 * When a forum's time, place or name changes, everyone holding a seat gets a message with
 * the calendar entry again (same UID, next sequence), so the entry they saved moves with it.
 * Call inside the transaction that saves the change. Returns how many were told.
 */
export function tellOfForumChange(
  store: Store,
  before: Forum,
  after: Forum,
  now: Date,
  timeZone: string,
): number {
  const moved =
    before.startsAt !== after.startsAt ||
    before.endsAt !== after.endsAt ||
    before.venue !== after.venue ||
    before.title !== after.title;
  if (!moved) return 0;
  let told = 0;
  for (const held of store.registrations.listByStatus(after.id, 'registered')) {
    const registration = store.registrations.bumpCalendar(held.id);
    const locale = store.people.get(registration.personId)?.locale ?? 'sv';
    const t = translator(locale);
    sendLater(
      store,
      {
        key: `forum.changed:${after.id}:${registration.id}:${registration.calendarSequence}`,
        purpose: 'forum-changed',
        to: { personId: registration.personId },
        view: {
          blocks: [
            { kind: 'heading', text: t('forum.changed.title', { forum: after.title }) },
            {
              kind: 'text',
              text: t('forum.changed.text', {
                forum: after.title,
                when: formatSpan(after.startsAt, after.endsAt, locale, timeZone),
                venue: after.venue,
              }),
            },
          ],
        },
        attachments: [registrationCalendar({ t, now, timeZone }, after, registration)],
        locale,
      },
      now,
    );
    told++;
  }
  return told;
}
