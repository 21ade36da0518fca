import type { CellValue } from './cell-value.js';
import { escapeXml } from './escape-xml.js';
import { sheetNames } from './sheet-names.js';
import { worksheetXml } from './worksheet-xml.js';
import { writeZip } from './write-zip.js';

export interface Sheet {
  name: string;
  header: string[];
  rows: CellValue[][];
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

// Two fonts (normal, bold) and two cell formats (0: normal, 1: bold for the header). Excel
// insists on the two fills (none and gray125) and one border even when nothing uses them.
const STYLES = [
  XML,
  `<styleSheet xmlns="${MAIN}">`,
  '<fonts count="2">',
  '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  '</fonts>',
  '<fills count="2"><fill><patternFill patternType="none"/></fill>',
  '<fill><patternFill patternType="gray125"/></fill></fills>',
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>',
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>',
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>',
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>',
  '</styleSheet>',
].join('');

/**
 * Writes an Excel workbook (Office Open XML, .xlsx) with one worksheet per sheet: the smallest
 * set of parts Excel, LibreOffice and Numbers open without complaint. Unlike CSV it keeps text
 * as text (0701234567 keeps its zero), needs no guess at encoding or delimiter, and holds
 * several sheets. Sheet names are made acceptable to Excel (see sheetNames).
 */
export function writeXlsx(sheets: Sheet[]): Uint8Array {
  if (sheets.length === 0) throw new RangeError('a workbook needs at least one sheet');
  const names = sheetNames(sheets.map((s) => s.name));
  const numbers = sheets.map((_, i) => i + 1);
  const part = (name: string, xml: string) => ({ name, data: new TextEncoder().encode(xml) });

  const contentTypes = [
    XML,
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`,
    '<Default Extension="xml" ContentType="application/xml"/>',
    `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>`,
    ...numbers.map(
      (n) =>
        `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="${TYPE}.worksheet+xml"/>`,
    ),
    `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/>`,
    '</Types>',
  ];
  const rootRels = [
    XML,
    `<Relationships xmlns="${PACKAGE_REL}">`,
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>`,
    '</Relationships>',
  ];
  const workbook = [
    XML,
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>`,
    ...numbers.map(
      (n, i) => `<sheet name="${escapeXml(names[i] as string)}" sheetId="${n}" r:id="rId${n}"/>`,
    ),
    '</sheets></workbook>',
  ];
  const workbookRels = [
    XML,
    `<Relationships xmlns="${PACKAGE_REL}">`,
    ...numbers.map(
      (n) =>
        `<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`,
    ),
    `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>`,
    '</Relationships>',
  ];

  return writeZip([
    part('[Content_Types].xml', contentTypes.join('')),
    part('_rels/.rels', rootRels.join('')),
    part('xl/workbook.xml', workbook.join('')),
    part('xl/_rels/workbook.xml.rels', workbookRels.join('')),
    part('xl/styles.xml', STYLES),
    ...sheets.map((s, i) =>
      part(`xl/worksheets/sheet${i + 1}.xml`, worksheetXml(s.header, s.rows)),
    ),
  ]);
}
