import type { Locale, View } from '../chat.js';
import type { Forum, Registration } from '../forum/forum.js';
import type { Translate } from '../i18n/translate.js';
import { formatDateTime } from '../time/format-date.js';

/** The message that offers a freed seat, with the two answers as buttons. */
export function offerView(
  t: Translate,
  locale: Locale,
  timeZone: string,
  forum: Forum,
  registration: Registration,
): View {
  const until = formatDateTime(registration.offeredUntil as string, locale, timeZone);
  const args = { registration: String(registration.id) };
  return {
    blocks: [
      { kind: 'heading', text: t('waitlist.offer.title', { forum: forum.title }) },
      { kind: 'text', text: t('waitlist.offer.text', { until }) },
      {
        kind: 'actions',
        buttons: [
          { label: t('button.acceptSeat'), command: 'waitlist.accept', args, style: 'primary' },
          { label: t('button.declineSeat'), command: 'waitlist.decline', args },
        ],
      },
    ],
  };
}
