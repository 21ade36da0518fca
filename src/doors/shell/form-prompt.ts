import type { FormValue, Input } from '../../core/chat.js';
import type { Translate } from '../../core/i18n/translate.js';
import { safe, type TextStyle } from './render-view.js';

/** How much of an earlier answer the "Enter keeps …" hint repeats. */
const shownLength = 40;

/**
 * The lines that ask for one input: the label, a star when it is required, the format and
 * what Enter does; a choice adds its options as a numbered list.
 */
export function formPrompt(
  input: Input,
  current: FormValue | undefined,
  t: Translate,
  style: TextStyle,
): string[] {
  const hints: string[] = [];
  if (input.kind === 'date') hints.push(t('shell.dateFormat'));
  if (input.kind === 'time') hints.push(t('shell.timeFormat'));
  if (input.kind === 'toggle') {
    hints.push(
      `${t('shell.toggle')}${current === undefined ? '' : ` [${t(current ? 'shell.yes' : 'shell.no')}]`}`,
    );
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
  if (input.kind === 'choice') {
    input.options.forEach((o, i) => {
      lines.push(`  [${i + 1}] ${safe(o.label)}`);
    });
  }
  return lines;
}
