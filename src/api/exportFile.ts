import type ExcelJS from 'exceljs';
import { XLSX_MEDIA_TYPE, type ExportFile } from './files.contract';

/**
 * Workbook bytes as the ExportFile both shells save, with its file name. The base64 is made from
 * the bytes where they lie: a copy first would hold a million-row ledger's workbook twice more
 * at the export's peak.
 */
export function xlsxExport(fileName: string, bytes: Uint8Array): ExportFile {
  return {
    fileName,
    mediaType: XLSX_MEDIA_TYPE,
    bytesBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
}

/** A workbook built in memory, as an ExportFile. */
export async function asExport(fileName: string, workbook: ExcelJS.Workbook): Promise<ExportFile> {
  const { workbookBytes } = await import('../export/workbook');
  return xlsxExport(fileName, await workbookBytes(workbook));
}
