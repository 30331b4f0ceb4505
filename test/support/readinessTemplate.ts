import type ExcelJS from 'exceljs';
import type { Instrument } from '../../src/core/readiness/instrument';
import { buildResponseTemplate } from '../../src/export/readinessTemplate';
import { RESPONSES_SHEET } from '../../src/files/readinessLayout';
import { workbookBytes } from '../../src/export/workbook';

export type CellValue = string | number | null | { formula: string };

/** A blank template for the instrument, as the app exports it. */
export function blankTemplate(instrument: Instrument): ExcelJS.Workbook {
  return buildResponseTemplate({
    instrument,
    countyName: 'Sonoma',
    roundTitle: 'Test round',
    appVersion: '0.0.0-test',
    generatedAt: new Date('2026-11-22T12:00:00Z'),
  });
}

/** Writes rows (program, role level, label, then one value per statement) into the template. */
export async function filledTemplate(
  instrument: Instrument,
  rows: CellValue[][],
  edit: (workbook: ExcelJS.Workbook) => void = () => undefined,
): Promise<string> {
  const workbook = blankTemplate(instrument);
  const sheet = workbook.getWorksheet(RESPONSES_SHEET);
  rows.forEach((values, index) => {
    values.forEach((value, column) => {
      if (value !== null && sheet) sheet.getCell(index + 2, column + 1).value = value;
    });
  });
  edit(workbook);
  return Buffer.from(await workbookBytes(workbook)).toString('base64');
}

/** A row answering every statement with `answer`. */
export function row(
  instrument: Instrument,
  program: string,
  role: string,
  answer: CellValue,
  label = '',
): CellValue[] {
  return [program, role, label, ...instrument.items.map(() => answer)];
}
