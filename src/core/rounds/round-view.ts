import type { Store } from '../../store/store.js';
import type { Block, Button, View } from '../chat.js';
import { type MessageKey, translator } from '../i18n/translate.js';
import { formatDateTime } from '../time/format-date.js';
import { excerpt } from './clean-text.js';
import type { Round } from './round.js';
import { closedTime, phaseOf } from './round-access.js';

/** How much of a remiss's list of organisations the round's message shows. */
const organisationListMax = 1500;

export const kindLabel = (round: Pick<Round, 'kind'>): MessageKey => `rounds.kind.${round.kind}`;
export const anonymityNote = (round: Pick<Round, 'anonymity'>): MessageKey =>
  `rounds.anonymity.note.${round.anonymity}`;

/**
 * How to answer. A reply in the thread shows the replier's name to everyone, so it is
 * offered only where names are shown anyway; otherwise the form is the way in.
 */
const howKey = (round: Pick<Round, 'kind' | 'anonymity'>): MessageKey =>
  round.kind === 'remiss'
    ? 'rounds.view.howRemiss'
    : round.anonymity === 'named'
      ? 'rounds.view.how'
      : 'rounds.view.howForm';

/**
 * The round's message in its conversation, in the round's language: the prompts, how to
 * answer, and the live counts. It is posted once and then edited in place as inputs come in.
 */
export function roundView(store: Store, round: Round, timeZone: string, now: Date): View {
  const t = translator(round.locale);
  const when = (at: string) => formatDateTime(at, round.locale, timeZone);
  const phase = phaseOf(store, round, now);
  const prompts = store.rounds.prompts(round.id);
  const blocks: Block[] = [{ kind: 'heading', text: `${t(kindLabel(round))}: ${round.title}` }];
  const meta = [
    phase === 'closed'
      ? t('rounds.view.closedAt', { when: when(closedTime(store, round)) })
      : phase === 'upcoming'
        ? t('rounds.view.opensAt', { when: when(round.opensAt), closes: when(round.closesAt) })
        : t('rounds.view.openUntil', { when: when(round.closesAt) }),
    ...(round.area ? [t('rounds.view.area', { area: round.area })] : []),
    ...(round.audience ? [t('rounds.view.audience', { audience: round.audience })] : []),
  ];
  blocks.push({ kind: 'text', text: meta.join('\n') });
  blocks.push({
    kind: 'text',
    text:
      prompts.length === 1
        ? t('rounds.view.prompt', { prompt: prompts[0]?.text ?? '' })
        : [t('rounds.view.prompts'), ...prompts.map((p) => `${p.position}. ${p.text}`)].join('\n'),
  });
  const counts = store.roundInputs.counts(round.id);
  if (round.kind === 'remiss') {
    const organisations = store.roundOrganisations.listForRound(round.id);
    if (organisations.length > 0) {
      const names = excerpt(organisations.map((o) => o.name).join(', '), organisationListMax);
      blocks.push({
        kind: 'text',
        text: t('rounds.view.organisations', { count: organisations.length, names }),
      });
    }
    blocks.push({
      kind: 'fields',
      fields: [
        {
          label: t('rounds.view.answers'),
          value: t('rounds.view.answersValue', {
            answered: counts.inputs,
            invited: organisations.length,
          }),
        },
      ],
    });
  } else {
    blocks.push({
      kind: 'fields',
      fields: [
        { label: t('rounds.view.inputs'), value: String(counts.inputs) },
        { label: t('rounds.view.participants'), value: String(counts.participants) },
      ],
    });
  }
  if (phase === 'closed') {
    blocks.push({ kind: 'text', text: t('rounds.view.closedThanks') });
    return { blocks };
  }
  // A remiss is answered in the organisation's name; there is nothing to say about names.
  if (round.kind !== 'remiss')
    blocks.push({ kind: 'text', text: t(anonymityNote(round)), muted: true });
  const voting = round.votingStartedAt !== null && round.votingEndedAt === null;
  if (voting) {
    blocks.push({
      kind: 'text',
      text: t('rounds.view.voting', { votes: round.votesPerPerson ?? 0 }),
    });
  } else if (round.votingEndedAt) {
    blocks.push({ kind: 'text', text: t('rounds.view.votingDone') });
  }
  blocks.push({ kind: 'text', text: t(howKey(round)) });
  const args = { round: String(round.id) };
  const buttons: Button[] =
    round.kind === 'remiss'
      ? [
          {
            label: t('rounds.button.answer'),
            command: 'rounds.answer',
            args,
            style: 'primary',
          },
          { label: t('rounds.button.moreTime'), command: 'rounds.moretime', args },
        ]
      : [
          { label: t('rounds.button.give'), command: 'rounds.input', args, style: 'primary' },
          { label: t('rounds.button.mine'), command: 'rounds.mine', args },
        ];
  if (voting) {
    buttons.push({ label: t('rounds.button.vote'), command: 'rounds.ballot', args });
  }
  blocks.push({ kind: 'actions', buttons });
  return { blocks };
}
