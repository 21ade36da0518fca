import type { CellValue } from './cell-value.js';

// Swedish Excel splits a CSV file on the Windows list separator, which is `;` in Sweden
// because `,` is the decimal sign. A comma-separated file opens as one long column there.
const DELIMITER = ';';
// Without a byte-order mark Excel reads the file in the Windows code page and å, ä and ö come
// out as Ã¥, Ã¤ and Ã¶. (Excel's `sep=;` first line is not written: with it, Excel ignores
// the mark.)
const BOM = Uint8Array.of(0xef, 0xbb, 0xbf);
// A cell starting with one of these is run as a formula by spreadsheets (CSV injection):
// `=HYPERLINK(...)` in a name field is a link to anywhere. A leading ' makes it text.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]/;

/**
 * Writes a table as a CSV file that Swedish Excel opens with a double-click: UTF-8 with a
 * byte-order mark, `;` between cells, CRLF after every row, quotes only where needed.
 * Rows shorter than the header are padded with empty cells.
 *
 * Numbers are written as Swedish Excel reads numbers (3,5 with a decimal comma), never with
 * the formula guard; booleans as SANT and FALSKT, Swedish Excel's words for them. Excel still
 * guesses at text that looks like a number or a date (0701234567 loses its zero): where text
 * must stay exactly as it is, write an xlsx file instead.
 */
export function writeCsv(header: string[], rows: CellValue[][]): Uint8Array {
  const lines = [header, ...rows].map((row) => {
    const cells = row.map(formatCell);
    while (cells.length < header.length) cells.push('');
    return `${cells.join(DELIMITER)}\r\n`;
  });
  const body = new TextEncoder().encode(lines.join(''));
  const file = new Uint8Array(BOM.length + body.length);
  file.set(BOM);
  file.set(body, BOM.length);
  return file;
}

function formatCell(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'SANT' : 'FALSKT';
  // A spreadsheet has no NaN or Infinity; an empty cell says "no value" without lying.
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
