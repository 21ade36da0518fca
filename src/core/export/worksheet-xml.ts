import type { CellValue } from './cell-value.js';
import { columnName } from './column-name.js';
import { escapeXml } from './escape-xml.js';

// Excel's own limits; past them it refuses or "repairs" the workbook, losing data quietly.
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const MAX_TEXT = 32_767;
// Column widths in characters: wide enough for the longest line, within reason.
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
// The cell style (an index into cellXfs in styles.xml) of the bold header.
const HEADER_STYLE = 1;
// ST_Xstring reads _xHHHH_ as an escaped character, so text that happens to contain one
// (_x0041_ would show as "A") has its underscore escaped first.
const LOOKS_ESCAPED = /_(x[0-9A-Fa-f]{4}_)/g;

/**
 * One worksheet's XML: the header in bold and frozen, so it stays in view while scrolling,
 * then a row per row. Text is written inline (t="inlineStr"), so no shared-strings part is
 * needed and text is never taken for a formula; numbers and booleans stay numbers and
 * booleans; empty values leave the cell out.
 */
export function worksheetXml(header: string[], rows: CellValue[][]): string {
  if (rows.length + 1 > MAX_ROWS)
    throw new RangeError(`more rows than Excel holds: ${rows.length}`);
  const widths: number[] = [];
  const xmlRows = [header, ...rows].map((row, r) => {
    if (row.length > MAX_COLUMNS)
      throw new RangeError(`more columns than Excel holds: ${row.length}`);
    const cells = row.map((value, c) => {
      const text = displayed(value);
      widths[c] = Math.max(widths[c] ?? 0, text.length + (r === 0 ? 3 : 2));
      return cellXml(`${columnName(c)}${r + 1}`, value, r === 0 ? HEADER_STYLE : 0);
    });
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  const lastCell = `${columnName(Math.max(widths.length, 1) - 1)}${rows.length + 1}`;
  const cols = widths.map((w, c) => {
    const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w));
    return `<col min="${c + 1}" max="${c + 1}" width="${width}" customWidth="1"/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
    `<dimension ref="A1:${lastCell}"/>`,
    '<sheetViews><sheetView workbookViewId="0">',
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>',
    '</sheetView></sheetViews>',
    '<sheetFormatPr defaultRowHeight="15"/>',
    cols.length > 0 ? `<cols>${cols.join('')}</cols>` : '',
    `<sheetData>${xmlRows.join('')}</sheetData>`,
    '</worksheet>',
  ].join('');
}

function cellXml(ref: string, value: CellValue, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : '';
  }
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (value === null || value === undefined || value === '') return '';
  const text = escapeXml(cellText(value)).replace(LOOKS_ESCAPED, '_x005F_$1');
  const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${text}</t></is></c>`;
}

/** Line breaks as Excel keeps them inside a cell (LF), cut at Excel's length limit. */
function cellText(value: string): string {
  const text = value.replace(/\r\n?/g, '\n');
  if (text.length <= MAX_TEXT) return text;
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > MAX_TEXT) break;
    out += ch;
  }
  return out;
}

/** The longest line as it will show, for the column's width. */
function displayed(value: CellValue): string {
  if (value === null || value === undefined) return '';
  const lines = String(value).split(/\r\n?|\n/);
  return lines.reduce((a, b) => (b.length > a.length ? b : a), '');
}
