/** A row of an imported table (CSV or XLSX), as every import's row reader takes it. */
export type TableCell = string | number | boolean | null;

export interface TableRecord {
  /** Spreadsheet row: the header is row 1. */
  readonly row: number;
  readonly fields: readonly TableCell[];
}
