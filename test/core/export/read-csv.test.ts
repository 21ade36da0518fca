import { describe, expect, it } from 'vitest';
import { CsvError } from '../../../src/core/export/csv-error.js';
import { readCsv } from '../../../src/core/export/read-csv.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);
/** windows-1252 for the Latin-1 range, which is all the Swedish letters need. */
const cp1252 = (text: string) =>
  Uint8Array.from([...text].map((ch) => ch.codePointAt(0) as number).filter((c) => c < 256));

const cells = (text: Uint8Array | string) => readCsv(text).rows.map((r) => r.cells);

describe('readCsv', () => {
  it('reads what Swedish Excel saves as "CSV (semikolonavgränsad)": windows-1252, ; and CRLF', () => {
    const file = cp1252(
      'Namn;E-post;Organisation\r\nÅsa Öberg;asa@example.se;Region Örebro län\r\n',
    );
    // Not valid UTF-8, so it must have been decoded the other way.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(file)).toThrow();
    expect(readCsv(file)).toEqual({
      header: ['Namn', 'E-post', 'Organisation'],
      rows: [{ line: 2, cells: ['Åsa Öberg', 'asa@example.se', 'Region Örebro län'] }],
    });
  });

  it('reads the windows-1252 characters Latin-1 lacks (€, dashes, curly quotes, Š …)', () => {
    // Node's own TextDecoder('windows-1252') gets these wrong on Node 20.18.3 and later.
    const high = [
      0x80, 0x82, 0x83, 0x84, 0x85, 0x8a, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f,
    ];
    const file = Uint8Array.from([...cp1252('Avgift;Not\r\n'), 0x80, 0x3b, ...high, 0x81]);
    expect(cells(file)).toEqual([['€', '€‚ƒ„…Š‘’“”–—™Ÿ\u0081']]);
  });

  it('reads UTF-8 with and without a byte-order mark, and a string with one', () => {
    const text = 'Namn,Kost\nÄrla Ödman,Vegansk 🌱\n';
    const expected = {
      header: ['Namn', 'Kost'],
      rows: [{ line: 2, cells: ['Ärla Ödman', 'Vegansk 🌱'] }],
    };
    expect(readCsv(withBom(text))).toEqual(expected);
    expect(readCsv(utf8(text))).toEqual(expected);
    expect(readCsv(`\uFEFF${text}`)).toEqual(expected);
  });

  it('keeps a broken byte in a file marked UTF-8 as one replacement character', () => {
    const file = Uint8Array.from([...withBom('Namn\nÅsa '), 0xff, ...utf8(' Öberg\n')]);
    expect(cells(file)).toEqual([['Åsa \uFFFD Öberg']]);
  });

  it('reads Excel\'s "Unicode-text": UTF-16 with a mark, tab-separated', () => {
    const text = 'Namn\tRoll\r\nÅsa\tOrdförande\r\n';
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    for (const file of [le, be]) {
      expect(readCsv(file)).toEqual({
        header: ['Namn', 'Roll'],
        rows: [{ line: 2, cells: ['Åsa', 'Ordförande'] }],
      });
    }
  });

  it('guesses the delimiter from the header line, not from the rows', () => {
    expect(readCsv('a;b\n1,5;2\n').header).toEqual(['a', 'b']);
    expect(cells('a;b\n1,5;2\n')).toEqual([['1,5', '2']]);
    expect(cells('a,b\n1;5,2\n')).toEqual([['1;5', '2']]);
    expect(cells('a\tb\tc\n1;2,3\t4\t5\n')).toEqual([['1;2,3', '4', '5']]);
    // Delimiters inside quotes in the header do not count.
    expect(readCsv('"Efternamn, förnamn";"Org"\n"Öberg, Åsa";RÖL\n')).toEqual({
      header: ['Efternamn, förnamn', 'Org'],
      rows: [{ line: 2, cells: ['Öberg, Åsa', 'RÖL'] }],
    });
  });

  it('prefers ; on a tie and for a single column, as Swedish Excel writes', () => {
    expect(readCsv('a;b,c\n1;2,3\n').header).toEqual(['a', 'b,c']);
    expect(cells('Namn\nÖberg, Åsa\n')).toEqual([['Öberg, Åsa']]);
  });

  it("follows Excel's sep= first line, and counts it as line 1", () => {
    expect(readCsv('sep=,\r\na;b,c\r\n1;2,3\r\n')).toEqual({
      header: ['a;b', 'c'],
      rows: [{ line: 3, cells: ['1;2', '3'] }],
    });
    expect(readCsv('SEP=|\na|b\n').header).toEqual(['a', 'b']);
  });

  it('reads RFC 4180 quoting: doubled quotes, delimiters and line breaks inside quotes', () => {
    const text =
      'Namn;Kommentar;Allergi\r\n' +
      '"Åsa ""Lillan"" Öberg";"rad ett\r\nrad två\nrad tre\rrad fyra";"nötter; skaldjur"\r\n' +
      'Bo;"";x\r\n';
    expect(readCsv(text).rows).toEqual([
      {
        line: 2,
        cells: ['Åsa "Lillan" Öberg', 'rad ett\nrad två\nrad tre\nrad fyra', 'nötter; skaldjur'],
      },
      { line: 6, cells: ['Bo', '', 'x'] },
    ]);
  });

  it('gives each record the physical line it starts on, whatever the line ends', () => {
    for (const eol of ['\r\n', '\n', '\r']) {
      const text = ['a;b', '1;"x', 'y"', '2;z', '', '3;w'].join(eol);
      expect(readCsv(text).rows.map((r) => [r.line, r.cells])).toEqual([
        [2, ['1', 'x\ny']],
        [4, ['2', 'z']],
        [5, ['']],
        [6, ['3', 'w']],
      ]);
    }
  });

  it('drops blank lines and empty rows at the end and blank lines before the header', () => {
    expect(readCsv('\r\n\r\nNamn;Org\r\nÅsa;RÖL\r\n\r\n;\r\n  \r\n\r\n')).toEqual({
      header: ['Namn', 'Org'],
      rows: [{ line: 4, cells: ['Åsa', 'RÖL'] }],
    });
    expect(readCsv('')).toEqual({ header: [], rows: [] });
    expect(readCsv('\n\n;;\n')).toEqual({ header: [], rows: [] });
  });

  it('reads the last record without a line break after it, and a last empty cell', () => {
    expect(cells('a;b\n1;')).toEqual([['1', '']]);
    expect(cells('a;b\n1;"2"')).toEqual([['1', '2']]);
    expect(cells('a;b\n"";1')).toEqual([['', '1']]);
  });

  it('trims cells, quoted or not, and leaves rows as wide as they are', () => {
    expect(readCsv(' Namn ;\tOrg\u00a0\n  Åsa  ;  " RÖL "  ;extra\nBo\n')).toEqual({
      header: ['Namn', 'Org'],
      rows: [
        { line: 2, cells: ['Åsa', 'RÖL', 'extra'] },
        { line: 3, cells: ['Bo'] },
      ],
    });
  });

  it('is lenient where Excel is: stray quotes inside a cell are characters', () => {
    expect(cells('a;b\n5" skärm;"x"y\n"a""";b"c"\n')).toEqual([
      ['5" skärm', 'xy'],
      ['a"', 'b"c"'],
    ]);
  });

  it('names the line where an unterminated quote starts', () => {
    const text = 'Namn;Kommentar\n1;ok\n2;ok\n3;ok\n4;ok\n5;ok\n6;"aldrig stängd\nmer\nmer\n';
    let error: unknown;
    try {
      readCsv(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CsvError);
    expect(error).toMatchObject({ code: 'unterminated-quote', line: 7, name: 'CsvError' });
    expect((error as Error).message).toContain('line 7');
    // A quote opening the file's very first line, in a header.
    expect(() => readCsv('"Namn;Org\n')).toThrow(expect.objectContaining({ line: 1 }));
  });
});
