/** An exported workbook (an ExportFile's bytes) read back for checking. */
import ExcelJS from 'exceljs';

export async function readBack(bytesBase64: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(Buffer.from(bytesBase64, 'base64')).buffer);
  return workbook;
}
