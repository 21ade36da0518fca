import { findAnyForum } from '../attendance/find-any-forum.js';
import type { Block } from '../chat.js';
import { message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { forumFromText, forumRefArgs } from '../forum/forum-ref.js';
import { cateringOf, type Need, optionLabel } from './catering.js';
import { cateringId, exportId, tallyId } from './figures-buttons.js';
import { forumPeople } from './forum-people.js';

/**
 * Most needs listed in the message, per kind. Past that the message would grow beyond what
 * a chat shows well (and Slack's block limits); the export has them all.
 */
export const maxNeedsShown = 20;

function needsBlocks(ctx: CommandContext, title: string, needs: readonly Need[]): Block[] {
  const { t } = ctx;
  const blocks: Block[] = [{ kind: 'text', text: `*${title}* (${needs.length})` }];
  if (needs.length === 0) return [...blocks, { kind: 'text', text: t('figures.catering.none') }];
  // Fields, not text: what people wrote is shown as plain text in every door.
  blocks.push({
    kind: 'fields',
    fields: needs.slice(0, maxNeedsShown).map((n) => ({
      label: n.organisation ? `${n.name}, ${n.organisation}` : n.name,
      value: n.text,
    })),
  });
  if (needs.length > maxNeedsShown) {
    blocks.push({
      kind: 'text',
      text: t('figures.catering.more', { count: needs.length - maxNeedsShown }),
      muted: true,
    });
  }
  return blocks;
}

/**
 * What to order: each meal and the overnight stays among those with a seat, and who needs
 * what for diet, allergies and accessibility. Those are personal data (health, in part), so
 * the command is for coordinators and its reply only where nobody else sees it.
 */
export const cateringCommand = defineCommand({
  id: cateringId,
  words: ['catering', 'måltider', 'maltider', 'meals'],
  fromText: forumFromText,
  args: forumRefArgs,
  personal: true,
  run(ctx, { forum: ref }) {
    const { t, store, now } = ctx;
    const forum = findAnyForum(store, ref, now);
    const catering = cateringOf(forum, forumPeople(store, forum.id));
    const args = { forum: String(forum.id) };
    return message(
      { kind: 'heading', text: t('figures.catering.title', { forum: forum.title }) },
      { kind: 'text', text: t('figures.catering.intro', { count: catering.seated }) },
      {
        kind: 'fields',
        fields: catering.options.map(({ option, count }) => ({
          label: optionLabel(ctx, option),
          value: String(count),
        })),
      },
      ...needsBlocks(ctx, t('figures.catering.diets'), catering.diets),
      ...needsBlocks(ctx, t('figures.catering.accessibility'), catering.accessibility),
      {
        kind: 'actions',
        buttons: [
          { label: t('figures.button.export'), command: exportId, args },
          { label: t('figures.button.tally'), command: tallyId, args },
        ],
      },
    );
  },
});
