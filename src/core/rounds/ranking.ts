import type { VoteTarget } from '../../store/round-vote-repository.js';
import type { Store } from '../../store/store.js';
import { votingUnderWay } from './round-access.js';

/** Something to vote on: a theme of merged inputs, or an input that stands on its own. */
export interface Candidate {
  /** `t3` a theme, `i12` an input: what a vote button carries. */
  key: string;
  target: VoteTarget;
  /** The theme's title or the input's text. */
  text: string;
  /** The input numbers it stands for (one for an input). */
  numbers: number[];
  /** The inputs it stands for, by id: dots put on them before a merge count for the theme. */
  inputIds: number[];
  votes: number;
}

/**
 * What participants prioritise: each theme with at least one visible input, then every
 * visible input not merged into a theme. Votes put on an input before it was merged count
 * for its theme; votes on a hidden input count for nothing.
 */
export function candidates(store: Store, roundId: number): Candidate[] {
  const totals = store.roundVotes.totals(roundId);
  const visible = store.roundInputs.listForRound(roundId).filter((i) => i.status === 'active');
  const themed: Candidate[] = store.roundInputs.themes(roundId).flatMap((theme) => {
    const members = visible.filter((i) => i.themeId === theme.id);
    if (members.length === 0) return [];
    const votes =
      (totals.get(`t${theme.id}`) ?? 0) +
      members.reduce((sum, i) => sum + (totals.get(`i${i.id}`) ?? 0), 0);
    return [
      {
        key: `t${theme.id}`,
        target: { themeId: theme.id },
        text: theme.title,
        numbers: members.map((i) => i.number),
        inputIds: members.map((i) => i.id),
        votes,
      },
    ];
  });
  const single: Candidate[] = visible
    .filter((i) => i.themeId === null)
    .map((i) => ({
      key: `i${i.id}`,
      target: { inputId: i.id },
      text: i.text,
      numbers: [i.number],
      inputIds: [i.id],
      votes: totals.get(`i${i.id}`) ?? 0,
    }));
  return [...themed, ...single];
}

/** The candidates by votes, most first; equal votes share a rank (1, 2, 2, 4). */
export function ranked(store: Store, roundId: number): { rank: number; candidate: Candidate }[] {
  const sorted = candidates(store, roundId)
    .map((candidate, order) => ({ candidate, order }))
    .sort((a, b) => b.candidate.votes - a.candidate.votes || a.order - b.order);
  return sorted.map(({ candidate }) => ({
    rank: sorted.findIndex((s) => s.candidate.votes === candidate.votes) + 1,
    candidate,
  }));
}

/**
 * While a prioritisation runs, gives the voters back every dot on something that has left
 * the ballot (an input hidden or withdrawn, a theme with no visible input), so they can put
 * it elsewhere at once and the ballot's count of dots left stays true. Call it in the
 * transaction of the change. After voting has ended the dots stay, as the record.
 */
export function dropDeadVotes(store: Store, roundId: number): void {
  const round = store.rounds.get(roundId);
  if (round && votingUnderWay(round)) store.roundVotes.removeDead(roundId);
}
