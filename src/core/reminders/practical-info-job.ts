import type { Block } from '../chat.js';
import { translator } from '../i18n/translate.js';
import { sendLater } from '../outbox/send-later.js';
import type { Job } from '../schedule/job.js';
import { addDays } from '../time/calendar-date.js';
import { formatSpan } from '../time/format-date.js';
import { localDateOf, localInstant } from '../time/zoned-date.js';

const sendTime = '09:00';

/**
 * A few days before the forum, everyone with a seat gets the practical information the
 * coordinators wrote, with the check-in instructions. One message per person and forum.
 */
export const practicalInfoJob: Job = {
  name: 'reminders.practical-info',
  run({ store, now, timeZone, settings }) {
    for (const forum of store.forums.listUpcoming(now.toISOString())) {
      if (now >= new Date(forum.startsAt)) continue;
      const startDate = localDateOf(new Date(forum.startsAt), timeZone);
      const at = localInstant(addDays(startDate, -settings.practicalInfoDays), sendTime, timeZone);
      if (now < at) continue;
      store.transaction(() => {
        for (const registration of store.registrations.listByStatus(forum.id, 'registered')) {
          const key = `reminder.practical:${forum.id}:${registration.personId}`;
          // Every tick after the first finds it queued: skip building the message again.
          if (store.outbox.find(key)) continue;
          const locale = store.people.get(registration.personId)?.locale ?? 'sv';
          const t = translator(locale);
          const args = { forum: String(forum.id) };
          const blocks: Block[] = [
            { kind: 'heading', text: t('reminder.practical.title', { forum: forum.title }) },
            {
              kind: 'text',
              text: t('reminder.practical.text', {
                forum: forum.title,
                when: formatSpan(forum.startsAt, forum.endsAt, locale, timeZone),
              }),
            },
            { kind: 'fields', fields: [{ label: t('forum.field.venue'), value: forum.venue }] },
          ];
          if (forum.practicalInfo) blocks.push({ kind: 'text', text: forum.practicalInfo });
          blocks.push(
            { kind: 'text', text: t('reminder.practical.checkin') },
            {
              kind: 'actions',
              buttons: [
                { label: t('button.my'), command: 'forum.my', args },
                { label: t('button.program'), command: 'forum.program', args },
              ],
            },
          );
          sendLater(
            store,
            {
              key,
              purpose: 'reminder-practical',
              to: { personId: registration.personId },
              view: { blocks },
              locale,
            },
            now,
          );
        }
      });
    }
  },
};
