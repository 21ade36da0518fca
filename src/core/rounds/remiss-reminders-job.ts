import type { Store } from '../../store/store.js';
import { translator } from '../i18n/translate.js';
import { sendLater } from '../outbox/send-later.js';
import type { Job } from '../schedule/job.js';
import { addDays, type IsoDate } from '../time/calendar-date.js';
import { localDateOf, localInstant } from '../time/zoned-date.js';
import { remissInvitationView } from './remiss-organisations.js';
import type { Round, RoundOrganisation } from './round.js';
import { remissReminderDays } from './round.js';
import { deadlineOf } from './round-access.js';
import { answerState } from './status-command.js';

/** Reminders go in the morning, Swedish time, as the forum's reminders do. */
const sendTime = '09:00';

/**
 * Which reminder is due for a deadline now, and the morning it was due: the one `days`
 * calendar days before the deadline's day, at 09.00 local time (so across a change to or
 * from summer time too). After downtime only the latest whose morning has come is sent,
 * never the 14-day and the 3-day one at once; none after the deadline.
 */
export function dueReminder(
  deadline: string,
  now: Date,
  days: readonly number[],
  timeZone: string,
): { days: number; at: Date } | undefined {
  if (now.getTime() >= Date.parse(deadline)) return undefined;
  const day = localDateOf(new Date(deadline), timeZone);
  return [...days]
    .sort((a, b) => a - b)
    .map((d) => ({ days: d, at: localInstant(addDays(day, -d), sendTime, timeZone) }))
    .find(({ at }) => at <= now);
}

/**
 * Once per organisation, deadline and day count: a restart or a second process never sends
 * the same reminder twice, and a deadline moved to another day has reminders of its own.
 */
const reminderKey = (round: Round, o: RoundOrganisation, deadlineDay: IsoDate, days: number) =>
  `round:${round.id}:org:${o.id}:reminder:${deadlineDay}:${days}`;

function remind(
  store: Store,
  round: Round,
  o: RoundOrganisation,
  key: string,
  timeZone: string,
  now: Date,
) {
  if (o.contactPersonId === null) return;
  const locale = store.people.get(o.contactPersonId)?.locale ?? round.locale;
  sendLater(
    store,
    {
      key,
      purpose: 'remiss-reminder',
      to: { personId: o.contactPersonId },
      view: remissInvitationView(store, translator(locale), locale, timeZone, round, o, 'reminder'),
      locale,
    },
    now,
  );
}

/**
 * Reminds the organisations of an open remiss that have not answered, at 09.00 14 and 3 days
 * before the day of their deadline (their own, if extended). An organisation listed, or
 * given its extension, after a reminder's morning has just been told its deadline (the
 * invitation, the notice of the extension), so it does not get that reminder too.
 */
export const remissRemindersJob: Job = {
  name: 'rounds.remissReminders',
  run({ store, now, timeZone }) {
    const at = now.toISOString();
    for (const round of store.rounds.listUnclosed()) {
      if (round.kind !== 'remiss' || round.opensAt > at) continue;
      store.transaction(() => {
        for (const o of store.roundOrganisations.listForRound(round.id)) {
          if (o.contactPersonId === null) continue;
          const deadline = deadlineOf(round, o);
          const due = dueReminder(deadline, now, remissReminderDays, timeZone);
          if (!due) continue;
          const key = reminderKey(round, o, localDateOf(new Date(deadline), timeZone), due.days);
          // Every tick after the first finds it queued: skip building the message again.
          if (store.outbox.find(key)) continue;
          // Queued under the key without its deadline (before the key had one) since this
          // reminder's morning: it was this one.
          const earlier = store.outbox.find(`round:${round.id}:org:${o.id}:reminder:${due.days}`);
          if (earlier && earlier.created_at >= due.at.toISOString()) continue;
          const told = o.extendedAt && o.extendedAt > o.addedAt ? o.extendedAt : o.addedAt;
          if (told > due.at.toISOString()) continue;
          if (answerState(store, round, o) === 'answered') continue;
          remind(store, round, o, key, timeZone, now);
        }
      });
    }
  },
};
