/** Table sheets shared by every workbook: typed columns, a bold frozen header with a filter. */
import type ExcelJS from 'exceljs';

export type Cell = string | number | Date | null;

/** One column of a sheet: its heading, its value for a row, and its number format. */
export interface Column<T> {
  readonly heading: string;
  readonly value: (row: T) => Cell;
  readonly numFmt?: string;
  /** Characters; by default wide enough for the heading. */
  readonly width?: number;
}

export const DATE_FORMAT = 'yyyy-mm-dd';

/** An ISO date as an Excel date (a real date people can sort and filter), or an empty cell. */
export function excelDate(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

/**
 * A header row in bold, frozen, with a filter over the table below it. Columns, view and filter
 * are set before any row and every row is committed, so the same code fills a streaming sheet.
 */
export function table<T>(
  sheet: ExcelJS.Worksheet,
  columns: readonly Column<T>[],
  rows: Iterable<T>,
): void {
  sheet.columns = columns.map((column) => ({
    width: column.width ?? Math.min(60, Math.max(10, column.heading.length + 2)),
    ...(column.numFmt ? { style: { numFmt: column.numFmt } } : {}),
  }));
  // A streaming sheet's views can only be added to, not replaced.
  if (!sheet.views.some((view) => view.state === 'frozen')) {
    sheet.views.push({ state: 'frozen', ySplit: 1 });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.addRow(columns.map((c) => c.heading));
  header.font = { bold: true };
  header.commit();
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row))).commit();
}

const ROWS_BETWEEN_BREATHS = 2000;

/**
 * table() for a streaming sheet of many rows: it lets the event loop run every so often, so the
 * zip compression drains what was written instead of buffering the whole sheet in memory.
 */
export async function streamTable<T>(
  sheet: ExcelJS.Worksheet,
  columns: readonly Column<T>[],
  rows: Iterable<T>,
): Promise<void> {
  table(sheet, columns, []);
  let count = 0;
  for (const row of rows) {
    sheet.addRow(columns.map((c) => c.value(row))).commit();
    if (++count % ROWS_BETWEEN_BREATHS === 0) {
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
}
