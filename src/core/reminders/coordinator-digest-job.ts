import { registrationOpen } from '../forum/forum-rules.js';
import { answerCounts } from '../guests/guest-list-command.js';
import { notifyCoordinators } from '../roles/coordinators.js';
import type { Job } from '../schedule/job.js';
import { formatDateTime } from '../time/format-date.js';
import { localDateOf, localInstant } from '../time/zoned-date.js';

const day = 24 * 3_600_000;

/**
 * While registration is open, the coordinators get the day's figures each morning. The key
 * holds the local date: after downtime the day's digest comes late, once, and missed days
 * are not sent in a heap.
 */
export const coordinatorDigestJob: Job = {
  name: 'reminders.coordinator-digest',
  run({ store, now, timeZone, settings }) {
    const today = localDateOf(now, timeZone);
    if (now < localInstant(today, settings.digestTime, timeZone)) return;
    for (const forum of store.forums.listUpcoming(now.toISOString())) {
      if (!registrationOpen(forum, now)) continue;
      if (forum.registrationOpensAt && now < new Date(forum.registrationOpensAt)) continue;
      const registrations = store.registrations.listForForum(forum.id);
      const since = new Date(now.getTime() - day).toISOString();
      const count = (status: string) => registrations.filter((r) => r.status === status).length;
      const seats = {
        taken: count('registered'),
        capacity: forum.capacity,
        waiting: count('waitlisted'),
        offered: count('offered'),
      };
      const lastDay = {
        registered: registrations.filter((r) => r.status !== 'cancelled' && r.createdAt >= since)
          .length,
        cancelled: registrations.filter((r) => r.status === 'cancelled' && r.updatedAt >= since)
          .length,
      };
      const answers = answerCounts(store.invitees.listForForum(forum.id));
      store.transaction(() =>
        notifyCoordinators(
          store,
          settings,
          {
            key: `digest:${forum.id}:${today}`,
            purpose: 'coordinator-digest',
            view: (t, coordinator) => ({
              blocks: [
                { kind: 'heading', text: t('digest.title', { forum: forum.title }) },
                { kind: 'text', text: t('digest.seats', seats) },
                ...(answers.total > 0
                  ? [{ kind: 'text' as const, text: t('digest.answers', answers) }]
                  : []),
                { kind: 'text', text: t('digest.lastDay', lastDay) },
                {
                  kind: 'text',
                  text: t('digest.closes', {
                    deadline: formatDateTime(
                      forum.registrationClosesAt,
                      coordinator.locale,
                      timeZone,
                    ),
                  }),
                  muted: true,
                },
                {
                  kind: 'actions',
                  buttons: [
                    {
                      label: t('button.guestList'),
                      command: 'guests.list',
                      args: { forum: String(forum.id) },
                    },
                    {
                      label: t('button.invitationStatus'),
                      command: 'invitations.status',
                      args: { forum: String(forum.id) },
                    },
                  ],
                },
              ],
            }),
          },
          now,
        ),
      );
    }
  },
};
