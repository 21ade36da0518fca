import { message } from '../chat.js';
import { defineCommand } from '../command.js';
import { formatDate, formatTime } from '../time/format-date.js';
import { findForum } from './find-forum.js';
import { forumFromText, forumRefArgs } from './forum-ref.js';
import { isRegistered } from './is-registered.js';

/** The programme, one paragraph per day: "12.00 Lunch". */
export const programCommand = defineCommand({
  id: 'forum.program',
  words: ['program', 'programme', 'agenda'],
  fromText: forumFromText,
  args: forumRefArgs,
  run(ctx, { forum: ref }) {
    const { t, locale, timeZone } = ctx;
    const forum = findForum(ctx.store, ref, ctx.now);
    const days = new Map<string, string[]>();
    for (const item of forum.agenda) {
      const day = formatDate(item.at, locale, timeZone);
      const line = `${formatTime(item.at, locale, timeZone)}  ${item[locale]}`;
      days.set(day, [...(days.get(day) ?? []), line]);
    }
    const registered = isRegistered(ctx, forum);
    const args = { forum: String(forum.id) };
    return message(
      { kind: 'heading', text: t('forum.program.title', { forum: forum.title }) },
      ...[...days].map(([day, lines]) => ({
        kind: 'text' as const,
        text: `*${day}*\n${lines.join('\n')}`,
      })),
      {
        kind: 'actions',
        buttons: [
          registered
            ? { label: t('button.my'), command: 'forum.my', args }
            : { label: t('button.signup'), command: 'forum.signup', args, style: 'primary' },
        ],
      },
    );
  },
});
