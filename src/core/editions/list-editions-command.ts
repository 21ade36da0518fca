import { z } from 'zod';
import type { Block } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import type { Forum } from '../forum/forum.js';
import { forumSummary } from '../forum/forum-summary.js';
import { formatDate, formatDateTime } from '../time/format-date.js';
import { editionButtons } from './edition-saved-view.js';

/** Slack allows 50 blocks a message: four a forum to come, one a forum past, and the frame. */
const maxUpcoming = 8;
const maxPast = 6;

/**
 * The coordinators' list: every forum, those to come first (soonest first), then those that
 * have ended (latest first). A forum to come can be edited; one that has ended is history.
 */
export const listEditionsCommand = defineCommand({
  id: 'editions.list',
  words: ['forumadmin', 'förvalta', 'forvalta', 'manage'],
  args: z.object({}),
  run(ctx) {
    const { t } = ctx;
    const now = ctx.now.toISOString();
    const all = ctx.store.forums.list();
    const upcoming = all.filter((f) => f.endsAt > now).reverse();
    const past = all.filter((f) => f.endsAt <= now);
    const blocks: Block[] = [{ kind: 'heading', text: t('editions.list.title') }];
    if (all.length === 0) blocks.push({ kind: 'text', text: t('editions.list.none') });
    if (upcoming.length > 0) {
      blocks.push({ kind: 'text', text: t('editions.list.upcoming') });
      for (const forum of upcoming.slice(0, maxUpcoming)) {
        blocks.push(
          ...forumSummary(ctx, forum),
          { kind: 'text', text: status(ctx, forum), muted: true },
          editionButtons(ctx, forum),
        );
      }
    }
    if (past.length > 0) {
      blocks.push({ kind: 'text', text: t('editions.list.past') });
      for (const forum of past.slice(0, maxPast)) {
        blocks.push({
          kind: 'text',
          text: t('editions.list.pastLine', {
            forum: forum.title,
            when: formatDate(forum.startsAt, ctx.locale, ctx.timeZone),
            venue: forum.venue,
            taken: ctx.store.registrations.countActive(forum.id),
          }),
        });
      }
    }
    const hidden = Math.max(0, upcoming.length - maxUpcoming) + Math.max(0, past.length - maxPast);
    if (hidden > 0) {
      blocks.push({ kind: 'text', text: t('editions.list.more', { count: hidden }), muted: true });
    }
    blocks.push({
      kind: 'actions',
      buttons: [{ label: t('editions.button.new'), command: 'editions.new', style: 'primary' }],
    });
    return { kind: 'message', view: { blocks } };
  },
});

/** Where registration stands, and how many wait for a seat. */
function status(ctx: CommandContext, forum: Forum): string {
  const { t, locale, timeZone, now } = ctx;
  const at = (instant: string) => formatDateTime(instant, locale, timeZone);
  const line =
    now >= new Date(forum.startsAt)
      ? t('editions.status.started')
      : forum.registrationOpensAt && now < new Date(forum.registrationOpensAt)
        ? t('editions.status.notYetOpen', { opens: at(forum.registrationOpensAt) })
        : now <= new Date(forum.registrationClosesAt)
          ? t('editions.status.open', { deadline: at(forum.registrationClosesAt) })
          : t('editions.status.closed');
  const waiting = ctx.store.registrations.countWaiting(forum.id);
  return waiting > 0 ? `${line} ${t('editions.status.waiting', { count: waiting })}` : line;
}
