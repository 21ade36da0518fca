import type { VoteTarget } from '../../store/round-vote-repository.js';
import type { Store } from '../../store/store.js';
import type { RoundInput } from './round.js';
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
export function candidates(
  store: Store,
  roundId: number,
  /** The round's inputs when the caller has read them already (a round can hold thousands). */
  inputs: readonly RoundInput[] = store.roundInputs.listForRound(roundId),
): Candidate[] {
  const totals = store.roundVotes.totals(roundId);
  const visible = inputs.filter((i) => i.status === 'active');
  // Grouped once: filtering every input for every theme grows with themes × inputs.
  const byTheme = new Map<number, RoundInput[]>();
  for (const input of visible) {
    if (input.themeId === null) continue;
    const members = byTheme.get(input.themeId);
    if (members) members.push(input);
    else byTheme.set(input.themeId, [input]);
  }
  const themed: Candidate[] = store.roundInputs.themes(roundId).flatMap((theme) => {
    const members = byTheme.get(theme.id) ?? [];
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
export function ranked(
  store: Store,
  roundId: number,
  inputs?: readonly RoundInput[],
): { rank: number; candidate: Candidate }[] {
  const sorted = candidates(store, roundId, inputs)
    .map((candidate, order) => ({ candidate, order }))
    .sort((a, b) => b.candidate.votes - a.candidate.votes || a.order - b.order);
  // Equal votes sit together once sorted: a candidate shares the rank of the first of its
  // group. Counted in one pass; looking the group up for each candidate took seconds at
  // 10,000 inputs.
  let rank = 0;
  return sorted.map(({ candidate }, index) => {
    if (index === 0 || candidate.votes !== sorted[index - 1]?.candidate.votes) rank = index + 1;
    return { rank, candidate };
  });
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
