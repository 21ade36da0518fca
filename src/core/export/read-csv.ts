import { CsvError } from './csv-error.js';
import { decodeText } from './decode-text.js';

export interface CsvRow {
  /** The 1-based physical line the record starts on, counting the header, for "rad 7". */
  line: number;
  /** Trimmed cells, as many as the record has: rows are not padded to the header's width. */
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

// Swedish Excel separates with `;` because the comma is the decimal sign; the others come from
// English Excel, Google Sheets and "Unicode-text" (tab). On a tie the Swedish one wins.
const DELIMITERS = [';', '\t', ','] as const;

/**
 * Reads a guest list as coordinators keep it in Excel: any of the encodings Excel saves in
 * (see decodeText), the delimiter guessed from the header line (or given by Excel's own
 * `sep=;` first line), RFC 4180 quoting with `""` for a quote and line breaks inside quotes,
 * and CRLF, LF or CR line ends. Cells are trimmed. Blank lines before the header and at the
 * end are dropped; a blank line in between is kept as a row with one empty cell, so line
 * numbers stay true and the caller decides. Throws CsvError for a quote that never closes.
 *
 * Lenient where Excel is: a quote in the middle of an unquoted cell is an ordinary character,
 * and text after a closing quote is kept (`"a"b` reads as `ab`).
 */
export function readCsv(input: Uint8Array | string): CsvTable {
  let text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeText(input);
  let firstLine = 1;
  let delimiter: string | undefined;
  const hint = /^sep=(.)(\r\n|\n|\r|$)/i.exec(text);
  if (hint) {
    delimiter = hint[1];
    text = text.slice(hint[0].length);
    firstLine = 2;
  }
  const records = parseRecords(text, delimiter ?? detectDelimiter(text), firstLine);
  const blank = (r: CsvRow) => r.cells.every((c) => c === '');
  while (records.length > 0 && blank(records[records.length - 1] as CsvRow)) records.pop();
  const start = records.findIndex((r) => !blank(r));
  if (start < 0) return { header: [], rows: [] };
  return { header: (records[start] as CsvRow).cells, rows: records.slice(start + 1) };
}

/** Counts each candidate outside quotes on the first line that is not blank. */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let seenText = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (seenText) break;
    } else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    if (ch.trim() !== '') seenText = true;
  }
  let best: string = DELIMITERS[0];
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

function parseRecords(text: string, delimiter: string, firstLine: number): CsvRow[] {
  const records: CsvRow[] = [];
  let line = firstLine;
  let recordLine = firstLine;
  let cells: string[] = [];
  let cell = '';
  let quoted = false; // inside a quoted section
  let wasQuoted = false; // this cell had a quoted section, so a later quote is just a character
  let quoteLine = 0;

  const endCell = () => {
    cells.push(cell.trim());
    cell = '';
    wasQuoted = false;
  };
  const lineBreakAt = (i: number) => {
    const ch = text[i];
    if (ch === '\r') return text[i + 1] === '\n' ? 2 : 1;
    return ch === '\n' ? 1 : 0;
  };

  for (let i = 0; i < text.length; ) {
    const ch = text[i] as string;
    const lineBreak = lineBreakAt(i);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i += 1;
      } else if (lineBreak > 0) {
        cell += '\n'; // one line break inside a cell, whichever the file used
        line += 1;
        i += lineBreak;
      } else {
        cell += ch;
        i += 1;
      }
    } else if (ch === '"' && !wasQuoted && cell.trim() === '') {
      quoted = true;
      wasQuoted = true;
      quoteLine = line;
      cell = '';
      i += 1;
    } else if (ch === delimiter) {
      endCell();
      i += 1;
    } else if (lineBreak > 0) {
      endCell();
      records.push({ line: recordLine, cells });
      cells = [];
      line += 1;
      recordLine = line;
      i += lineBreak;
    } else {
      cell += ch;
      i += 1;
    }
  }
  if (quoted) throw new CsvError('unterminated-quote', quoteLine);
  // The last record, when the file does not end with a line break.
  if (cells.length > 0 || cell !== '' || wasQuoted) {
    endCell();
    records.push({ line: recordLine, cells });
  }
  return records;
}
