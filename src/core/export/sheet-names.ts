// Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ], not starting
// or ending with an apostrophe, not empty, and not History (Excel keeps that one for itself).
// Breaking any of them makes Excel "repair" the workbook or refuse it.
const MAX = 31;
const FORBIDDEN = /[:\\/?*[\]\p{Cc}]/gu;

/**
 * Turns the names callers give into names Excel accepts, in order: forbidden characters
 * become "-", long names are cut, an empty name becomes "Blad 1" (Swedish Excel's own word),
 * and a name already taken (Excel compares without case) gets " (2)", " (3)" ….
 */
export function sheetNames(wanted: string[]): string[] {
  const taken = new Set<string>(['history']);
  return wanted.map((raw, i) => {
    const base =
      raw
        .replace(FORBIDDEN, '-')
        .trim()
        .replace(/^'+|'+$/g, '')
        .trim() || `Blad ${i + 1}`;
    let name = cut(base, MAX);
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = cut(base, MAX - suffix.length).trimEnd() + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/** At most `max` UTF-16 units (Excel's count), never splitting an emoji's surrogate pair. */
function cut(text: string, max: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out.replace(/'+$/, '');
}
