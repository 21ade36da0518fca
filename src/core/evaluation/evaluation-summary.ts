import type { AnonymousAnswer } from '../../store/evaluation-repository.js';
import type { Store } from '../../store/store.js';
import { attended, participantsOf } from '../attendance/participants.js';
import type { Forum } from '../forum/forum.js';

/**
 * Fewer answers than this and nothing but their number is shown: with two answers, an
 * average or a comment may be recognised as someone's.
 */
export const minAnswers = 5;

export interface EvaluationSummary {
  attended: number;
  answers: AnonymousAnswer[];
  average: number;
  /** How many gave each rating, 1 to 5. */
  distribution: { rating: number; count: number }[];
}

export function summarise(store: Store, forum: Forum): EvaluationSummary {
  const answers = store.evaluations.listAnonymous(forum.id);
  const sum = answers.reduce((total, a) => total + a.rating, 0);
  return {
    attended: participantsOf(store, forum.id).filter(attended).length,
    answers,
    average: answers.length > 0 ? sum / answers.length : 0,
    distribution: [5, 4, 3, 2, 1].map((rating) => ({
      rating,
      count: answers.filter((a) => a.rating === rating).length,
    })),
  };
}
