/**
 * Reads an imported table (a finance export for the ledger, a caseload extract for matching, an
 * outcomes file; CSV or XLSX): its header row, then its records in batches, so a million-row file
 * is never held twice. CSV is decoded as csvDecode.ts says; XLSX is first checked for what it
 * would inflate to (workbookBounds.ts), then streamed row by row (sheetCells.ts), first worksheet
 * only, each cell read exactly or refused by its place (workbookCell.ts).
 */
import { CsvFormatError, CsvReader } from '../core/csv';
import type { TableCell, TableRecord } from '../core/tableRecord';
import { decodeCsv } from './csvDecode';
import { sheetRows, type SheetCell } from './sheetCells';
import {
  checkWorkbookSize,
  MAX_CELL_CHARS,
  ZipRefusal,
  type WorkbookLimits,
} from './workbookBounds';
import { cellPlace, readCell, refusalWords, type CellRefusal } from './workbookCell';
import { readWorkbookIndex, WorkbookRefusal } from './workbookXml';
import type { ZipDirectory } from './zipDirectory';

export class TableFileError extends Error {}

export interface TableFile {
  readonly headers: string[];
  /** The rows below the header, blank rows left out. */
  readonly batches: AsyncIterable<TableRecord[]>;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const CHUNK_CHARS = 4 * 1024 * 1024;

const MB = 1024 * 1024;
/**
 * Uploads are at most 100 MB; a real export's sheet XML deflates about 10 times, so 1 GB covers
 * the largest sheet we could be sent (Excel's 1,048,576 rows of a dozen columns) and refuses
 * bombs. Shared strings are capped lower: they are all held in memory while the sheet is read,
 * and 256 MB of `<si>` is millions of distinct texts, more than a million-row extract has.
 */
export const TABLE_WORKBOOK_LIMITS: WorkbookLimits = {
  maxPartBytes: 1024 * MB,
  maxSharedStringsBytes: 256 * MB,
  maxTotalBytes: 1536 * MB,
};
/** A finance export or extract has tens of columns; a row past this is not a table we read. */
export const MAX_TABLE_COLUMNS = 1000;

/** A workbook is recognised by its bytes, not its name: exports get renamed. */
export async function openTableFile(bytes: Uint8Array): Promise<TableFile> {
  if (bytes.length === 0) throw new TableFileError('The file is empty.');
  const zip = ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte);
  let directory: ZipDirectory | null = null;
  if (zip) {
    try {
      directory = await checkWorkbookSize(bytes, TABLE_WORKBOOK_LIMITS);
    } catch (error) {
      if (error instanceof ZipRefusal) throw new TableFileError(error.message);
      throw error;
    }
  }
  const source = boundedRecords(directory ? xlsxRecords(bytes, directory) : csvRecords(bytes));
  // The first record is the header; the rest of its batch are rows.
  for (;;) {
    const next = await source.next();
    if (next.done) throw new TableFileError('The file is empty.');
    const [header, ...rest] = next.value;
    if (!header) continue;
    const headers = header.fields.map((cell) => String(cell ?? ''));
    if (headers.every((h) => h.trim() === '')) {
      throw new TableFileError('The first row is empty: it should name the columns.');
    }
    return { headers, batches: withFirst(rest, source) };
  }
}

async function* withFirst(
  first: TableRecord[],
  rest: AsyncGenerator<TableRecord[]>,
): AsyncGenerator<TableRecord[]> {
  const filled = (batch: TableRecord[]) =>
    batch.filter((r) => r.fields.some((f) => f !== null && String(f).trim() !== ''));
  yield filled(first);
  for await (const batch of rest) yield filled(batch);
}

const tooWide = (row: number, columns: number) =>
  new TableFileError(
    `Row ${row} reaches column ${columns}; a table we read has at most ${MAX_TABLE_COLUMNS} columns.`,
  );

/** Every record checked for what no real export has: an over-long cell or row. */
async function* boundedRecords(
  source: AsyncGenerator<TableRecord[]>,
): AsyncGenerator<TableRecord[]> {
  for await (const batch of source) {
    for (const { row, fields } of batch) {
      if (fields.length > MAX_TABLE_COLUMNS) throw tooWide(row, fields.length);
      fields.forEach((field, i) => {
        if (typeof field === 'string' && field.length > MAX_CELL_CHARS) {
          throw new TableFileError(
            `Row ${row}, column ${i + 1} holds ${field.length.toLocaleString('en-US')} characters; a cell holds at most ${MAX_CELL_CHARS.toLocaleString('en-US')} (Excel's own limit).`,
          );
        }
      });
    }
    yield batch;
  }
}

async function* csvRecords(bytes: Uint8Array): AsyncGenerator<TableRecord[]> {
  const decoded = decodeCsv(bytes);
  if ('refused' in decoded) throw new TableFileError(decoded.refused);
  const { text } = decoded;
  const reader = new CsvReader();
  try {
    for (let at = 0; at < text.length; at += CHUNK_CHARS) {
      yield reader.push(text.slice(at, at + CHUNK_CHARS));
    }
    yield reader.end();
  } catch (error) {
    if (error instanceof CsvFormatError) throw new TableFileError(error.message);
    throw error;
  }
}

function refusal(row: number, column: number, refused: CellRefusal): TableFileError {
  const place = cellPlace(row, column);
  if (refused.kind === 'formula') {
    return new TableFileError(
      `${place}: the workbook holds formulas; save the export with values only (Paste Special → Values) and import that.`,
    );
  }
  const advice =
    refused.kind === 'error' ? ' where a value should be: fix that cell, or save values only' : '';
  return new TableFileError(`${place} ${refusalWords(refused)}${advice}.`);
}

/** A row's cells as the row validator takes them: dates as ISO text, numbers as numbers. */
function recordFields(row: number, cells: readonly SheetCell[]): TableCell[] {
  const width = cells.reduce((widest, cell) => Math.max(widest, cell.column), 0);
  // Checked per row, not per batch: a few KB of deflate can make 5,000 rows 16,384 wide.
  if (width > MAX_TABLE_COLUMNS) throw tooWide(row, width);
  const fields: TableCell[] = new Array<TableCell>(width).fill(null);
  for (const { column, value } of cells) {
    const reading = readCell(value);
    if ('refused' in reading) throw refusal(row, column, reading.refused);
    const read = reading.value;
    fields[column - 1] = read instanceof Date ? read.toISOString().slice(0, 10) : read;
  }
  return fields;
}

const XLSX_BATCH = 5000;

async function* xlsxRecords(
  bytes: Uint8Array,
  directory: ZipDirectory,
): AsyncGenerator<TableRecord[]> {
  try {
    const book = await readWorkbookIndex(bytes, directory);
    // The first worksheet (the first tab) holds the export.
    const sheet = book.sheets[0]?.part;
    if (!sheet) throw new TableFileError('The workbook has no worksheet to read.');
    let batch: TableRecord[] = [];
    for await (const rows of sheetRows(bytes, book, sheet)) {
      for (const { row, cells } of rows) {
        batch.push({ row, fields: recordFields(row, cells) });
        if (batch.length >= XLSX_BATCH) {
          yield batch;
          batch = [];
        }
      }
    }
    yield batch;
  } catch (error) {
    if (error instanceof TableFileError) throw error;
    if (error instanceof WorkbookRefusal) throw new TableFileError(error.message);
    throw new TableFileError('The file looks like a workbook but cannot be read as .xlsx.');
  }
}
