import type { Block, Locale, View } from '../chat.js';
import type { Forum } from '../forum/forum.js';
import type { Invitee } from '../guests/invitee.js';
import type { Translate } from '../i18n/translate.js';
import { formatDateTime, formatSpan, formatTime } from '../time/format-date.js';

/** Programme lines shown in the invitation; the whole programme is one button away. */
const agendaLines = 8;

/** The invitation as a direct message: the forum, the programme and one-click answers. */
export function invitationView(
  t: Translate,
  locale: Locale,
  timeZone: string,
  forum: Forum,
  invitee: Invitee,
  substituteFor?: Invitee,
): View {
  const args = { invitee: String(invitee.id) };
  const blocks: Block[] = [
    { kind: 'heading', text: t('invitation.title', { forum: forum.title }) },
    { kind: 'text', text: t('invitation.greeting', { name: invitee.name, forum: forum.title }) },
  ];
  if (substituteFor) {
    blocks.push({
      kind: 'text',
      text: t('invitation.substitute.note', { name: substituteFor.name }),
    });
  }
  blocks.push({
    kind: 'fields',
    fields: [
      {
        label: t('forum.field.when'),
        value: formatSpan(forum.startsAt, forum.endsAt, locale, timeZone),
      },
      { label: t('forum.field.venue'), value: forum.venue },
      {
        label: t('forum.field.fee'),
        value:
          forum.feeSek > 0
            ? t('forum.fee', { fee: forum.feeSek.toLocaleString('sv-SE') })
            : t('forum.fee.none'),
      },
    ],
  });
  if (forum.agenda.length > 0) {
    const lines = forum.agenda
      .slice(0, agendaLines)
      .map((item) => `${formatTime(item.at, locale, timeZone)}  ${item[locale]}`);
    if (forum.agenda.length > agendaLines) lines.push('…');
    blocks.push({ kind: 'text', text: `*${t('invitation.programme')}*\n${lines.join('\n')}` });
  }
  blocks.push(
    {
      kind: 'text',
      text: t('invitation.answerBy', {
        deadline: formatDateTime(forum.registrationClosesAt, locale, timeZone),
        organisation: invitee.organisation,
      }),
    },
    {
      kind: 'actions',
      buttons: [
        { label: t('button.yesSignMeUp'), command: 'invitation.yes', args, style: 'primary' },
        { label: t('button.noThanks'), command: 'invitation.no', args },
        { label: t('button.sendColleague'), command: 'invitation.substitute', args },
        { label: t('button.program'), command: 'forum.program', args: { forum: String(forum.id) } },
      ],
    },
  );
  return { blocks };
}
