/** What the import page checks before a file leaves it, and how it names files and mappings. */
import type { LEDGER_FILE_MAX_MB } from '../../../../api/fiscal/ledgerImport.contract';
import { LEDGER_FIELDS, type ColumnMapping } from '../../../../core/fiscal/import/mapping';

/**
 * The service's cap, repeated here because the renderer takes only types from src/api; the type
 * pins it, so typecheck fails if the contract's cap changes and this one does not.
 */
export const MAX_FILE_MB: typeof LEDGER_FILE_MAX_MB = 100;
const MAX_FILE_BYTES = MAX_FILE_MB * 1024 * 1024;

/** "512 bytes", "2.4 KB", "31.0 MB". */
export function fileSizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Why a picked or dropped file is refused before it is read, or null. The input's `accept` is only
 * a hint to the picker and a drop ignores it, so the kind is checked here too; the service
 * recognises a workbook by its bytes, so this check is about telling the person early.
 */
export function fileRefusal(file: Pick<File, 'name' | 'size'>): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xls')) {
    return `“${file.name}” is an old-style Excel workbook (.xls). Open it in Excel and save it as .xlsx or .csv, then choose that file.`;
  }
  if (!name.endsWith('.csv') && !name.endsWith('.xlsx')) {
    return `“${file.name}” is not a CSV or XLSX file. Export the ledger from the finance system as .csv or .xlsx.`;
  }
  if (file.size > MAX_FILE_BYTES) {
    return `“${file.name}” is ${fileSizeText(file.size)}; the import takes files up to ${MAX_FILE_MB} MB. Export a shorter period (one SFY or one quarter) and import each file.`;
  }
  if (file.size === 0) return `“${file.name}” is empty.`;
  return null;
}

/** The mapping without unmapped fields, in field order: two mappings that mean the same match. */
export function mappingKey(mapping: ColumnMapping): string {
  return JSON.stringify(LEDGER_FIELDS.map((field) => mapping[field]?.trim() ?? ''));
}

/** "1 row", "12 rows". */
export function rowsText(count: number): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? 'row' : 'rows'}`;
}
