/** What a spreadsheet cell can hold here; null and undefined leave the cell empty. */
export type CellValue = string | number | boolean | null | undefined;
