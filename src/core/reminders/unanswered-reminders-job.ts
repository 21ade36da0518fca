import type { Forum } from '../forum/forum.js';
import { registrationOpen } from '../forum/forum-rules.js';
import { unansweredReminderPrefix } from '../guests/record-answer.js';
import { translator } from '../i18n/translate.js';
import { invitationView } from '../invitations/invitation-view.js';
import { invitationKey } from '../invitations/queue-invitation.js';
import { sendLater } from '../outbox/send-later.js';
import type { Job, JobContext } from '../schedule/job.js';
import { addDays } from '../time/calendar-date.js';
import { formatDateTime } from '../time/format-date.js';
import { localDateOf, localInstant } from '../time/zoned-date.js';

/** Reminders go out in the morning, not at the minute the deadline was set. */
const sendTime = '09:00';

/**
 * The reminder due now, if any: of the configured days before the deadline, the latest one
 * whose morning has come. After downtime only that one goes: someone should not get the
 * 14-day and the 7-day reminder in the same minute.
 */
export function dueReminder(forum: Forum, ctx: Pick<JobContext, 'now' | 'timeZone' | 'settings'>) {
  if (!registrationOpen(forum, ctx.now)) return undefined;
  const deadlineDate = localDateOf(new Date(forum.registrationClosesAt), ctx.timeZone);
  return [...ctx.settings.invitationReminderDays]
    .sort((a, b) => a - b)
    .map((days) => ({
      days,
      at: localInstant(addDays(deadlineDate, -days), sendTime, ctx.timeZone),
    }))
    .find(({ at }) => at <= ctx.now);
}

/**
 * Reminds invitees who have had the invitation but not answered. Each reminder has its
 * invitee's key, so ticks after a restart, or in two processes, send it once; answering
 * takes back one still queued (see recordAnswer).
 */
export const unansweredRemindersJob: Job = {
  name: 'reminders.unanswered',
  run(ctx) {
    const { store, now, timeZone } = ctx;
    for (const forum of store.forums.listUpcoming(now.toISOString())) {
      const due = dueReminder(forum, ctx);
      if (!due) continue;
      store.transaction(() => {
        for (const invitee of store.invitees.listForForum(forum.id)) {
          if (invitee.answer !== null) continue;
          const key = `${unansweredReminderPrefix(forum.id, invitee.id)}${due.days}`;
          // Every tick after the first finds it queued: skip building the message again.
          if (store.outbox.find(key)) continue;
          const invitation = store.outbox.find(invitationKey(forum.id, invitee.id));
          // Invited after the reminder's morning: the invitation itself is fresh enough.
          if (invitation?.status !== 'sent' || (invitation.sent_at ?? '') >= due.at.toISOString())
            continue;
          const registration = store.registrations.find(forum.id, invitee.personId);
          if (registration && registration.status !== 'cancelled') continue;
          const locale = store.people.get(invitee.personId)?.locale ?? 'sv';
          const t = translator(locale);
          const invitationBlocks = invitationView(t, locale, timeZone, forum, invitee).blocks;
          sendLater(
            store,
            {
              key,
              purpose: 'reminder-unanswered',
              to: { personId: invitee.personId },
              view: {
                blocks: [
                  { kind: 'heading', text: t('reminder.unanswered.title', { forum: forum.title }) },
                  {
                    kind: 'text',
                    text: t('reminder.unanswered.text', {
                      name: invitee.name,
                      forum: forum.title,
                      deadline: formatDateTime(forum.registrationClosesAt, locale, timeZone),
                    }),
                  },
                  // The same one-click answers as the invitation.
                  ...invitationBlocks.filter((b) => b.kind === 'actions'),
                ],
              },
              locale,
            },
            now,
          );
        }
      });
    }
  },
};
