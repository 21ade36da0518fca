import { z } from 'zod';
import type { Block, Button, Reply } from '../chat.js';
import { message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { formatDateTime } from '../time/format-date.js';
import type { Round } from './round.js';
import {
  closedTime,
  closingTime,
  findRound,
  idArg,
  isFacilitator,
  managedRound,
  phaseOf,
  roundArgs,
  roundFromText,
  tookPart,
} from './round-access.js';
import { anonymityNote, kindLabel } from './round-view.js';

/** How far back closed rounds are listed. */
const closedListedDays = 90;
const listedMax = 15;

/** "Workshop: title": the round's name with its kind. */
export const roundName = (ctx: CommandContext, round: Round) =>
  `${ctx.t(kindLabel(round))}: ${round.title}`;

/** "öppen till …", "öppnar …", "stängd …", in the asker's language. */
export function phaseText(ctx: CommandContext, round: Round): string {
  const when = (at: string) => formatDateTime(at, ctx.locale, ctx.timeZone);
  const phase = phaseOf(ctx.store, round, ctx.now);
  if (phase === 'upcoming') return ctx.t('rounds.phase.upcoming', { when: when(round.opensAt) });
  if (phase === 'open') {
    return ctx.t('rounds.phase.open', { when: when(closingTime(ctx.store, round)) });
  }
  return ctx.t('rounds.phase.closed', {
    when: when(closedTime(ctx.store, round)),
  });
}

/**
 * "rundor": facilitators see every round (open, and closed in the last three months) with a
 * button to manage each; "rundor 3" goes straight to round 3. Anyone else sees the rounds they
 * took part in (gave an input or a vote), or answer a remiss for: a round in a channel they
 * are not in stays out of sight.
 */
export const listRoundsCommand = defineCommand({
  id: 'rounds.list',
  words: ['rundor', 'rounds', 'samråd', 'samrad'],
  fromText: roundFromText,
  args: z.object({ round: idArg.optional() }),
  run(ctx, args) {
    if (args.round && isFacilitator(ctx)) return manageView(ctx, findRound(ctx.store, args.round));
    const { t, store } = ctx;
    const since = new Date(ctx.now.getTime() - closedListedDays * 86_400_000).toISOString();
    const facilitator = isFacilitator(ctx);
    const rounds = store.rounds
      .listRecent(since)
      .filter((round) => facilitator || tookPart(ctx, round))
      .slice(0, listedMax);
    if (rounds.length === 0) {
      return message({
        kind: 'text',
        text: t(facilitator ? 'rounds.list.none' : 'rounds.list.noneYours'),
      });
    }
    const blocks: Block[] = [{ kind: 'heading', text: t('rounds.list.title') }];
    for (const round of rounds) {
      const counts = store.roundInputs.counts(round.id);
      blocks.push({
        kind: 'text',
        text: t('rounds.list.line', {
          id: round.id,
          name: roundName(ctx, round),
          phase: phaseText(ctx, round),
          inputs: counts.inputs,
        }),
      });
      const a = { round: String(round.id) };
      const buttons: Button[] = facilitator
        ? [{ label: t('rounds.button.manage'), command: 'rounds.manage', args: a }]
        : round.kind === 'remiss'
          ? [{ label: t('rounds.button.answer'), command: 'rounds.answer', args: a }]
          : [{ label: t('rounds.button.mine'), command: 'rounds.mine', args: a }];
      blocks.push({ kind: 'actions', buttons });
    }
    if (facilitator) blocks.push({ kind: 'text', text: t('rounds.list.newHint'), muted: true });
    return message(...blocks);
  },
});

/** A round at a glance for its facilitators, with everything they can do to it. */
export function manageView(ctx: CommandContext, round: Round): Reply {
  const { t, store } = ctx;
  const all = store.roundInputs.listForRound(round.id);
  const counts = store.roundInputs.counts(round.id);
  const phase = phaseOf(store, round, ctx.now);
  const a = { round: String(round.id) };
  const fields = [
    { label: t('rounds.manage.status'), value: phaseText(ctx, round) },
    { label: t('rounds.manage.anonymity'), value: t(`rounds.anonymity.${round.anonymity}`) },
    {
      label: t('rounds.manage.inputs'),
      value: t('rounds.manage.inputsValue', {
        active: counts.inputs,
        hidden: all.filter((i) => i.status === 'hidden').length,
        withdrawn: all.filter((i) => i.status === 'withdrawn').length,
      }),
    },
    { label: t('rounds.manage.participants'), value: String(counts.participants) },
  ];
  if (round.kind === 'remiss') {
    const organisations = store.roundOrganisations.listForRound(round.id);
    fields.push({
      label: t('rounds.manage.answers'),
      value: t('rounds.view.answersValue', {
        answered: counts.inputs,
        invited: organisations.length,
      }),
    });
  } else {
    fields.push({
      label: t('rounds.manage.themes'),
      value: String(store.roundInputs.themes(round.id).length),
    });
    fields.push({ label: t('rounds.manage.voting'), value: votingText(ctx, round) });
  }
  const work: Button[] = [{ label: t('rounds.button.inputs'), command: 'rounds.inputs', args: a }];
  if (round.kind === 'remiss') {
    work.push({ label: t('rounds.button.status'), command: 'rounds.status', args: a });
    if (phase !== 'closed') {
      work.push({ label: t('rounds.button.addOrganisations'), command: 'rounds.orgs', args: a });
      work.push({ label: t('rounds.button.extend'), command: 'rounds.extend', args: a });
    }
  } else {
    work.push({ label: t('rounds.button.merge'), command: 'rounds.merge', args: a });
    if (round.votingStartedAt === null && phase === 'open') {
      work.push({ label: t('rounds.button.startVoting'), command: 'rounds.voting.start', args: a });
    } else if (
      round.votingEndedAt === null &&
      round.votingStartedAt !== null &&
      phase !== 'closed'
    ) {
      work.push({ label: t('rounds.button.stopVoting'), command: 'rounds.voting.stop', args: a });
    }
    if (round.votingStartedAt !== null) {
      work.push({ label: t('rounds.button.results'), command: 'rounds.results', args: a });
    }
  }
  const files: Button[] = [
    {
      label: t('rounds.button.exportXlsx'),
      command: 'rounds.export',
      args: { ...a, format: 'xlsx' },
    },
    {
      label: t('rounds.button.exportCsv'),
      command: 'rounds.export',
      args: { ...a, format: 'csv' },
    },
    { label: t('rounds.button.exportMd'), command: 'rounds.export', args: { ...a, format: 'md' } },
  ];
  if (phase !== 'closed') {
    files.push({
      label: t('rounds.button.close'),
      command: 'rounds.close',
      args: a,
      style: 'danger',
    });
  }
  return message(
    { kind: 'heading', text: `#${round.id} ${roundName(ctx, round)}` },
    { kind: 'fields', fields },
    { kind: 'text', text: t(anonymityNote(round)), muted: true },
    { kind: 'actions', buttons: work },
    { kind: 'actions', buttons: files },
  );
}

function votingText(ctx: CommandContext, round: Round): string {
  const { t } = ctx;
  if (round.votingStartedAt === null) return t('rounds.manage.votingNone');
  const voters = ctx.store.roundVotes.voters(round.id);
  const votes = round.votesPerPerson ?? 0;
  return t(round.votingEndedAt === null ? 'rounds.manage.votingOpen' : 'rounds.manage.votingDone', {
    votes,
    voters,
  });
}

/** "Hantera": the round at a glance. */
export const manageRoundCommand = defineCommand({
  id: 'rounds.manage',
  args: roundArgs,
  run(ctx, args) {
    return manageView(ctx, managedRound(ctx, args.round));
  },
});
