import type { View } from '../chat.js';
import type { Forum } from '../forum/forum.js';
import type { Translate } from '../i18n/translate.js';

export const rateId = 'evaluation.rate';
export const ratings = ['1', '2', '3', '4', '5'] as const;

/** The evaluation as it reaches those who came: one question, five buttons. */
export function evaluationView(t: Translate, forum: Forum): View {
  return {
    blocks: [
      { kind: 'heading', text: t('evaluation.invite.title', { forum: forum.title }) },
      { kind: 'text', text: t('evaluation.invite.text', { forum: forum.title }) },
      {
        kind: 'actions',
        buttons: ratings.map((rating) => ({
          label: rating,
          command: rateId,
          args: { forum: String(forum.id), rating },
        })),
      },
      { kind: 'text', text: t('evaluation.invite.anonymous'), muted: true },
    ],
  };
}
