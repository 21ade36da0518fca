const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Turns a file's bytes into text the way coordinators' files actually arrive. Excel saves
 * "CSV UTF-8" with a byte-order mark, "CSV (semikolonavgränsad)" in the Windows code page
 * (windows-1252 on Swedish Windows, with no mark at all), and "Unicode-text" as UTF-16 with a
 * mark. Bytes that are not valid UTF-8 are taken as windows-1252: a Swedish name in
 * windows-1252 (å is 0xE5) is practically never valid UTF-8, so the guess does not misfire.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return utf8.decode(bytes); // drops a UTF-8 byte-order mark by itself
  } catch {
    // A file that says it is UTF-8 but has a broken byte keeps its word: one bad character
    // shows as �, instead of every å, ä and ö turning into two wrong ones.
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      return new TextDecoder('utf-8').decode(bytes);
    }
    return decodeWindows1252(bytes);
  }
}

// What windows-1252 has at 0x80–0x9F, where Latin-1 has control characters (WHATWG Encoding
// Standard; the five unused bytes map to themselves). Node 20.18.3 and later decode the
// 'windows-1252' label as Latin-1 (nodejs/node#56542), turning € and – into invisible
// characters, so the table is spelled out here instead of asking TextDecoder.
const HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const chars = Array.from(bytes, (b) =>
    b >= 0x80 && b < 0xa0 ? (HIGH[b - 0x80] as string) : String.fromCharCode(b),
  );
  return chars.join('');
}
