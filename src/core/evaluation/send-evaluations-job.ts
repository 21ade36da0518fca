import { attended, participantsOf } from '../attendance/participants.js';
import { translator } from '../i18n/translate.js';
import { sendLater } from '../outbox/send-later.js';
import type { Job } from '../schedule/job.js';
import { evaluationView } from './evaluation-view.js';

const day = 86_400_000;
/**
 * An evaluation not sent within this many days of its date is not sent at all: a bot
 * started long after a forum (a new installation, a restored backup) should not ask people
 * about last year's forum.
 */
export const sendWithinDays = 30;

/**
 * After a forum (and `evaluationDelayDays`), queues the evaluation once to everyone who
 * came, each in their own language. The outbox key makes a second run, or a second process,
 * queue nothing more.
 */
export const sendEvaluationsJob: Job = {
  name: 'evaluation.send',
  run({ store, now, settings, logger }) {
    for (const forum of store.forums.list()) {
      const due = Date.parse(forum.endsAt) + settings.evaluationDelayDays * day;
      if (now.getTime() < due || now.getTime() > due + sendWithinDays * day) continue;
      const came = participantsOf(store, forum.id).filter(attended);
      const prefix = `evaluation:${forum.id}:`;
      // Read first without the write lock: after the first run there is nothing to do.
      const queued = new Set(store.outbox.listByPrefix(prefix).map((row) => row.key));
      const waiting = came.filter((p) => !queued.has(`${prefix}${p.registration.personId}`));
      if (waiting.length === 0) continue;
      const sent = store.transaction(() => {
        let count = 0;
        for (const p of waiting) {
          const personId = p.registration.personId;
          const locale = store.people.get(personId)?.locale ?? 'sv';
          const view = evaluationView(translator(locale), forum);
          const key = `${prefix}${personId}`;
          if (
            sendLater(store, { key, purpose: 'evaluation', to: { personId }, view, locale }, now)
          ) {
            count++;
          }
        }
        return count;
      });
      if (sent > 0) logger.info('evaluations queued', { forumId: forum.id, sent });
    }
  },
};
