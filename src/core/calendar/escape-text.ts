// Control characters are not allowed in iCalendar text (RFC 5545 §3.3.11 allows tab); line
// breaks are kept here to be escaped below.
const CONTROL = /[^\P{Cc}\t\r\n]/gu;

/**
 * An iCalendar TEXT value (SUMMARY, DESCRIPTION, LOCATION …): backslash, semicolon and comma
 * escaped with a backslash, every kind of line break written as \n.
 */
export function escapeText(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(/[\\;,]/g, (ch) => `\\${ch}`)
    .replace(/\r\n|\r|\n/g, '\\n');
}
