/**
 * Reads a county finance export (CSV or XLSX) into a header row and records for the ledger
 * import. CSV is decoded as UTF-8, or Windows-1252 when it is not valid UTF-8 (what Excel saves as
 * plain "CSV" on a county PC); XLSX is streamed row by row, first worksheet only.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { CsvFormatError, CsvReader } from '../core/fiscal/import/csv';
import type { LedgerCell, LedgerRecord } from '../core/fiscal/import/rows';

export class LedgerFileError extends Error {}

export interface LedgerFile {
  readonly headers: string[];
  readonly records: LedgerRecord[];
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const CHUNK_CHARS = 4 * 1024 * 1024;

/** A workbook is recognised by its bytes, not its name: exports get renamed. */
export async function readLedgerFile(bytes: Uint8Array): Promise<LedgerFile> {
  if (bytes.length === 0) throw new LedgerFileError('The file is empty.');
  const zip = ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte);
  const file = zip ? await readXlsx(bytes) : readCsv(bytes);
  if (file.headers.every((h) => h.trim() === '')) {
    throw new LedgerFileError('The first row is empty: it should name the columns.');
  }
  if (file.records.length === 0) {
    throw new LedgerFileError('The file has a header row but no rows to import.');
  }
  return file;
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readCsv(bytes: Uint8Array): LedgerFile {
  const text = decode(bytes);
  const reader = new CsvReader();
  const all: { row: number; fields: string[] }[] = [];
  try {
    for (let at = 0; at < text.length; at += CHUNK_CHARS) {
      for (const record of reader.push(text.slice(at, at + CHUNK_CHARS))) all.push(record);
    }
    for (const record of reader.end()) all.push(record);
  } catch (error) {
    if (error instanceof CsvFormatError) throw new LedgerFileError(error.message);
    throw error;
  }
  const [header, ...records] = all;
  if (!header) throw new LedgerFileError('The file is empty.');
  return {
    headers: header.fields,
    records: records
      .filter((r) => r.fields.some((f) => f.trim() !== ''))
      .map((r) => ({ row: r.row, fields: r.fields })),
  };
}

/** A cell as the row validator takes it: dates as Excel serials, formulas refused upstream. */
function cellValue(value: ExcelJS.CellValue): LedgerCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) {
    // exceljs gives dates as UTC midnights; the validator reads ISO text.
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'object' && 'richText' in value) {
    return value.richText.map((part) => part.text).join('');
  }
  if (typeof value === 'object' && 'formula' in value) {
    throw new LedgerFileError(
      'The workbook holds formulas: save the export with values only (Paste Special → Values) and import that.',
    );
  }
  if (typeof value === 'object' && 'text' in value) return String(value.text);
  return String(value as unknown as string);
}

async function readXlsx(bytes: Uint8Array): Promise<LedgerFile> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  let headers: string[] | null = null;
  const records: LedgerRecord[] = [];
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const values = (row.values as ExcelJS.CellValue[]).slice(1);
        if (headers === null) {
          headers = values.map((v) => String(cellValue(v) ?? ''));
          continue;
        }
        const fields = values.map(cellValue);
        if (fields.some((f) => f !== null && String(f).trim() !== '')) {
          records.push({ row: row.number, fields });
        }
      }
      break; // the first worksheet holds the export
    }
  } catch (error) {
    if (error instanceof LedgerFileError) throw error;
    throw new LedgerFileError('The file looks like a workbook but cannot be read as .xlsx.');
  }
  return { headers: headers ?? [], records };
}
