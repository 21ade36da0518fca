import type { Store } from '../../store/store.js';
import { translator } from '../i18n/translate.js';
import { sendLater } from '../outbox/send-later.js';
import type { Job } from '../schedule/job.js';
import { remissInvitationView } from './remiss-organisations.js';
import type { Round, RoundOrganisation } from './round.js';
import { remissReminderDays } from './round.js';
import { deadlineOf } from './round-access.js';
import { answerState } from './status-command.js';

const dayMs = 86_400_000;

/**
 * Which reminder is due for a deadline now: the one whose window we are in. The 14-day
 * reminder is due from 14 days before until the 3-day one takes over, so after downtime only
 * the latest is sent, never two at once.
 */
export function dueReminder(
  deadline: string,
  now: Date,
  days: readonly number[],
): number | undefined {
  const end = Date.parse(deadline);
  const at = now.getTime();
  if (at >= end) return undefined;
  const sorted = [...days].sort((a, b) => b - a);
  return sorted.find((d, i) => {
    const next = sorted[i + 1];
    return at >= end - d * dayMs && (next === undefined || at < end - next * dayMs);
  });
}

function remind(
  store: Store,
  round: Round,
  o: RoundOrganisation,
  days: number,
  timeZone: string,
  now: Date,
) {
  if (o.contactPersonId === null) return;
  const locale = store.people.get(o.contactPersonId)?.locale ?? round.locale;
  sendLater(
    store,
    {
      // Once per organisation and day count: a restart, a second process or an extension
      // never sends the same reminder twice.
      key: `round:${round.id}:org:${o.id}:reminder:${days}`,
      purpose: 'remiss-reminder',
      to: { personId: o.contactPersonId },
      view: remissInvitationView(store, translator(locale), locale, timeZone, round, o, 'reminder'),
      locale,
    },
    now,
  );
}

/**
 * Reminds the organisations of an open remiss that have not answered, 14 and 3 days before
 * their deadline (their own, if extended). An organisation listed after a reminder's window
 * began gets its invitation, not that reminder too.
 */
export const remissRemindersJob: Job = {
  name: 'rounds.remissReminders',
  run({ store, now, timeZone }) {
    const at = now.toISOString();
    for (const round of store.rounds.listUnclosed()) {
      if (round.kind !== 'remiss' || round.opensAt > at) continue;
      store.transaction(() => {
        for (const o of store.roundOrganisations.listForRound(round.id)) {
          if (answerState(store, round, o) === 'answered') continue;
          const deadline = deadlineOf(round, o);
          const days = dueReminder(deadline, now, remissReminderDays);
          if (days === undefined) continue;
          if (o.addedAt > new Date(Date.parse(deadline) - days * dayMs).toISOString()) continue;
          remind(store, round, o, days, timeZone, now);
        }
      });
    }
  },
};
