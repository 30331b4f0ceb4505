/** Table sheets shared by every workbook: typed columns, a bold frozen header with a filter. */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
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
 * Options for a new sheet with its header row frozen. A streaming sheet writes its views as it is
 * made, so they must be given here (views added later are lost); table() adds them otherwise.
 */
export function frozenHeader(): Partial<ExcelJS.AddWorksheetOptions> {
  return { views: [{ state: 'frozen', ySplit: 1 }] };
}

/**
 * Options for a sheet that carries a marking on screen and on paper: a red tab, the marking in the
 * printed header and footer and, on a table, as its first row (table() writes it when given the
 * marking), frozen with the header under it. Used for the sheets of an export with identifiers of
 * people (DOMAIN.md, Privacy).
 */
export function markedSheet(
  marking: string,
  { table = true } = {},
): Partial<ExcelJS.AddWorksheetOptions> {
  const printed = `&C&"-,Bold"${marking.replace(/&/g, '&&')}`;
  return {
    views: table ? [{ state: 'frozen', ySplit: 2 }] : [],
    properties: { tabColor: { argb: 'FFC00000' } },
    headerFooter: { oddHeader: printed, oddFooter: printed },
  };
}

/**
 * A header row in bold, frozen, with a filter over the table below it. Columns, view and filter
 * are set before any row and every row is committed, so the same code fills a streaming sheet.
 */
export function table<T>(
  sheet: ExcelJS.Worksheet,
  columns: readonly Column<T>[],
  rows: Iterable<T>,
  marking?: string,
): void {
  sheet.columns = columns.map((column) => ({
    width: column.width ?? Math.min(60, Math.max(10, column.heading.length + 2)),
    ...(column.numFmt ? { style: { numFmt: column.numFmt } } : {}),
  }));
  // A marked sheet (see markedSheet) says so in its first row; the header comes under it.
  const headerRow = marking === undefined ? 1 : 2;
  if (marking !== undefined) {
    const banner = sheet.addRow([marking]);
    banner.font = { bold: true, color: { argb: 'FFC00000' } };
    banner.commit();
  }
  // A streaming sheet's views can only be added to, not replaced.
  if (!sheet.views.some((view) => view.state === 'frozen')) {
    sheet.views.push({ state: 'frozen', ySplit: headerRow });
  }
  sheet.autoFilter = {
    from: { row: headerRow, column: 1 },
    to: { row: headerRow, column: columns.length },
  };
  const header = sheet.addRow(columns.map((c) => c.heading));
  header.font = { bold: true };
  header.commit();
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row))).commit();
}

/** One figure: its label, its value (or values, one per heading after the first) and its format. */
export interface FigureRow {
  readonly label: string;
  readonly values: readonly Cell[];
  readonly numFmt?: string;
}

/**
 * A sheet of figures, one per row, each row with its own number format (a money figure beside a
 * ratio), under a bold frozen header. Rows are committed as they go, so a streaming sheet takes it
 * too (its frozen header given when it was made, see frozenHeader()).
 */
export function figureTable(
  sheet: ExcelJS.Worksheet,
  headings: readonly string[],
  rows: readonly FigureRow[],
): void {
  sheet.columns = headings.map((_, i) => ({ width: i === 0 ? 30 : 20 }));
  if (!sheet.views.some((view) => view.state === 'frozen')) {
    sheet.views.push({ state: 'frozen', ySplit: 1 });
  }
  const header = sheet.addRow([...headings]);
  header.font = { bold: true };
  header.commit();
  for (const { label, values, numFmt } of rows) {
    const row = sheet.addRow([label, ...values]);
    if (numFmt) values.forEach((_, i) => (row.getCell(i + 2).numFmt = numFmt));
    row.commit();
  }
}

const ROWS_BETWEEN_BREATHS = 2000;

/**
 * What a streaming sheet writes into: exceljs's buffer (`stream`) and, once the zip has reached the
 * sheet, the zip's entry stream it feeds (`pipes`, a readable-stream 2 PassThrough, whose state
 * is only in `_writableState`). exceljs 4.4 (pinned) writes into it without waiting; these are
 * read only to wait for it.
 */
interface SheetStream {
  readonly stream?: {
    readonly pipes?: readonly (Writable & { _writableState?: { needDrain?: boolean } })[];
  };
}

/** Waits while the zip has more than its fill of this sheet still to compress. */
async function compressorCaughtUp(sheet: ExcelJS.Worksheet): Promise<void> {
  for (const pipe of (sheet as unknown as SheetStream).stream?.pipes ?? []) {
    if (pipe.writableNeedDrain ?? pipe._writableState?.needDrain) await once(pipe, 'drain');
  }
}

/** Excel's last row (1,048,576) less the header: a longer table goes on in another sheet. */
export const SHEET_DATA_ROWS = 1_048_575;

/**
 * table() for streaming sheets of many rows: `addSheet(part)` gives sheet 1, 2… as each fills up
 * (Excel opens no sheet longer than its last row), and each is committed when full or done. Every
 * so often it waits for the zip compression to take what was written, so memory holds a few
 * buffers of the sheet, not the sheet.
 */
export async function streamTable<T>(
  addSheet: (part: number) => ExcelJS.Worksheet,
  columns: readonly Column<T>[],
  rows: Iterable<T>,
  rowsPerSheet = SHEET_DATA_ROWS,
  marking?: string,
): Promise<void> {
  // One style object per column, shared by its cells: exceljs remembers the style of an object it
  // has seen, where a fresh object per cell would be worked out again (most of the write's time).
  const styles = columns.map((c) => (c.numFmt ? { numFmt: c.numFmt } : {}));
  let part = 1;
  let sheet = addSheet(part);
  table(sheet, columns, [], marking);
  let inSheet = 0;
  for (const row of rows) {
    if (inSheet === rowsPerSheet) {
      sheet.commit();
      sheet = addSheet(++part);
      table(sheet, columns, [], marking);
      inSheet = 0;
    }
    const added = sheet.addRow(columns.map((c) => c.value(row)));
    added.eachCell((cell, column) => {
      cell.style = styles[column - 1] ?? {};
    });
    added.commit();
    if (++inSheet % ROWS_BETWEEN_BREATHS === 0) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      await compressorCaughtUp(sheet);
    }
  }
  sheet.commit();
}
