import type { FormValue, Input, Locale } from '../../core/chat.js';
import type { AnswerCheck } from './answer-check.js';
import { readDate } from './read-date.js';
import { readTime } from './read-time.js';

const yes = new Set(['j', 'ja', 'y', 'yes']);
const no = new Set(['n', 'nej', 'no']);
/** Enter keeps an earlier answer; this empties it. */
export const clearWord = '-';

/**
 * Checks one typed answer against its input. Only what a terminal can get wrong is checked
 * here (a number out of range, a date that does not exist); whether an answer is required
 * or too long is the core's to say, so every door refuses the same things the same way.
 */
export function readAnswer(
  input: Input,
  line: string,
  current: FormValue | undefined,
  locale: Locale,
): AnswerCheck {
  const text = line.trim();
  if (input.kind === 'toggle') {
    const word = text.toLowerCase();
    if (yes.has(word)) return { value: true };
    if (no.has(word)) return { value: false };
    if (word === '' && current !== undefined) return { keep: true };
    return { error: 'shell.yesNo' };
  }
  if (text === clearWord) return { value: '' };
  if (text === '') return current ? { keep: true } : { value: '' };
  switch (input.kind) {
    case 'text':
      return { value: text };
    case 'date':
      return readDate(text, locale);
    case 'time':
      return readTime(text);
    case 'choice': {
      const { options } = input;
      const byNumber = /^\d+$/.test(text) ? options[Number(text) - 1] : undefined;
      const folded = text.normalize('NFC').toLowerCase();
      const byName = options.find(
        (o) => o.label.normalize('NFC').toLowerCase() === folded || o.value === text,
      );
      const chosen = byNumber ?? byName;
      if (chosen) return { value: chosen.value };
      return { error: 'shell.pickNumber', params: { count: options.length } };
    }
  }
}
