const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * The octets of one character (a code point, as `for…of` gives them) in UTF-8, counted rather
 * than encoded: encoding each character on its own took most of a calendar entry's time. A
 * lone surrogate counts 3, as the encoder writes it (U+FFFD).
 */
function utf8Size(ch: string): number {
  const code = ch.codePointAt(0) as number;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line as RFC 5545 §3.1 asks: no physical line longer than 75 octets of
 * UTF-8, each continuation starting with a space. Lines are split between characters, never
 * inside one, so å (2 octets) or an emoji (4) is never cut in half; a calendar that gets a
 * broken character shows � or, in Outlook's case, refuses the file.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  let limit = MAX_OCTETS; // the space that starts each later line counts too
  for (const ch of line) {
    const size = utf8Size(ch);
    if (octets + size > limit) {
      parts.push(part);
      part = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    part += ch;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}
