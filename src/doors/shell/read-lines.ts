import type { FormValue, Input } from '../../core/chat.js';
import type { AnswerCheck } from './answer-check.js';
import { clearWord } from './read-answer.js';

/** What one typed line means for a multi-line answer: an answer, or the lines so far. */
export type LinesCheck = AnswerCheck | { more: string[] };

/**
 * Reads a multi-line text answer one line at a time, until an empty line. On the first line
 * Enter and `-` work as for every question (keep, clear). The answer is checked against
 * `maxLength` here, unlike a one-line answer: it took many lines to type, and the core's
 * refusal would only come after the whole form.
 *
 * `typed` is undefined before the first line, then the lines typed so far.
 */
export function readLines(
  input: Extract<Input, { kind: 'text' }>,
  line: string,
  typed: readonly string[] | undefined,
  current: FormValue | undefined,
): LinesCheck {
  const text = line.trim();
  if (typed === undefined) {
    if (text === clearWord) return { value: '' };
    if (text === '') return current ? { keep: true } : { value: '' };
  }
  if (text !== '') return { more: [...(typed ?? []), line.trimEnd()] };
  const value = (typed ?? []).join('\n');
  if (value.length > input.maxLength) {
    return { error: 'field.tooLong', params: { max: input.maxLength, length: value.length } };
  }
  return { value };
}
