import type { Button, View } from '../../core/chat.js';

export interface TextStyle {
  bold(s: string): string;
  dim(s: string): string;
}

export const ansi: TextStyle = {
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
};
export const plain: TextStyle = { bold: (s) => s, dim: (s) => s };

/** Our strings mark emphasis as *this*; a terminal shows it bold, a pipe shows it bare. */
export const emphasis = (text: string, style: TextStyle) =>
  text.replace(/\*([^*\n]+)\*/g, (_, inner: string) => style.bold(inner));

/**
 * Strips control characters from text that others wrote, so it cannot repaint the terminal
 * (escape sequences) or reorder what is shown (bidirectional overrides).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
export const safe = (text: string) => text.replace(controls, '');

/**
 * A message as terminal lines. Buttons become numbered choices, continuing the numbering
 * across action rows from `first`; the caller keeps `buttons` to run the number a person
 * types. A message shown below another starts after its numbers, so none changes meaning.
 */
export function renderView(
  view: View,
  style: TextStyle,
  first = 1,
): { lines: string[]; buttons: Button[] } {
  const lines: string[] = [];
  const buttons: Button[] = [];
  for (const block of view.blocks) {
    switch (block.kind) {
      case 'heading':
        lines.push('', style.bold(safe(block.text)));
        break;
      case 'text': {
        const text = emphasis(safe(block.text), style);
        lines.push(block.muted ? style.dim(text) : text);
        break;
      }
      case 'fields':
        for (const f of block.fields)
          lines.push(`  ${style.bold(`${safe(f.label)}:`)} ${safe(f.value)}`);
        break;
      case 'actions':
        lines.push(
          block.buttons
            .map((b) => {
              buttons.push(b);
              return `[${first - 1 + buttons.length}] ${safe(b.label)}`;
            })
            .join('   '),
        );
        break;
    }
  }
  return { lines, buttons };
}
