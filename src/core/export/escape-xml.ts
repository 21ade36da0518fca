// Characters XML 1.0 does not allow at all, not even as &#…; references: C0 controls other
// than tab and line breaks, lone UTF-16 surrogates (the u flag sees them as code points) and
// U+FFFE/U+FFFF. One of them in a cell would make Excel call the whole workbook corrupt.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const SPECIAL: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text for XML content or a quoted attribute: escaped, with characters XML forbids removed. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (ch) => SPECIAL[ch] ?? ch);
}
