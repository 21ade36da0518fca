/**
 * The characters Adaptive Card markdown gives a meaning to (emphasis, links, code, HTML-ish
 * brackets), plus the backslash so a value cannot undo our escaping. A backslash before any
 * ASCII punctuation is the CommonMark escape, which Teams renders as the bare character.
 */
const special = /[\\*_[\]`<>]/g;

/**
 * What only means something at the start of a line: a list item (`- `, `+ `, `1. `, `1) `;
 * `* ` is already escaped above), a heading (`#`) or a rule (`---`). A diet typed as "- nötter" would
 * otherwise turn into a bullet list, and "# VIKTIGT" into a heading.
 */
const lineStart = /^([ \t]*)(?:([-+#])|(\d{1,9})([.)]))(?=[ \t#-]|$)/gm;

const escapeLineStarts = (text: string): string =>
  text.replace(lineStart, (_, indent: string, mark?: string, digits?: string, dot?: string) =>
    mark ? `${indent}\\${mark}` : `${indent}${digits}\\${dot}`,
  );

/**
 * Makes text that others wrote (a diet, an organisation, a display name) show exactly as
 * typed: `[x](https://evil)` stays text, never a link; `**x**` stays asterisks; `- x` stays
 * a dash, not a list.
 */
export const escapeCardMarkdown = (text: string): string => escapeLineStarts(escapeInline(text));

const escapeInline = (text: string): string =>
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
    out += escapeInline(text.slice(last, match.index));
    out += `**${escapeInline(match[1] ?? '')}**`;
    last = match.index + match[0].length;
  }
  // Line starts once over the whole line: a piece after our emphasis starts no line.
  return escapeLineStarts(out + escapeInline(text.slice(last)));
}
