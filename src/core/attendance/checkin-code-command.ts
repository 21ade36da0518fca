import { message } from '../chat.js';
import { defineCommand } from '../command.js';
import { forumFromText, forumRefArgs } from '../forum/forum-ref.js';
import { formatDate } from '../time/format-date.js';
import { newCheckinCode } from './checkin-code.js';
import { findAnyForum } from './find-any-forum.js';
import { forumDays } from './forum-days.js';
import { rosterId } from './roster-command.js';

/**
 * The code to show at the venue. It is made the first time a coordinator asks and stays the
 * same for both days, so a sign printed in advance keeps working. The reply is personal:
 * posted in a channel, the code would let people check in from anywhere.
 */
export const checkinCodeCommand = defineCommand({
  id: 'attendance.code',
  words: ['incheckningskod', 'checkinkod', 'checkincode'],
  fromText: forumFromText,
  args: forumRefArgs,
  personal: true,
  run(ctx, { forum: ref }) {
    const { t, store, now, locale, timeZone } = ctx;
    const forum = findAnyForum(store, ref, now);
    const code =
      forum.checkinCode ??
      store.transaction(() =>
        store.attendance.ensureCode(forum.id, newCheckinCode(), now.toISOString()),
      );
    const { day1At, day2At } = forumDays(forum, timeZone);
    return message(
      { kind: 'heading', text: t('attendance.code.title', { forum: forum.title }) },
      {
        kind: 'fields',
        fields: [
          { label: t('attendance.code.code'), value: code },
          {
            label: t('attendance.code.day', { day: 1 }),
            value: formatDate(day1At, locale, timeZone),
          },
          {
            label: t('attendance.code.day', { day: 2 }),
            value: formatDate(day2At, locale, timeZone),
          },
        ],
      },
      { kind: 'text', text: t('attendance.code.howTo', { code }) },
      {
        kind: 'actions',
        buttons: [
          {
            label: t('attendance.button.list'),
            command: rosterId,
            args: { forum: String(forum.id) },
          },
        ],
      },
    );
  },
});
