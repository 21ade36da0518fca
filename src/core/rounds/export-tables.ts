import type { CommandContext } from '../command.js';
import type { Sheet } from '../export/write-xlsx.js';
import { localTimeOf } from '../forum/forum-file.js';
import { personName } from './author-text.js';
import { ranked } from './ranking.js';
import type { Round, RoundInput } from './round.js';
import { deadlineOf } from './round-access.js';
import { answerState } from './status-command.js';
import { tagLabel } from './tags.js';

type Ctx = Pick<CommandContext, 't' | 'store' | 'locale' | 'timeZone'>;

/** "2027-03-09 14:32", local time: sorts as text, and Excel reads it as a date and time. */
export const localStamp = (ctx: Ctx, at: string) => localTimeOf(at, ctx.timeZone).replace('T', ' ');

/** The inputs the exports hold: everything not withdrawn by its author, hidden ones marked. */
export const exportedInputs = (ctx: Ctx, round: Round): RoundInput[] =>
  ctx.store.roundInputs.listForRound(round.id).filter((i) => i.status !== 'withdrawn');

/**
 * What the exports say about an input besides its text. An anonymous round's rows hold no
 * person, and the exports leave out all else that could point at one: no organisation type,
 * municipality or source (a reply is a name in the channel), and the day, not the minute.
 */
export function inputDetails(
  ctx: Ctx,
  round: Round,
  i: RoundInput,
  nameOf: (personId: number | null) => string = (id) => personName(ctx.store, id),
) {
  if (round.anonymity === 'anonymous') {
    const blank = { organisation: '', organisationType: '', municipality: '', person: '' };
    return { ...blank, time: localStamp(ctx, i.createdAt).slice(0, 10), source: '' };
  }
  return {
    organisation: i.organisation,
    organisationType: i.organisationType,
    municipality: i.municipality,
    person: nameOf(i.personId),
    time: localStamp(ctx, i.createdAt),
    source: ctx.t(`rounds.export.source.${i.source}`),
  };
}

/**
 * One row per input, with its prompt, tags, theme, organisation, municipality and time, as
 * far as the round's anonymity allows (see inputDetails).
 */
export function inputsSheet(
  ctx: Ctx,
  round: Round,
  inputs: readonly RoundInput[] = exportedInputs(ctx, round),
): Sheet {
  const { t, store } = ctx;
  // A person gives many inputs: each name is looked up once, not once per input.
  const names = new Map<number | null, string>();
  const nameOf = (id: number | null) => {
    let name = names.get(id);
    if (name === undefined) {
      name = personName(store, id);
      names.set(id, name);
    }
    return name;
  };
  const prompts = new Map(store.rounds.prompts(round.id).map((p) => [p.id, p]));
  const themes = new Map(store.roundInputs.themes(round.id).map((th) => [th.id, th.title]));
  const votes = store.roundVotes.totals(round.id);
  const rows = inputs.map((i) => {
    const about = inputDetails(ctx, round, i, nameOf);
    return [
      i.number,
      i.promptId !== null ? (prompts.get(i.promptId)?.text ?? '') : '',
      i.text,
      i.tags.map((id) => tagLabel(id, ctx.locale)).join(', '),
      i.themeId !== null ? (themes.get(i.themeId) ?? '') : '',
      about.organisation,
      about.organisationType,
      about.municipality,
      about.person,
      about.time,
      about.source,
      votes.get(`i${i.id}`) ?? 0,
      t(i.status === 'hidden' ? 'rounds.export.hidden' : 'rounds.export.visible'),
      i.status === 'hidden' ? nameOf(i.hiddenBy) : '',
      i.hiddenReason ?? '',
      i.documentUrl ?? '',
    ];
  });
  return {
    name: t('rounds.export.sheet.inputs'),
    header: [
      t('rounds.export.column.number'),
      t('rounds.export.column.prompt'),
      t('rounds.export.column.text'),
      t('rounds.export.column.tags'),
      t('rounds.export.column.theme'),
      t('rounds.export.column.organisation'),
      t('rounds.export.column.organisationType'),
      t('rounds.export.column.municipality'),
      t('rounds.export.column.person'),
      t('rounds.export.column.time'),
      t('rounds.export.column.source'),
      t('rounds.export.column.votes'),
      t('rounds.export.column.status'),
      t('rounds.export.column.hiddenBy'),
      t('rounds.export.column.reason'),
      t('rounds.export.column.document'),
    ],
    rows,
  };
}

/** Visible inputs per tag. */
export function tagsSheet(
  ctx: Ctx,
  round: Round,
  inputs: readonly RoundInput[] = exportedInputs(ctx, round),
): Sheet {
  const { t } = ctx;
  const visible = inputs.filter((i) => i.status === 'active');
  const rows = round.tags.map((id) => [
    tagLabel(id, ctx.locale),
    visible.filter((i) => i.tags.includes(id)).length,
  ]);
  rows.push([t('rounds.export.untagged'), visible.filter((i) => i.tags.length === 0).length]);
  return {
    name: t('rounds.export.sheet.tags'),
    header: [t('rounds.export.column.tag'), t('rounds.export.column.count')],
    rows,
  };
}

/** The prioritisation's ranked list. */
export function rankingSheet(ctx: Ctx, round: Round, inputs?: readonly RoundInput[]): Sheet {
  const { t } = ctx;
  return {
    name: t('rounds.export.sheet.ranking'),
    header: [
      t('rounds.export.column.rank'),
      t('rounds.export.column.numbers'),
      t('rounds.export.column.text'),
      t('rounds.export.column.votes'),
    ],
    rows: ranked(ctx.store, round.id, inputs).map(({ rank, candidate }) => [
      rank,
      candidate.numbers.map((n) => `#${n}`).join(', '),
      candidate.text,
      candidate.votes,
    ]),
  };
}

/** A remiss's organisations and where each answer stands. */
export function remissSheet(ctx: Ctx, round: Round): Sheet {
  const { t, store } = ctx;
  return {
    name: t('rounds.export.sheet.remiss'),
    header: [
      t('rounds.export.column.organisation'),
      t('rounds.export.column.organisationType'),
      t('rounds.export.column.municipality'),
      t('rounds.export.column.contact'),
      t('rounds.export.column.state'),
      t('rounds.export.column.deadline'),
      t('rounds.export.column.answered'),
    ],
    rows: store.roundOrganisations.listForRound(round.id).map((o) => {
      const answer = store.roundInputs.findForOrganisation(o.id);
      const state = answerState(store, round, o);
      return [
        o.name,
        o.organisationType,
        o.municipality,
        o.contactEmail ?? '',
        t(`rounds.status.state.${state}`),
        localStamp(ctx, deadlineOf(round, o)),
        state === 'answered' && answer ? localStamp(ctx, answer.updatedAt) : '',
      ];
    }),
  };
}
