import type { Button } from '../chat.js';
import type { Translate } from '../i18n/translate.js';

export const tallyId = 'figures.tally';
export const cateringId = 'figures.catering';
export const exportId = 'figures.export';
export const participationId = 'figures.participation';

/**
 * The coordinators' way into the figures of one forum ("Siffror", "Catering", "Exportera"),
 * for any coordinator's overview of a forum to show.
 */
export function figuresButtons(t: Translate, forumId: number): Button[] {
  const args = { forum: String(forumId) };
  return [
    { label: t('figures.button.tally'), command: tallyId, args },
    { label: t('figures.button.catering'), command: cateringId, args },
    { label: t('figures.button.export'), command: exportId, args },
  ];
}
