import type { DataRow } from '../../store/privacy-repository.js';
import { localDate } from '../attendance/forum-days.js';
import type { Attachment } from '../chat.js';
import type { CellValue } from '../export/cell-value.js';
import { type Sheet, writeXlsx } from '../export/write-xlsx.js';
import { xlsxType } from '../figures/export-file.js';
import type { MessageKey, Translate } from '../i18n/translate.js';
import { dataKinds, type PersonalData } from './personal-data.js';

const kindName = (t: Translate, kind: string) => t(`privacy.kind.${kind}` as MessageKey);

/** A sheet of rows with the union of their columns, in the order they first appear. */
function sheetOf(name: string, rows: readonly DataRow[]): Sheet {
  const header = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return {
    name,
    header,
    rows: rows.map((row) => header.map((column): CellValue => row[column] ?? null)),
  };
}

/**
 * The person's copy as two files: JSON with every row as stored (complete and
 * machine-readable, the format the right of access and portability ask for), and a workbook
 * with a summary sheet and one sheet per kind that has rows, for reading in Excel.
 */
export function personalDataFiles(
  t: Translate,
  data: PersonalData,
  timeZone: string,
): Attachment[] {
  const base = `${t('privacy.mydata.file')}-${localDate(new Date(data.takenAt), timeZone)}`;
  const json = JSON.stringify(data, null, 2);
  const summary: Sheet = {
    name: kindName(t, 'summary'),
    header: [t('privacy.summary.kind'), t('privacy.summary.count')],
    rows: dataKinds.map((kind) => [kindName(t, kind), data.kinds[kind].length]),
  };
  const sheets = [
    summary,
    sheetOf(kindName(t, 'person'), [data.person]),
    ...dataKinds
      .filter((kind) => data.kinds[kind].length > 0)
      .map((kind) => sheetOf(kindName(t, kind), data.kinds[kind])),
  ];
  return [
    {
      name: `${base}.json`,
      mediaType: 'application/json',
      content: new TextEncoder().encode(json),
      label: t('privacy.mydata.label.json'),
    },
    {
      name: `${base}.xlsx`,
      mediaType: xlsxType,
      content: writeXlsx(sheets),
      label: t('privacy.mydata.label.xlsx'),
    },
  ];
}

/** "Anmälningar 2, Synpunkter 3": the kinds that have rows, with their counts. */
export function countsText(t: Translate, data: PersonalData): string {
  return dataKinds
    .filter((kind) => data.kinds[kind].length > 0)
    .map((kind) => `${kindName(t, kind)} ${data.kinds[kind].length}`)
    .join(', ');
}
