import type { CommandContext } from '../command.js';
import type { Sheet } from '../export/write-xlsx.js';
import type { Forum, RegistrationStatus } from '../forum/forum.js';
import type { MessageKey } from '../i18n/translate.js';
import type { Catering } from './catering.js';
import { optionLabel } from './catering.js';
import type { ForumPerson } from './forum-people.js';

const statusOrder: Record<RegistrationStatus, number> = {
  registered: 0,
  offered: 1,
  waitlisted: 2,
  cancelled: 3,
};

/**
 * Everyone with a registration, seats first, then offers, the waitlist and cancellations
 * (a late cancellation may still be invoiced), each alphabetically.
 */
export function participantSheet(
  ctx: Pick<CommandContext, 't'>,
  forum: Forum,
  people: readonly ForumPerson[],
): Sheet {
  const { t } = ctx;
  const options = forum.offers;
  const rows = people
    .map((p) => p.participant)
    .filter((p) => p !== undefined)
    .sort((a, b) => statusOrder[a.registration.status] - statusOrder[b.registration.status]) // stable: keeps the alphabetical order within each status
    .map((p) => {
      const r = p.registration;
      return [
        p.name,
        p.email,
        r.organisation,
        p.invitee?.organisationType ?? '',
        p.invitee?.municipality ?? '',
        r.roleTitle,
        t(`figures.status.${r.status}` as MessageKey),
        ...options.map((option) => r[option]),
        r.diet,
        r.accessibility,
        r.invoiceReference,
        p.checkIns.has(1),
        p.checkIns.has(2),
      ];
    });
  return {
    name: t('figures.sheet.participants'),
    header: [
      t('figures.column.name'),
      t('figures.column.email'),
      t('figures.column.organisation'),
      t('figures.column.organisationType'),
      t('figures.column.municipality'),
      t('figures.column.role'),
      t('figures.column.status'),
      ...options.map((option) => optionLabel(ctx, option)),
      t('figures.column.diet'),
      t('figures.column.accessibility'),
      t('figures.column.invoiceReference'),
      t('figures.column.checkedInDay', { day: 1 }),
      t('figures.column.checkedInDay', { day: 2 }),
    ],
    rows,
  };
}

/** The catering summary as a table: each option's count, and how many wrote a need. */
export function cateringSheet(ctx: Pick<CommandContext, 't'>, catering: Catering): Sheet {
  const { t } = ctx;
  return {
    name: t('figures.sheet.catering'),
    header: [t('figures.column.item'), t('figures.column.count')],
    rows: [
      [t('figures.catering.seated'), catering.seated],
      ...catering.options.map(({ option, count }) => [optionLabel(ctx, option), count]),
      [t('figures.catering.diets'), catering.diets.length],
      [t('figures.catering.accessibility'), catering.accessibility.length],
    ],
  };
}
