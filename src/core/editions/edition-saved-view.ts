import type { Block, Reply } from '../chat.js';
import { message } from '../chat.js';
import type { CommandContext } from '../command.js';
import { figuresButtons } from '../figures/figures-buttons.js';
import type { Forum } from '../forum/forum.js';
import { registrationOptions } from '../forum/forum.js';
import { forumSummary } from '../forum/forum-summary.js';
import type { MessageKey } from '../i18n/translate.js';
import { formatDateTime } from '../time/format-date.js';

/**
 * The buttons under a forum a coordinator looks after: the forum itself, its guests and
 * invitations, and its figures. This list is the coordinator's way into a season.
 */
export const editionButtons = (
  ctx: CommandContext,
  forum: Forum,
): Extract<Block, { kind: 'actions' }> => {
  const args = { forum: String(forum.id) };
  return {
    kind: 'actions',
    buttons: [
      { label: ctx.t('editions.button.edit'), command: 'editions.edit', args },
      { label: ctx.t('button.guestList'), command: 'guests.list', args },
      { label: ctx.t('button.invitationStatus'), command: 'invitations.status', args },
      ...figuresButtons(ctx.t, forum.id),
      { label: ctx.t('button.program'), command: 'forum.program', args },
    ],
  };
};

/**
 * What a coordinator sees after saving: the forum as participants will see it, plus what
 * only the form shows (short name, opening, what is offered, how long the programme is).
 */
export function editionSavedView(
  ctx: CommandContext,
  forum: Forum,
  outcome: { created: boolean; offered: number },
): Reply {
  const { t, locale, timeZone } = ctx;
  const offered = forum.offers.length
    ? registrationOptions
        .filter((o) => forum.offers.includes(o))
        .map((o) => t(`signup.field.${o}` as MessageKey))
        .join(', ')
    : t('editions.field.offersNone');
  const blocks: Block[] = [
    {
      kind: 'text',
      text: t(outcome.created ? 'editions.saved.created' : 'editions.saved.updated', {
        forum: forum.title,
      }),
    },
    ...forumSummary(ctx, forum),
    {
      kind: 'fields',
      fields: [
        { label: t('editions.field.slugShown'), value: forum.slug },
        {
          label: t('editions.field.opens'),
          value: forum.registrationOpensAt
            ? formatDateTime(forum.registrationOpensAt, locale, timeZone)
            : t('editions.field.opensNow'),
        },
        { label: t('editions.field.offers'), value: offered },
        { label: t('editions.field.agendaCount'), value: String(forum.agenda.length) },
      ],
    },
  ];
  if (outcome.offered > 0) {
    blocks.push({ kind: 'text', text: t('editions.saved.offered', { count: outcome.offered }) });
  }
  return message(...blocks, {
    kind: 'actions',
    buttons: [
      ...editionButtons(ctx, forum).buttons,
      { label: t('editions.button.list'), command: 'editions.list' },
    ],
  });
}
