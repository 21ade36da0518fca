/**
 * The characters Adaptive Card markdown gives a meaning to (emphasis, links, code, HTML-ish
 * brackets), plus the backslash so a value cannot undo our escaping. A backslash before any
 * ASCII punctuation is the CommonMark escape, which Teams renders as the bare character.
 */
const special = /[\\*_[\]`<>]/g;

/**
 * Makes text that others wrote (a diet, an organisation, a display name) show exactly as
 * typed: `[x](https://evil)` stays text, never a link; `**x**` stays asterisks.
 */
export const escapeCardMarkdown = (text: string): string =>
  text.replace(/\r\n?/g, '\n').replace(special, (c) => `\\${c}`);

/** Our strings mark emphasis as `*this*` (Slack's style); Adaptive Cards want `**this**`. */
const emphasis = /\*([^*\n]+)\*/g;

/**
 * Text from the core as card markdown: everything escaped, except our own `*emphasis*`,
 * which becomes bold. Used for text blocks; plain values use `escapeCardMarkdown`.
 */
export function cardMarkdown(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(emphasis)) {
    out += escapeCardMarkdown(text.slice(last, match.index));
    out += `**${escapeCardMarkdown(match[1] ?? '')}**`;
    last = match.index + match[0].length;
  }
  return out + escapeCardMarkdown(text.slice(last));
}
