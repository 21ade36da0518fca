import type { Forum } from '../forum/forum.js';
import { translator } from '../i18n/translate.js';
import { sendLater } from '../outbox/send-later.js';
import type { Job } from '../schedule/job.js';
import { formatDateTime } from '../time/format-date.js';
import { offerNextSeats } from './offer-next-seats.js';

/**
 * An offer nobody answered in time lapses: the person is told, and the seat goes to the next
 * in line. Each offer is re-read under the write lock, so a last-second "yes" wins over the
 * job and two processes never lapse one offer twice.
 */
export const lapseOffersJob: Job = {
  name: 'waitlist.lapse-offers',
  run({ store, now, timeZone, settings }) {
    for (const lapsed of store.registrations.listLapsedOffers(now.toISOString())) {
      store.transaction(() => {
        const offer = store.registrations.get(lapsed.id);
        if (offer?.status !== 'offered' || offer.offeredUntil !== lapsed.offeredUntil) return;
        const forum = store.forums.get(offer.forumId) as Forum;
        store.registrations.cancel(offer.id, now.toISOString(), 'lapsed');
        const locale = store.people.get(offer.personId)?.locale ?? 'sv';
        const t = translator(locale);
        sendLater(
          store,
          {
            // One lapse per offer: numbered like the offers (see offerNextSeats).
            key: `waitlist.lapsed:${offer.id}:${store.outbox.listByPrefix(`waitlist.offer:${offer.id}:`).length}`,
            purpose: 'waitlist-lapsed',
            to: { personId: offer.personId },
            view: {
              blocks: [
                {
                  kind: 'text',
                  text: t('waitlist.lapsed', {
                    forum: forum.title,
                    until: formatDateTime(offer.offeredUntil as string, locale, timeZone),
                  }),
                },
              ],
            },
            locale,
          },
          now,
        );
        offerNextSeats(store, forum, settings, timeZone, now);
      });
    }
  },
};
