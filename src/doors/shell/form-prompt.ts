import type { FormValue, Input } from '../../core/chat.js';
import type { Translate } from '../../core/i18n/translate.js';
import { safe, type TextStyle } from './render-view.js';

/** How much of an earlier answer the "Enter keeps …" hint repeats. */
const shownLength = 40;

/** A text input answered with several lines, ended by an empty one. */
export const isMultiline = (input: Input): input is Extract<Input, { kind: 'text' }> =>
  input.kind === 'text' && input.multiline === true;

/**
 * The earlier answer to a multi-line input, when it does not fit in the "Enter keeps …" hint
 * (more than one line, or long): shown in full under the question, so the person sees what
 * Enter keeps. Empty lines stay, as a bare margin.
 */
const shownBelow = (input: Input, current: FormValue | undefined): string[] | undefined => {
  if (!isMultiline(input) || typeof current !== 'string') return undefined;
  const lines = safe(current.replace(/\r\n?/g, '\n')).split('\n');
  return lines.length > 1 || (lines[0] ?? '').length > shownLength ? lines : undefined;
};

/**
 * The lines that ask for one input: the label, a star when it is required, the format and
 * what Enter does; then the input's hint, a multi-line earlier answer, and a choice's options
 * as a numbered list.
 */
export function formPrompt(
  input: Input,
  current: FormValue | undefined,
  t: Translate,
  style: TextStyle,
): string[] {
  const hints: string[] = [];
  const below = shownBelow(input, current);
  if (input.kind === 'date') hints.push(t('shell.dateFormat'));
  if (input.kind === 'time') hints.push(t('shell.timeFormat'));
  if (isMultiline(input)) hints.push(t('shell.lines'));
  if (input.kind === 'toggle') {
    hints.push(
      `${t('shell.toggle')}${current === undefined ? '' : ` [${t(current ? 'shell.yes' : 'shell.no')}]`}`,
    );
  } else if (below) {
    hints.push(t(input.required ? 'shell.keepBelow' : 'shell.keepBelowOrClear'));
  } else if (typeof current === 'string' && current !== '') {
    // A choice shows the option people picked, not the value the core stores.
    const shown =
      input.kind === 'choice'
        ? (input.options.find((o) => o.value === current)?.label ?? current)
        : current;
    const value = safe(shown).slice(0, shownLength);
    hints.push(t(input.required ? 'shell.keep' : 'shell.keepOrClear', { value }));
  } else if (!input.required) {
    hints.push(t('shell.optional'));
  }
  const star = input.kind !== 'toggle' && input.required ? ' *' : '';
  const hint = hints.length > 0 ? ` ${style.dim(hints.join(' '))}` : '';
  const lines = [`${safe(input.label)}${star}${hint}`];
  if (input.kind === 'text' && input.hint) lines.push(`  ${style.dim(safe(input.hint))}`);
  for (const line of below ?? []) lines.push(style.dim(line === '' ? '  │' : `  │ ${line}`));
  if (input.kind === 'choice') {
    input.options.forEach((o, i) => {
      lines.push(`  [${i + 1}] ${safe(o.label)}`);
    });
  }
  return lines;
}
