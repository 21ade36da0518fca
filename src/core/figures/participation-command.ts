import { findAnyForum } from '../attendance/find-any-forum.js';
import { forumEnded } from '../attendance/forum-days.js';
import type { Block } from '../chat.js';
import { message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { forumFromText, forumRefArgs } from '../forum/forum-ref.js';
import type { MessageKey } from '../i18n/translate.js';
import { participationId, tallyId } from './figures-buttons.js';
import { type ForumPerson, forumPeople, hasAttended, isRegistered } from './forum-people.js';
import { minGroupSize, suppress } from './suppress.js';

const collator = new Intl.Collator('sv');

/**
 * One breakdown with small groups withheld (see `suppress`). Shown groups come largest
 * first; withheld ones after them in alphabetical order, so not even their order hints at
 * their size.
 */
function breakdownBlock(
  ctx: CommandContext,
  title: string,
  people: readonly ForumPerson[],
  labelOf: (p: ForumPerson) => string,
): Block {
  const { t } = ctx;
  const counts = new Map<string, number>();
  for (const p of people) counts.set(labelOf(p), (counts.get(labelOf(p)) ?? 0) + 1);
  // In alphabetical order, so a tie for the secondary suppression is settled the same way.
  const { groups } = suppress(
    [...counts].sort(([a], [b]) => collator.compare(a, b)).map(([key, count]) => ({ key, count })),
  );
  const lines = groups
    .sort(
      (a, b) =>
        Number(a.count === null) - Number(b.count === null) ||
        (b.count ?? 0) - (a.count ?? 0) ||
        collator.compare(a.key, b.key),
    )
    .map(({ key, count, withheld }) => {
      if (withheld === 'small') return `${key}: ${t('figures.fewerThan', { min: minGroupSize })}`;
      if (withheld === 'secondary') return `${key}: ${t('figures.notShown')}`;
      return `${key}: ${count}`;
    });
  return { kind: 'text', text: `*${title}*\n${lines.join('\n') || t('figures.nobody')}` };
}

/**
 * Who takes part, by gender, organisation type and municipality, for gender-disaggregated
 * follow-up. Before the forum it counts the registered, afterwards those who came. Groups
 * under five are withheld so the figures can be passed on without singling anyone out.
 */
export const participationCommand = defineCommand({
  id: participationId,
  words: ['deltagande', 'participation'],
  fromText: forumFromText,
  args: forumRefArgs,
  run(ctx, { forum: ref }) {
    const { t, store, now } = ctx;
    const forum = findAnyForum(store, ref, now);
    const after = forumEnded(forum, now);
    const people = forumPeople(store, forum.id).filter(after ? hasAttended : isRegistered);
    const notStated = t('figures.notStated');
    const stated = (value: string | undefined) => value?.trim() || notStated;
    const { total } = suppress([{ key: 'all', count: people.length }]);
    return message(
      { kind: 'heading', text: t('figures.participation.title', { forum: forum.title }) },
      {
        kind: 'text',
        text: t(after ? 'figures.participation.attended' : 'figures.participation.registered', {
          total: total ?? t('figures.fewerThan', { min: minGroupSize }),
        }),
      },
      { kind: 'text', text: t('figures.participation.rule', { min: minGroupSize }), muted: true },
      breakdownBlock(ctx, t('figures.byGender'), people, (p) =>
        p.invitee?.gender ? t(`figures.gender.${p.invitee.gender}` as MessageKey) : notStated,
      ),
      breakdownBlock(ctx, t('figures.byOrganisationType'), people, (p) =>
        stated(p.invitee?.organisationType),
      ),
      breakdownBlock(ctx, t('figures.byMunicipality'), people, (p) =>
        stated(p.invitee?.municipality),
      ),
      {
        kind: 'actions',
        buttons: [
          { label: t('figures.button.tally'), command: tallyId, args: { forum: String(forum.id) } },
        ],
      },
    );
  },
});
