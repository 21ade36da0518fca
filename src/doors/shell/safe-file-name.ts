// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const controls = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Separators on any system, and what Windows refuses in a name. */
const separators = /[/\\:*?"<>|]/g;
const reserved = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;
/** Room under the usual 255-byte limit for a "-12" added to keep an older file. */
const maxBytes = 200;

/**
 * A name that the core (or whoever wrote the attachment's name) cannot use to write outside
 * the export folder, hide the file (leading dot), pass for an option (leading dash) or garble the terminal when it is printed.
 */
export function safeFileName(name: string, fallback = 'file'): string {
  let cleaned = name
    .normalize('NFC')
    .replace(controls, '')
    .replace(separators, '-')
    .replace(/^[\s.-]+|[\s.]+$/g, '');
  if (cleaned === '') cleaned = fallback;
  if (reserved.test(cleaned)) cleaned = `_${cleaned}`;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : '';
  const stem = Array.from(cleaned.slice(0, cleaned.length - ext.length));
  while (stem.length > 1 && Buffer.byteLength(stem.join('') + ext) > maxBytes) stem.pop();
  return stem.join('') + ext;
}
