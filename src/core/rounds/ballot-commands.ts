import { z } from 'zod';
import type { Block, Button, Reply } from '../chat.js';
import { message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { excerpt } from './clean-text.js';
import { type Candidate, candidates } from './ranking.js';
import { numbersOf } from './results-text.js';
import type { Round } from './round.js';
import {
  canSee,
  idArg,
  keyOf,
  passArg,
  phaseOf,
  roundFromText,
  roundPass,
  visibleRound,
  votingUnderWay,
} from './round-access.js';

/** Candidates per page: two blocks each keeps the ballot under Slack's 50 blocks. */
const perPage = 8;

/**
 * A round taking votes now, or the kind refusal saying why not. Without a number, the newest
 * round prioritising now among those the asker can see (a facilitator sees them all).
 */
function votingRound(ctx: CommandContext, id: string | undefined, pass?: string): Round {
  const round = id
    ? visibleRound(ctx, id, pass)
    : ctx.store.rounds
        .listUnclosed()
        .reverse()
        .find((r) => votingUnderWay(r) && canSee(ctx, r));
  if (!round) throw new UserError('rounds.vote.noneOpen');
  if (phaseOf(ctx.store, round, ctx.now) === 'closed' || round.votingEndedAt !== null) {
    throw new UserError('rounds.vote.ended', { title: round.title });
  }
  if (round.votingStartedAt === null)
    throw new UserError('rounds.vote.notStarted', { title: round.title });
  return round;
}

/**
 * The person's ballot: every theme and input with a button to put a dot on it (several on
 * one if they like), how many dots they have left, and a page at a time.
 */
function ballot(ctx: CommandContext, round: Round, page: number, note?: string): Reply {
  const { t, store } = ctx;
  const key = keyOf(ctx, round.id);
  const all = candidates(store, round.id);
  const mine = store.roundVotes.mine(round.id, key);
  const used = store.roundVotes.used(round.id, key);
  const votes = round.votesPerPerson ?? 0;
  const pages = Math.max(1, Math.ceil(all.length / perPage));
  const current = Math.min(Math.max(1, page), pages);
  const blocks: Block[] = [
    { kind: 'heading', text: t('rounds.ballot.title', { title: round.title }) },
  ];
  if (note) blocks.push({ kind: 'text', text: note });
  blocks.push({
    kind: 'text',
    text: t('rounds.ballot.left', { left: Math.max(0, votes - used), votes }),
  });
  if (all.length === 0) blocks.push({ kind: 'text', text: t('rounds.ballot.empty') });
  // The voter's pass: the ballot may be shown in their own chat, and its buttons work there.
  const pass = roundPass(ctx, round.id);
  const seen = ballotState(mine);
  const args = (c: { key: string }) => ({
    round: String(round.id),
    target: c.key,
    page: String(current),
    pass,
    seen,
  });
  for (const candidate of all.slice((current - 1) * perPage, current * perPage)) {
    const dots = votesOn(mine, candidate);
    const title = candidate.key.startsWith('t')
      ? t('rounds.ballot.theme', { title: candidate.text, numbers: numbersOf(candidate) })
      : `*${numbersOf(candidate)}* ${excerpt(candidate.text, 280)}`;
    blocks.push({
      kind: 'text',
      text: dots > 0 ? `${title}\n${t('rounds.ballot.yours', { dots: '●'.repeat(dots) })}` : title,
    });
    const buttons: Button[] = [
      {
        label: t('rounds.button.addVote', { numbers: numbersOf(candidate) }),
        command: 'rounds.vote',
        args: args(candidate),
      },
    ];
    if (dots > 0) {
      buttons.push({
        label: t('rounds.button.removeVote'),
        command: 'rounds.unvote',
        args: args(candidate),
      });
    }
    blocks.push({ kind: 'actions', buttons });
  }
  const nav: Button[] = [];
  const at = (p: number) => ({ round: String(round.id), page: String(p), pass });
  if (current > 1)
    nav.push({
      label: t('rounds.button.previous'),
      command: 'rounds.ballot',
      args: at(current - 1),
    });
  if (current < pages)
    nav.push({ label: t('rounds.button.next'), command: 'rounds.ballot', args: at(current + 1) });
  if (nav.length > 0) blocks.push({ kind: 'actions', buttons: nav });
  return { ...message(...blocks), personal: true };
}

/** The person's dots on a candidate: on a theme, or on one of its inputs before the merge. */
function votesOn(mine: Map<string, number>, candidate: Candidate) {
  if (candidate.key.startsWith('i')) return mine.get(candidate.key) ?? 0;
  return candidate.inputIds.reduce(
    (sum, id) => sum + (mine.get(`i${id}`) ?? 0),
    mine.get(candidate.key) ?? 0,
  );
}

/** "Prioritera" (or "prioritera 3" typed): the ballot. */
export const ballotCommand = defineCommand({
  id: 'rounds.ballot',
  words: ['prioritera', 'vote'],
  fromText: roundFromText,
  args: z.object({ round: idArg.optional(), page: idArg.default('1'), pass: passArg }),
  personal: true,
  run(ctx, args) {
    return ballot(ctx, votingRound(ctx, args.round, args.pass), Number(args.page));
  },
});

const voteArgs = z.object({
  round: idArg,
  target: z.string().regex(/^[it]\d{1,12}$/),
  page: idArg.default('1'),
  pass: passArg,
  /** The voter's dots when the ballot was drawn (see ballotState); missing on old buttons. */
  seen: z.string().max(16).optional(),
});

/**
 * A short fingerprint of the voter's dots. Each ballot's buttons carry the one it was drawn
 * with, and a press counts only while it still holds: the second press of a double click (or
 * a press on a ballot older than the last vote) finds the dots changed and changes nothing.
 * A deliberate second dot on the same candidate is a press on the ballot the first one drew.
 */
export function ballotState(mine: ReadonlyMap<string, number>): string {
  const text = [...mine.entries()]
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, n]) => `${k}:${n}`)
    .join(',');
  // FNV-1a, 32 bits: a fingerprint, not a secret; the pass and the voter key guard the rest.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** The candidate a vote button names, if it is one of the round's now. */
function targetOf(ctx: CommandContext, round: Round, target: string) {
  const found = candidates(ctx.store, round.id).find((c) => c.key === target);
  if (!found) throw new UserError('rounds.vote.gone');
  return found;
}

/**
 * A press on the ballot. The round (still prioritising, still open), the candidate (still on
 * the ballot) and the voter's dots are read again under the IMMEDIATE transaction's lock,
 * and `change` runs there: two quick presses cannot both take the last vote, and no dot
 * lands on an input hidden or a round closed a moment before.
 */
function pressBallot(
  ctx: CommandContext,
  args: z.output<typeof voteArgs>,
  note: 'rounds.vote.added' | 'rounds.vote.removed',
  change: (round: Round, candidate: Candidate, key: string) => void,
): Reply {
  const { round, candidate, stale } = ctx.store.transaction(() => {
    const round = votingRound(ctx, args.round, args.pass);
    const candidate = targetOf(ctx, round, args.target);
    const key = keyOf(ctx, round.id);
    const stale = args.seen !== ballotState(ctx.store.roundVotes.mine(round.id, key));
    if (!stale) change(round, candidate, key);
    return { round, candidate, stale };
  });
  const said = stale ? ctx.t('rounds.vote.stale') : ctx.t(note, { numbers: numbersOf(candidate) });
  return ballot(ctx, round, Number(args.page), said);
}

/** One dot on a candidate, if the voter has one left. */
export const voteCommand = defineCommand({
  id: 'rounds.vote',
  args: voteArgs,
  personal: true,
  run(ctx, args) {
    const { store } = ctx;
    return pressBallot(ctx, args, 'rounds.vote.added', (round, candidate, key) => {
      const votes = round.votesPerPerson ?? 0;
      if (store.roundVotes.used(round.id, key) >= votes) {
        throw new UserError('rounds.vote.noneLeft', { votes });
      }
      store.roundVotes.add(round.id, key, candidate.target, ctx.now.toISOString());
    });
  },
});

/** Takes one of the voter's dots back from a candidate, to put it elsewhere. */
export const unvoteCommand = defineCommand({
  id: 'rounds.unvote',
  args: voteArgs,
  personal: true,
  run(ctx, args) {
    const { store } = ctx;
    return pressBallot(ctx, args, 'rounds.vote.removed', (round, candidate, key) => {
      // A dot put on an input before it was merged is taken back from the theme too.
      const targets = [candidate.target, ...candidate.inputIds.map((inputId) => ({ inputId }))];
      if (!targets.some((target) => store.roundVotes.removeOne(round.id, key, target))) {
        throw new UserError('rounds.vote.noneHere');
      }
    });
  },
});
