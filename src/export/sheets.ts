/**
 * Table sheets shared by every workbook: typed columns fitted to their values, a bold frozen
 * header with a filter, repeated on every printed page (printSetup.ts).
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { displayWidth, fittedWidth, lineCount, wrappedRowHeight } from './columnFit';
import { finishPrint } from './printSetup';

export type Cell = string | number | Date | null;

/** One column of a sheet: its heading, its value for a row, and its number format. */
export interface Column<T> {
  readonly heading: string;
  readonly value: (row: T) => Cell;
  readonly numFmt?: string;
  /**
   * Characters, for a streamed column whose values are not known when its width must be written
   * (the ledger); a table of rows in hand is fitted to them instead.
   */
  readonly width?: number;
}

/** "Apr 14, 2026": the Workbench's one date format for reading (issue 23), on a real date. */
export const DATE_FORMAT = 'mmm d, yyyy';
/** Dollars and cents with the sign before the dollar sign: money is stored in cents, shown in dollars. */
export const MONEY_FORMAT = '"$"#,##0.00;-"$"#,##0.00';

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
 * Options for a sheet that carries a marking on screen: a red tab and, on a table, the marking as
 * its first row (table() writes it when given the marking), frozen with the header under it. On
 * paper the marking is in every header and footer (printOptions with the marking). Used for the
 * sheets of an export with identifiers of people (DOMAIN.md, Privacy).
 */
export function markedSheet(
  marking: string,
  { table = true } = {},
): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    views: table ? [{ state: 'frozen', ySplit: 2 }] : [],
    properties: { tabColor: { argb: 'FFC00000' } },
  };
}

/** The style of a column's body cells, one object per column (see streamTable). */
function bodyStyle<T>(column: Column<T>): Partial<ExcelJS.Style> {
  // Text wraps in its column rather than running under the next one; a row of wrapped text
  // keeps its other cells at the top, beside the text's first line.
  const alignment: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: !column.numFmt };
  return column.numFmt ? { numFmt: column.numFmt, alignment } : { alignment };
}

/** Rows in hand (an array) are measured; rows still to be read take the columns' own widths. */
function columnWidths<T>(columns: readonly Column<T>[], rows: Iterable<T>): number[] {
  if (!Array.isArray(rows)) return columns.map((c) => c.width ?? fittedWidth(c.heading, 0));
  const inHand = rows as readonly T[];
  return columns.map((column) => {
    let widest = 0;
    for (const row of inHand) {
      widest = Math.max(widest, displayWidth(column.value(row), column.numFmt));
    }
    return fittedWidth(column.heading, widest);
  });
}

/**
 * The header of a table (and a marking above it): columns, view and filter before any row, every
 * row committed, so a streaming sheet takes it too. Returns the number of header rows.
 */
function writeHeader<T>(
  sheet: ExcelJS.Worksheet,
  columns: readonly Column<T>[],
  widths: readonly number[],
  { marking, filter = true }: { marking?: string | undefined; filter?: boolean } = {},
): number {
  sheet.columns = columns.map((column, i) => ({
    width: widths[i],
    ...(column.numFmt ? { style: { numFmt: column.numFmt } } : {}),
  }));
  // A marked sheet (see markedSheet) says so in its first row, across the table; the header
  // comes under it.
  const headerRow = marking === undefined ? 1 : 2;
  if (marking !== undefined) {
    const banner = sheet.addRow([marking]);
    if (columns.length > 1) sheet.mergeCells(banner.number, 1, banner.number, columns.length);
    banner.font = { bold: true, color: { argb: 'FFC00000' } };
    banner.alignment = { vertical: 'top', wrapText: true };
    // A merged cell keeps the height it is given: as many lines as the marking takes.
    const across = widths.reduce((sum, w) => sum + w, 0);
    banner.height = 15 * lineCount(marking, across, true);
    banner.commit();
  }
  // A streaming sheet's views can only be added to, not replaced.
  if (!sheet.views.some((view) => view.state === 'frozen')) {
    sheet.views.push({ state: 'frozen', ySplit: headerRow });
  }
  if (filter) {
    sheet.autoFilter = {
      from: { row: headerRow, column: 1 },
      to: { row: headerRow, column: columns.length },
    };
  }
  const header = sheet.addRow(columns.map((c) => c.heading));
  header.font = { bold: true };
  // Headings wrap onto a second line over a narrow column of figures (fittedWidth), and stand
  // over their figures' right edge.
  columns.forEach((column, i) => {
    header.getCell(i + 1).alignment = {
      vertical: 'bottom',
      wrapText: true,
      ...(column.numFmt ? { horizontal: 'right' } : {}),
    };
  });
  const height = wrappedRowHeight(
    columns.map((c) => c.heading),
    widths,
    true,
  );
  if (height !== undefined) header.height = height;
  header.commit();
  return headerRow;
}

/** A header row in bold, frozen and repeated on every printed page, with a filter over the table. */
export function table<T>(
  sheet: ExcelJS.Worksheet,
  columns: readonly Column<T>[],
  rows: Iterable<T>,
  marking?: string,
): void {
  const widths = columnWidths(columns, rows);
  const headerRows = writeHeader(sheet, columns, widths, { marking });
  const styles = columns.map(bodyStyle);
  let lastRow = headerRows;
  for (const row of rows) {
    const values = columns.map((c) => c.value(row));
    const added = sheet.addRow(values);
    // A copy per cell: a builder may restyle a row afterwards (a bold total), which would
    // otherwise restyle every cell sharing the object.
    columns.forEach((_, i) => (added.getCell(i + 1).style = { ...styles[i] }));
    const height = wrappedRowHeight(values, widths);
    if (height !== undefined) added.height = height;
    added.commit();
    lastRow++;
  }
  finishPrint(sheet, { headerRows, lastRow, lastColumn: columns.length });
}

/** One figure: its label, its value (or values, one per heading after the first) and its format. */
export interface FigureRow {
  readonly label: string;
  readonly values: readonly Cell[];
  readonly numFmt?: string | undefined;
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
  const columns = headings.map((heading, i): Column<FigureRow> => ({
    heading,
    value: (r) => (i === 0 ? r.label : (r.values[i - 1] ?? null)),
  }));
  const widths = columns.map((column) => {
    const widest = Math.max(0, ...rows.map((r) => displayWidth(column.value(r), r.numFmt)));
    return fittedWidth(column.heading, widest);
  });
  const headerRows = writeHeader(sheet, columns, widths, { filter: false });
  for (const { label, values, numFmt } of rows) {
    const row = sheet.addRow([label, ...values]);
    row.alignment = { vertical: 'top', wrapText: true };
    const height = wrappedRowHeight([label, ...values], widths);
    if (height !== undefined) row.height = height;
    if (numFmt) values.forEach((_, i) => (row.getCell(i + 2).numFmt = numFmt));
    row.commit();
  }
  finishPrint(sheet, {
    headerRows,
    lastRow: headerRows + rows.length,
    lastColumn: headings.length,
  });
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
 * (Excel opens no sheet longer than its last row), and each is committed when full or done, its
 * print area and titles set first. Every so often it waits for the zip compression to take what
 * was written, so memory holds a few buffers of the sheet, not the sheet.
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
  const styles = columns.map(bodyStyle);
  const widths = columnWidths(columns, rows);
  let part = 1;
  let sheet = addSheet(part);
  let headerRows = writeHeader(sheet, columns, widths, { marking });
  let inSheet = 0;
  const done = () => {
    finishPrint(sheet, { headerRows, lastRow: headerRows + inSheet, lastColumn: columns.length });
    sheet.commit();
  };
  for (const row of rows) {
    if (inSheet === rowsPerSheet) {
      done();
      sheet = addSheet(++part);
      headerRows = writeHeader(sheet, columns, widths, { marking });
      inSheet = 0;
    }
    const values = columns.map((c) => c.value(row));
    const added = sheet.addRow(values);
    added.eachCell((cell, column) => {
      cell.style = styles[column - 1] ?? {};
    });
    const height = wrappedRowHeight(values, widths);
    if (height !== undefined) added.height = height;
    added.commit();
    if (++inSheet % ROWS_BETWEEN_BREATHS === 0) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      await compressorCaughtUp(sheet);
    }
  }
  done();
}
