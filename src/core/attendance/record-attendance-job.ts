import type { Job } from '../schedule/job.js';
import { forumEnded } from './forum-days.js';

/**
 * Once a forum is over, records for everyone who held a seat whether they came (checked in
 * on at least one day) or not. Only registrations without an outcome are touched, under the
 * write lock, so the job can run every minute, twice, or in two processes and each outcome is
 * written once. A check-in corrected afterwards does not change a recorded outcome.
 */
export const recordAttendanceJob: Job = {
  name: 'attendance.record-outcomes',
  run({ store, now, logger }) {
    // One indexed query a minute, however many forums there have been: only forums that have
    // ended with outcomes still to record.
    for (const forumId of store.registrations.forumsAwaitingOutcome(now.toISOString())) {
      const forum = store.forums.get(forumId);
      if (!forum || !forumEnded(forum, now)) continue;
      const recorded = store.transaction(() => {
        let count = 0;
        for (const registration of store.registrations.listByStatus(forum.id, 'registered')) {
          if (registration.attendance !== null) continue;
          const came = store.attendance.listForRegistration(registration.id).length > 0;
          store.registrations.setAttendance(registration.id, came ? 'attended' : 'no_show');
          count++;
        }
        return count;
      });
      if (recorded > 0) logger.info('attendance recorded', { forumId: forum.id, recorded });
    }
  },
};
