import { z } from 'zod';
import type { Store } from '../../store/store.js';
import type { Block } from '../chat.js';
import { message } from '../chat.js';
import { defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { formatDate, formatDateTime } from '../time/format-date.js';
import type { Round, RoundOrganisation } from './round.js';
import { assertFacilitator, findRound, idArg, roundFromText } from './round-access.js';

export type AnswerState = 'answered' | 'moreTime' | 'extended' | 'waiting';

/** Where one organisation's answer stands. */
export function answerState(store: Store, round: Round, o: RoundOrganisation): AnswerState {
  const answer = store.roundInputs.findForOrganisation(o.id);
  if (answer && answer.status !== 'withdrawn') return 'answered';
  if (o.deadline && o.deadline > round.closesAt) return 'extended';
  if (o.moreTimeAskedAt) return 'moreTime';
  return 'waiting';
}

/** Every organisation of a remiss by where its answer stands. */
export function statusBoard(store: Store, round: Round) {
  const board: Record<AnswerState, RoundOrganisation[]> = {
    answered: [],
    moreTime: [],
    extended: [],
    waiting: [],
  };
  for (const o of store.roundOrganisations.listForRound(round.id)) {
    board[answerState(store, round, o)].push(o);
  }
  return board;
}

/**
 * "remisstatus": who has answered, who asked for more time, who has an extension, and who has
 * not answered yet, with a button to extend for those who asked. Personal: it lists the
 * contacts' e-mail addresses and their reasons for asking for more time.
 */
export const statusCommand = defineCommand({
  id: 'rounds.status',
  words: ['remisstatus', 'remissläge', 'remisslage', 'responses'],
  fromText: roundFromText,
  args: z.object({ round: idArg.optional() }),
  personal: true,
  run(ctx, args) {
    assertFacilitator(ctx);
    const { t, store } = ctx;
    const round = args.round
      ? findRound(store, args.round)
      : store.rounds.listRecent(ctx.now.toISOString()).find((r) => r.kind === 'remiss');
    if (!round) throw new UserError('rounds.status.noRemiss');
    if (round.kind !== 'remiss') throw new UserError('rounds.orgs.notRemiss');
    const board = statusBoard(store, round);
    const day = (at: string) => formatDate(at, ctx.locale, ctx.timeZone);
    const when = (at: string) => formatDateTime(at, ctx.locale, ctx.timeZone);
    const blocks: Block[] = [
      { kind: 'heading', text: t('rounds.status.title', { title: round.title }) },
      {
        kind: 'text',
        text: t('rounds.status.summary', {
          answered: board.answered.length,
          moreTime: board.moreTime.length,
          extended: board.extended.length,
          waiting: board.waiting.length,
          deadline: when(round.closesAt),
        }),
      },
    ];
    const section = (state: AnswerState, line: (o: RoundOrganisation) => string) => {
      const list = board[state];
      if (list.length === 0) return;
      blocks.push({
        kind: 'text',
        text: [
          t(`rounds.status.${state}`, { count: list.length }),
          ...list.map((o) => `• ${line(o)}`),
        ].join('\n'),
      });
    };
    section('answered', (o) => {
      const answer = store.roundInputs.findForOrganisation(o.id);
      return t('rounds.status.answeredLine', { name: o.name, when: day(answer?.updatedAt ?? '') });
    });
    section('moreTime', (o) =>
      t('rounds.status.moreTimeLine', {
        name: o.name,
        until: o.moreTimeUntil ? day(o.moreTimeUntil) : '–',
        reason: o.moreTimeReason || '–',
      }),
    );
    section('extended', (o) =>
      t('rounds.status.extendedLine', { name: o.name, until: when(o.deadline ?? round.closesAt) }),
    );
    section('waiting', (o) =>
      t('rounds.status.waitingLine', { name: o.name, contact: o.contactEmail ?? '–' }),
    );
    const a = { round: String(round.id) };
    blocks.push({
      kind: 'actions',
      buttons: [
        ...board.moreTime.slice(0, 20).map((o) => ({
          label: t('rounds.button.extendFor', { organisation: o.name }),
          command: 'rounds.extend',
          args: { ...a, org: String(o.id) },
        })),
        { label: t('rounds.button.extend'), command: 'rounds.extend', args: a },
        { label: t('rounds.button.manage'), command: 'rounds.manage', args: a },
      ],
    });
    return message(...blocks);
  },
});
