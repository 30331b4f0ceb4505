/**
 * What every Workbench workbook starts with: document properties and a cover sheet that says what
 * the workbook is, for which county and period, when and by which version it was made. Area
 * workbooks (readiness, fiscal, report package…) add their sheets after the cover.
 */
import ExcelJS from 'exceljs';

export interface CoverDetails {
  /** e.g. "Fiscal workbook" */
  readonly title: string;
  readonly countyName: string;
  /** e.g. "SFY 2026-27", or null when the workbook is not about one period. */
  readonly period: string | null;
  readonly appVersion: string;
  readonly generatedAt: Date;
  /** Plain sentences shown under the details, e.g. what the workbook contains or leaves out. */
  readonly notes: readonly string[];
}

export const COVER_SHEET = 'Cover';

export function createWorkbook(cover: CoverDetails): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `Linkages Workbench ${cover.appVersion}`;
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = cover.generatedAt;
  workbook.modified = cover.generatedAt;
  workbook.title = `${cover.title} — ${cover.countyName} County`;

  const sheet = workbook.addWorksheet(COVER_SHEET);
  sheet.columns = [{ width: 22 }, { width: 60 }];
  sheet.addRow([cover.title]).font = { bold: true, size: 16 };
  sheet.addRow([]);
  const details: [string, string][] = [
    ['County', `${cover.countyName} County`],
    ['Period', cover.period ?? 'All periods'],
    ['Generated', cover.generatedAt.toISOString()],
    ['Made with', `Linkages Workbench ${cover.appVersion}`],
  ];
  for (const [label, value] of details) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
  }
  if (cover.notes.length > 0) sheet.addRow([]);
  for (const note of cover.notes) sheet.addRow([note]);
  return workbook;
}

/** Exports travel to the UI as bytes: Electron saves them through a dialog, the browser downloads. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
