/**
 * What every Workbench workbook starts with: document properties and a cover sheet that says what
 * the workbook is, for which county and period, when and by which version it was made. Area
 * workbooks (readiness, fiscal, report package…) add their sheets after the cover.
 */
import ExcelJS from 'exceljs';
import { COVER_SHEET, writeCover, type CoverDetails } from './cover';

export type { CoverDetails } from './cover';
export { COVER_SHEET } from './cover';

export function createWorkbook(cover: CoverDetails): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `Linkages Workbench ${cover.appVersion}`;
  workbook.lastModifiedBy = workbook.creator;
  workbook.created = cover.generatedAt;
  workbook.modified = cover.generatedAt;
  workbook.title = `${cover.title} — ${cover.countyName === null ? 'Statewide' : `${cover.countyName} County`}`;

  writeCover(workbook.addWorksheet(COVER_SHEET), cover);
  return workbook;
}

/** Exports travel to the UI as bytes: Electron saves them through a dialog, the browser downloads. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
