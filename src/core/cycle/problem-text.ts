import type { Translate } from '../i18n/translate.js';
import type { CycleProblem } from './cycle-problem.js';

/** What is wrong, in the person's language, without saying where (a form shows that). */
export function problemText(t: Translate, problem: CycleProblem): string {
  const { format } = problem.params;
  // "slug" and "email" are zod's names; a coordinator is told what they mean.
  const params =
    format === 'slug'
      ? { ...problem.params, format: t('cycle.problem.slugFormat') }
      : format === 'email'
        ? { ...problem.params, format: t('cycle.problem.emailFormat') }
        : problem.params;
  return t(`cycle.problem.${problem.code}`, params);
}

/** One line for a list: "*tillvaxtverket-rapport* (rule.yearly): 30 februari finns inte." */
export function problemLine(t: Translate, problem: CycleProblem): string {
  const who =
    problem.itemId !== null
      ? `*${problem.itemId}*`
      : problem.index !== undefined
        ? t('cycle.problem.itemNumber', { n: problem.index + 1 })
        : t('cycle.problem.file');
  const where = problem.field ? ` (${problem.field})` : '';
  return `${who}${where}: ${problemText(t, problem)}`;
}
