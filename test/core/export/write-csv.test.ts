import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/core/export/read-csv.js';
import { writeCsv } from '../../../src/core/export/write-csv.js';

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('writeCsv', () => {
  it('writes UTF-8 with a byte-order mark, ; between cells and CRLF after every row', () => {
    const file = writeCsv(['Namn', 'Organisation'], [['Åsa Öberg', 'Region Örebro län']]);
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text(file)).toBe('\uFEFFNamn;Organisation\r\nÅsa Öberg;Region Örebro län\r\n');
  });

  it('writes numbers with a decimal comma, booleans as SANT/FALSKT, nothing for null', () => {
    const file = writeCsv(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
      [[3.5, -2, 0, true, false, null, undefined]],
    );
    expect(text(file).split('\r\n')[1]).toBe('3,5;-2;0;SANT;FALSKT;;');
  });

  it('writes no NaN or Infinity, which no spreadsheet has', () => {
    expect(text(writeCsv(['a', 'b', 'c'], [[Number.NaN, Number.POSITIVE_INFINITY, 1]]))).toBe(
      '\uFEFFa;b;c\r\n;;1\r\n',
    );
  });

  it('quotes cells with ; quotes or line breaks, doubling the quotes, and only those', () => {
    const file = writeCsv(
      ['Namn', 'Kommentar'],
      [
        ['Åsa "Lillan" Öberg', 'nötter; skaldjur'],
        ['Öberg, Åsa', 'rad ett\r\nrad två'],
        ['Bo', 'rad\nett'],
      ],
    );
    expect(text(file).slice(1)).toBe(
      'Namn;Kommentar\r\n' +
        '"Åsa ""Lillan"" Öberg";"nötter; skaldjur"\r\n' +
        'Öberg, Åsa;"rad ett\r\nrad två"\r\n' +
        'Bo;"rad\nett"\r\n',
    );
  });

  it('defuses text that a spreadsheet would run as a formula, but never numbers', () => {
    const dangerous = [
      '=HYPERLINK("http://evil.example","klicka")',
      '+46 19 60 27 00',
      '-1+1',
      '@SUM(A1:A2)',
      '\t=1+1',
      '\r=1+1',
    ];
    const file = writeCsv(['x'], [...dangerous.map((d) => [d]), [-5], ['a=b'], [' =1']]);
    const table = readCsv(file);
    // Read back, every dangerous cell starts with the apostrophe and keeps the rest intact.
    expect(table.rows.map((r) => r.cells[0])).toEqual([
      `'=HYPERLINK("http://evil.example","klicka")`,
      "'+46 19 60 27 00",
      "'-1+1",
      "'@SUM(A1:A2)",
      "'\t=1+1",
      "'\n=1+1", // readCsv turns a line break in a cell into \n
      '-5',
      'a=b',
      '=1', // trimmed by the reader; written as " =1", which no spreadsheet runs
    ]);
    expect(text(file)).toContain('\r\n-5\r\n');
    expect(text(file)).toContain('\r\n"\'\r=1+1"\r\n');
  });

  it('pads short rows to the header, so every row has as many cells', () => {
    expect(text(writeCsv(['a', 'b', 'c'], [['1'], []])).slice(1)).toBe('a;b;c\r\n1;;\r\n;;\r\n');
  });

  it('round-trips through readCsv, including Swedish letters, emoji and quotes', () => {
    const header = ['Namn', 'Kost', 'Kommentar'];
    const rows = [
      ['Åsa Öberg', 'Vegansk 🌱', 'Kommer "sent"; ringer'],
      ['Ärla Ödman', '', 'rad ett\nrad två'],
    ];
    expect(readCsv(writeCsv(header, rows))).toEqual({
      header,
      rows: rows.map((cells, i) => ({ line: i === 0 ? 2 : 3, cells })),
    });
  });
});
