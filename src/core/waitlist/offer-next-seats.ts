import type { Store } from '../../store/store.js';
import type { Forum } from '../forum/forum.js';
import { translator } from '../i18n/translate.js';
import { sendLater } from '../outbox/send-later.js';
import type { Settings } from '../settings.js';
import { offerView } from './offer-view.js';

/**
 * Offers every free seat to the next in line, in order of sign-up. Call it inside the
 * transaction that freed the seat, so the offer and its message commit with the change.
 * An offer holds the seat for `offerHoldHours`, never past the forum's start.
 */
export function offerNextSeats(
  store: Store,
  forum: Forum,
  settings: Settings,
  timeZone: string,
  now: Date,
): number {
  if (now >= new Date(forum.startsAt)) return 0;
  let offered = 0;
  while (store.registrations.countHeld(forum.id) < forum.capacity) {
    const next = store.registrations.listByStatus(forum.id, 'waitlisted')[0];
    if (!next) break;
    const hold = now.getTime() + settings.offerHoldHours * 3_600_000;
    const until = new Date(Math.min(hold, Date.parse(forum.startsAt))).toISOString();
    store.registrations.setStatus(next.id, 'offered', until, now.toISOString());
    const person = store.people.get(next.personId);
    const locale = person?.locale ?? 'sv';
    sendLater(
      store,
      {
        // One offer per registration and round of offers: the count of earlier offers keeps a
        // second offer (after declining and joining the line again) from reusing a key.
        key: `waitlist.offer:${next.id}:${store.outbox.listByPrefix(`waitlist.offer:${next.id}:`).length + 1}`,
        purpose: 'waitlist-offer',
        to: { personId: next.personId },
        view: offerView(translator(locale), locale, timeZone, forum, {
          ...next,
          offeredUntil: until,
        }),
        locale,
      },
      now,
    );
    offered++;
  }
  return offered;
}
