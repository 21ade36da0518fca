import { findAnyForum } from '../attendance/find-any-forum.js';
import { forumEnded } from '../attendance/forum-days.js';
import { rosterId } from '../attendance/roster-command.js';
import type { Block } from '../chat.js';
import { message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { forumFromText, forumRefArgs } from '../forum/forum-ref.js';
import { formatDateTime } from '../time/format-date.js';
import { cateringId, exportId, participationId, tallyId } from './figures-buttons.js';
import { type ForumPerson, forumPeople, isRegistered } from './forum-people.js';
import { breakdown, type Counts, totals } from './tally.js';

function groupLine(ctx: CommandContext, label: string, c: Counts): string {
  const line = ctx.t('figures.groupLine', { group: label, ...c });
  return c.substituted > 0
    ? `${line} · ${ctx.t('figures.groupSubstituted', { count: c.substituted })}`
    : line;
}

function breakdownText(
  ctx: CommandContext,
  title: string,
  people: readonly ForumPerson[],
  categoryOf: (p: ForumPerson) => string,
): Block {
  const lines = breakdown(people, categoryOf).map((g) => {
    const label =
      g.key === null
        ? ctx.t('figures.others', { count: g.merged })
        : g.key || ctx.t('figures.notStated');
    return groupLine(ctx, label, g.counts);
  });
  return {
    kind: 'text',
    text: `*${title}*\n${lines.length > 0 ? lines.join('\n') : ctx.t('figures.nobody')}`,
  };
}

/**
 * The live tally of a forum: the guest list's answers, seats and waitlist, check-ins, and
 * the same per organisation type and municipality. It is also the coordinators' overview
 * of the forum, with buttons to the rest. Counts only, so it may be shown in a channel.
 */
export const tallyCommand = defineCommand({
  id: tallyId,
  words: ['siffror', 'figures', 'statistik', 'stats', 'tally'],
  fromText: forumFromText,
  args: forumRefArgs,
  run(ctx, { forum: ref }) {
    const { t, store, now, locale, timeZone } = ctx;
    const forum = findAnyForum(store, ref, now);
    const people = forumPeople(store, forum.id);
    const c = totals(people);
    const onDay = (day: 1 | 2) =>
      people.filter((p) => isRegistered(p) && p.participant?.checkIns.has(day)).length;
    const fields = [
      { label: t('figures.invited'), value: String(c.invited) },
      { label: t('figures.yes'), value: String(c.yes) },
      { label: t('figures.no'), value: String(c.no) },
      { label: t('figures.noAnswer'), value: String(c.noAnswer) },
      ...(c.substituted > 0
        ? [{ label: t('figures.substituted'), value: String(c.substituted) }]
        : []),
      {
        label: t('figures.registered'),
        value: t('figures.registeredValue', { count: c.registered, capacity: forum.capacity }),
      },
      { label: t('figures.waitlisted'), value: String(c.waitlisted) },
      ...(c.offered > 0 ? [{ label: t('figures.offered'), value: String(c.offered) }] : []),
      {
        label: t('figures.checkedIn'),
        value: t('figures.checkedInValue', { count: c.checkedIn, day1: onDay(1), day2: onDay(2) }),
      },
    ];
    const args = { forum: String(forum.id) };
    return message(
      { kind: 'heading', text: t('figures.title', { forum: forum.title }) },
      {
        kind: 'text',
        text: t('figures.asOf', { when: formatDateTime(now, locale, timeZone) }),
        muted: true,
      },
      { kind: 'fields', fields },
      breakdownText(ctx, t('figures.byOrganisationType'), people, (p) =>
        p.invitee ? p.invitee.organisationType : '',
      ),
      breakdownText(ctx, t('figures.byMunicipality'), people, (p) =>
        p.invitee ? p.invitee.municipality : '',
      ),
      {
        kind: 'actions',
        buttons: [
          { label: t('figures.button.catering'), command: cateringId, args },
          { label: t('figures.button.participation'), command: participationId, args },
          { label: t('figures.button.export'), command: exportId, args },
          { label: t('attendance.button.list'), command: rosterId, args },
          forumEnded(forum, now)
            ? { label: t('figures.button.evaluation'), command: 'evaluation.summary', args }
            : { label: t('figures.button.code'), command: 'attendance.code', args },
        ],
      },
    );
  },
});
