const byExtension: Record<string, string> = {
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  txt: 'text/plain',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  ics: 'text/calendar',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

const generic = 'application/octet-stream';

/**
 * A received file's media type. OneDrive and SharePoint serve most files as
 * `application/octet-stream`, so the extension Teams reports comes first, then the name's,
 * then what the download said.
 */
export function mediaTypeOf(name: string, fileType?: string, served?: string | null): string {
  const extension = (fileType || /\.([^.]+)$/.exec(name)?.[1] || '').toLowerCase();
  const known = byExtension[extension];
  if (known) return known;
  const declared = served?.split(';')[0]?.trim().toLowerCase();
  return declared && /^[\w.+-]+\/[\w.+-]+$/.test(declared) ? declared : generic;
}
