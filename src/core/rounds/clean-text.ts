/**
 * Text as a person wrote it, minus what no one means to send: control characters (other than
 * line breaks and tabs) and the invisible direction marks that can make text read differently
 * from what it is (bidi overrides). Line breaks are unified and the ends trimmed. Mentions,
 * links and HTML stay as written: the doors escape text when they show it.
 */
export function cleanText(value: string): string {
  return (
    value
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
      .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
      .trim()
  );
}

/** A single line (a title, a theme): line breaks and tabs become spaces. */
export const cleanLine = (value: string): string => cleanText(value).replace(/\s+/g, ' ').trim();

/** Shortens a text for a list, at a word where one is near, with an ellipsis. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
