import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { columnName } from '../../../src/core/export/column-name.js';
import { writeXlsx } from '../../../src/core/export/write-xlsx.js';
import { readZip } from '../../manifests/read-zip.js';

/** The archive's parts by name, as text. */
function parts(xlsx: Uint8Array): Map<string, string> {
  return new Map(readZip(Buffer.from(xlsx)).map((f) => [f.name, f.data.toString('utf8')]));
}

/** Reads the workbook back with ExcelJS, an independent reader that parses XML strictly. */
async function load(xlsx: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(xlsx) as unknown as ExcelJS.Buffer);
  return workbook;
}

const guests = {
  name: 'Anmälda',
  header: ['Namn', 'Platser', 'Lunch', 'Kommentar'],
  rows: [
    ['Åsa Öberg', 2, true, 'Vegansk 🌱'],
    ['Bo Ek', 1.5, false, null],
    ['Cilla Ström', undefined, null, ''],
  ],
};

describe('writeXlsx', () => {
  it('writes the parts of a minimal workbook, folders and all', () => {
    const files = parts(writeXlsx([guests, { name: 'Väntelista', header: ['Namn'], rows: [] }]));
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    const types = files.get('[Content_Types].xml') as string;
    for (const part of ['/xl/workbook.xml', '/xl/styles.xml', '/xl/worksheets/sheet2.xml']) {
      expect(types).toContain(`<Override PartName="${part}"`);
    }
    expect(files.get('xl/_rels/workbook.xml.rels')).toContain(
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>',
    );
    expect(files.get('xl/workbook.xml')).toContain(
      '<sheet name="Väntelista" sheetId="2" r:id="rId2"/>',
    );
  });

  it('reads back in ExcelJS with text, numbers and booleans as they were', async () => {
    const workbook = await load(writeXlsx([guests]));
    const sheet = workbook.getWorksheet('Anmälda')!;
    expect(sheet).toBeDefined();
    const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['Namn', 'Platser', 'Lunch', 'Kommentar']);
    expect(values(2)).toEqual(['Åsa Öberg', 2, true, 'Vegansk 🌱']);
    expect(values(3)).toEqual(['Bo Ek', 1.5, false]);
    expect(values(4)).toEqual(['Cilla Ström']); // null, undefined and '' leave cells out
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.Boolean);
  });

  it('makes the header bold and frozen, and sizes the columns', async () => {
    const sheet = (await load(writeXlsx([guests]))).worksheets[0];
    expect(sheet?.getCell('A1').font?.bold).toBe(true);
    expect(sheet?.getCell('A2').font?.bold).toBeFalsy();
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    // Longest text + 2 ("Cilla Ström" is 11), header + 3 for bold, never under 8.
    expect(sheet?.columns.map((c) => c.width)).toEqual([13, 10, 8, 12]);
  });

  it('keeps a long column at a readable width', async () => {
    const sheet = (await load(writeXlsx([{ name: 'a', header: ['x'], rows: [['y'.repeat(500)]] }])))
      .worksheets[0];
    expect(sheet?.getColumn(1).width).toBe(60);
  });

  it('escapes XML and drops characters XML cannot hold, keeping emoji', async () => {
    const nasty = 'a<b>&"c"\'d\u0000\u0001\u000B\uFFFE\uFFFF\uD800e😀f';
    const xlsx = writeXlsx([{ name: 'x', header: ['<Namn & "roll">'], rows: [[nasty]] }]);
    const xml = parts(xlsx).get('xl/worksheets/sheet1.xml') as string;
    expect(xml).toContain('<t>a&lt;b&gt;&amp;&quot;c&quot;&apos;de😀f</t>');
    const sheet = (await load(xlsx)).worksheets[0];
    expect(sheet?.getCell('A1').value).toBe('<Namn & "roll">');
    expect(sheet?.getCell('A2').value).toBe('a<b>&"c"\'de😀f');
  });

  it('keeps text that looks like a formula or a number as text', async () => {
    const xlsx = writeXlsx([{ name: 'x', header: ['a', 'b'], rows: [['=1+1', '0701234567']] }]);
    const sheet = (await load(xlsx)).worksheets[0];
    expect(sheet?.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet?.getCell('A2').value).toBe('=1+1');
    expect(sheet?.getCell('B2').value).toBe('0701234567');
    expect(parts(xlsx).get('xl/worksheets/sheet1.xml')).not.toContain('<f>');
  });

  it('keeps spaces at the ends and line breaks, as LF', async () => {
    const xlsx = writeXlsx([
      { name: 'x', header: ['a'], rows: [['  två  '], ['rad ett\r\nrad två\rtre']] },
    ]);
    expect(parts(xlsx).get('xl/worksheets/sheet1.xml')).toContain(
      '<t xml:space="preserve">  två  </t>',
    );
    const sheet = (await load(xlsx)).worksheets[0];
    expect(sheet?.getCell('A2').value).toBe('  två  ');
    expect(sheet?.getCell('A3').value).toBe('rad ett\nrad två\ntre');
  });

  it('escapes text that Excel would read as its own _xHHHH_ escape', () => {
    const xlsx = writeXlsx([{ name: 'x', header: ['a'], rows: [['id_x0041_b']] }]);
    expect(parts(xlsx).get('xl/worksheets/sheet1.xml')).toContain('<t>id_x005F_x0041_b</t>');
  });

  it('cuts text at the 32,767 characters a cell holds, not inside an emoji', async () => {
    const xlsx = writeXlsx([{ name: 'x', header: ['a'], rows: [[`${'x'.repeat(32_766)}😀`]] }]);
    const value = (await load(xlsx)).worksheets[0]?.getCell('A2').value;
    expect(value).toBe('x'.repeat(32_766));
  });

  it('writes cell references past Z and the sheet dimension', () => {
    const header = Array.from({ length: 28 }, (_, i) => `k${i}`);
    const xml = parts(writeXlsx([{ name: 'x', header, rows: [[1], [2]] }])).get(
      'xl/worksheets/sheet1.xml',
    ) as string;
    expect(xml).toContain('<dimension ref="A1:AB3"/>');
    expect(xml).toContain('<c r="AB1" s="1" t="inlineStr"><is><t>k27</t></is></c>');
    expect(xml).toContain('<row r="3"><c r="A3"><v>2</v></c></row>');
    expect([0, 25, 26, 27, 51, 52, 701, 702, 16_383].map(columnName)).toEqual([
      'A',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
  });

  it('makes sheet names acceptable to Excel', async () => {
    const workbook = await load(
      writeXlsx([
        { name: 'Dag 1: 9/3 & 10/3', header: ['a'], rows: [] },
        { name: 'dag 1- 9-3 & 10-3', header: ['a'], rows: [] },
      ]),
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Dag 1- 9-3 & 10-3',
      'dag 1- 9-3 & 10-3 (2)',
    ]);
  });

  it('is reproducible, and refuses a workbook without sheets', () => {
    expect(Buffer.from(writeXlsx([guests])).equals(Buffer.from(writeXlsx([guests])))).toBe(true);
    expect(() => writeXlsx([])).toThrow(RangeError);
  });
});
