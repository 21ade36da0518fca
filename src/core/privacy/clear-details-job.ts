import type { Job } from '../schedule/job.js';
import { asJsonText, redactMessage, searchable } from './redact-message.js';

const day = 86_400_000;

/**
 * Diet, allergy and accessibility details are asked for one forum's catering and rooms, so
 * they go `personalDetailsRetentionDays` after it ends: cleared on every registration of the
 * forum and in the notices that carried them (a change after the deadline, sent to the
 * coordinators), and the forum records when. Running again finds nothing left to clear.
 */
export const clearDetailsJob: Job = {
  name: 'privacy.clear-details',
  run({ store, now, settings, logger }) {
    const endedBefore = new Date(now.getTime() - settings.personalDetailsRetentionDays * day);
    for (const forum of store.privacy.forumsWithDetails(endedBefore.toISOString())) {
      const cleared = store.transaction(() => {
        const details = searchable(
          store.privacy.detailsOf(forum.id).flatMap((r) => [r.diet, r.accessibility]),
        );
        // Only the notices that carried the details: a change after the deadline, told to
        // the coordinators (change-request.ts). A diet such as "Nej" or "Ingen" must not
        // rewrite an invitation's "Nej tack" or any other message that merely contains it.
        const notice = `change-request:${forum.id}:`;
        for (const row of store.privacy.messagesContaining(details.map(asJsonText))) {
          if (row.personId === null || !row.key.startsWith(notice)) continue;
          store.privacy.setMessage(
            row.id,
            redactMessage(row.message, details, () => '–'),
          );
        }
        return store.privacy.clearDetails(forum.id, now.toISOString());
      });
      logger.info('personal details cleared', { forumId: forum.id, registrations: cleared });
    }
  },
};
