/**
 * Reads an imported table (a finance export for the ledger, a caseload extract for matching; CSV
 * or XLSX): its header row, then its records in batches, so a million-row file is never held twice. CSV is decoded as UTF-8, or as
 * Windows-1252 when it is not valid UTF-8 (what Excel saves as plain "CSV" on a county PC); XLSX
 * is streamed row by row, first worksheet only.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { CsvFormatError, CsvReader } from '../core/csv';
import type { TableCell, TableRecord } from '../core/tableRecord';

export class TableFileError extends Error {}

export interface TableFile {
  readonly headers: string[];
  /** The rows below the header, blank rows left out. */
  readonly batches: AsyncIterable<TableRecord[]>;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const CHUNK_CHARS = 4 * 1024 * 1024;

/** A workbook is recognised by its bytes, not its name: exports get renamed. */
export async function openTableFile(bytes: Uint8Array): Promise<TableFile> {
  if (bytes.length === 0) throw new TableFileError('The file is empty.');
  const zip = ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte);
  const source = zip ? xlsxRecords(bytes) : csvRecords(bytes);
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

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

async function* csvRecords(bytes: Uint8Array): AsyncGenerator<TableRecord[]> {
  const text = decode(bytes);
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

/** A cell as the row validator takes it: dates as ISO text, numbers as numbers, no formulas. */
function cellValue(value: ExcelJS.CellValue): TableCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) {
    return value.richText.map((part) => part.text).join('');
  }
  if (typeof value === 'object' && 'formula' in value) {
    throw new TableFileError(
      'The workbook holds formulas: save the export with values only (Paste Special → Values) and import that.',
    );
  }
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value as unknown as string);
}

const XLSX_BATCH = 5000;

async function* xlsxRecords(bytes: Uint8Array): AsyncGenerator<TableRecord[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  let batch: TableRecord[] = [];
  try {
    let first = true;
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        // Later sheets are read through, not skipped: exceljs removes the temporary copy of a
        // sheet it had to spill to disk only once the whole workbook has been read.
        if (!first) continue;
        const values = (row.values as ExcelJS.CellValue[]).slice(1);
        batch.push({ row: row.number, fields: values.map(cellValue) });
        if (batch.length >= XLSX_BATCH) {
          yield batch;
          batch = [];
        }
      }
      first = false; // the first worksheet holds the export
    }
  } catch (error) {
    if (error instanceof TableFileError) throw error;
    throw new TableFileError('The file looks like a workbook but cannot be read as .xlsx.');
  }
  yield batch;
}
