import type { Store } from '../../store/store.js';
import type { Translate } from '../i18n/translate.js';
import { excerpt } from './clean-text.js';
import { type Candidate, ranked } from './ranking.js';
import type { RoundInput } from './round.js';

/** "#3, #7" for a theme's inputs, "#12" for one. */
export const numbersOf = (c: Candidate) => c.numbers.map((n) => `#${n}`).join(', ');

/**
 * The ranked list as lines: "1. Tema: Kollektivtrafik (#3, #7) – 5 röster". Only candidates
 * with votes are ranked; `max` keeps a summary short.
 */
export function resultLines(
  t: Translate,
  store: Store,
  roundId: number,
  max = 20,
  /** The round's inputs, when the caller has read them already. */
  inputs?: readonly RoundInput[],
): string[] {
  return ranked(store, roundId, inputs)
    .filter(({ candidate }) => candidate.votes > 0)
    .slice(0, max)
    .map(({ rank, candidate }) =>
      t(candidate.key.startsWith('t') ? 'rounds.results.themeLine' : 'rounds.results.line', {
        rank,
        numbers: numbersOf(candidate),
        text: excerpt(candidate.text, 200),
        votes: candidate.votes,
      }),
    );
}
