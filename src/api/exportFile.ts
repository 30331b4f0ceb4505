import type ExcelJS from 'exceljs';
import { workbookBytes } from '../export/workbook';
import { XLSX_MEDIA_TYPE, type ExportFile } from './files.contract';

/** A built workbook as the ExportFile both shells save: bytes as base64, with its file name. */
export async function asExport(fileName: string, workbook: ExcelJS.Workbook): Promise<ExportFile> {
  const bytes = await workbookBytes(workbook);
  return {
    fileName,
    mediaType: XLSX_MEDIA_TYPE,
    bytesBase64: Buffer.from(bytes).toString('base64'),
  };
}
