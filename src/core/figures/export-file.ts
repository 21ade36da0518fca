import { localDate } from '../attendance/forum-days.js';
import type { Attachment } from '../chat.js';
import { writeCsv } from '../export/write-csv.js';
import { type Sheet, writeXlsx } from '../export/write-xlsx.js';
import type { Forum } from '../forum/forum.js';

export const csvType = 'text/csv; charset=utf-8';
export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The two formats an export comes in; Excel first, as it keeps text exactly as it is. */
export const exportFormats = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** "framtidsforum-2027-deltagare-2026-11-22": the forum, what, and the day it was taken. */
export const exportName = (forum: Forum, what: string, now: Date, timeZone: string): string =>
  `${forum.slug}-${what}-${localDate(now, timeZone)}`;

/** A table as an export: one workbook with a sheet per table, or one CSV file per table. */
export function exportAttachments(
  format: ExportFormat,
  tables: { sheet: Sheet; fileName: string; label: string }[],
  workbook: { fileName: string; label: string },
): Attachment[] {
  if (format === 'xlsx') {
    return [
      {
        name: `${workbook.fileName}.xlsx`,
        mediaType: xlsxType,
        content: writeXlsx(tables.map((table) => table.sheet)),
        label: workbook.label,
      },
    ];
  }
  return tables.map(({ sheet, fileName, label }) => ({
    name: `${fileName}.csv`,
    mediaType: csvType,
    content: writeCsv(sheet.header, sheet.rows),
    label,
  }));
}

const formatWords = new Map<string, ExportFormat>([
  ['csv', 'csv'],
  ['xlsx', 'xlsx'],
  ['excel', 'xlsx'],
]);

/** "exportera csv", "exportera framtidsforum-2027 excel": a forum and a format, both optional. */
export function exportFromText(rest: string): { forum?: string; format?: ExportFormat } {
  const words = rest.trim().split(/\s+/).filter(Boolean);
  const format = formatWords.get(words.at(-1)?.toLowerCase() ?? '');
  if (format) words.pop();
  return { ...(words.length > 0 ? { forum: words.join(' ') } : {}), ...(format ? { format } : {}) };
}
