/**
 * The cover sheet every Workbench workbook starts with, written the same way into an in-memory
 * workbook or a streaming one (the fiscal workbook streams its ledger).
 */
import type ExcelJS from 'exceljs';

export interface CoverDetails {
  /** e.g. "Fiscal workbook" */
  readonly title: string;
  /** null for a statewide workbook. */
  readonly countyName: string | null;
  /** e.g. "SFY 2026-27", or null when the workbook is not about one period. */
  readonly period: string | null;
  readonly appVersion: string;
  readonly generatedAt: Date;
  /** Plain sentences shown under the details, e.g. what the workbook contains or leaves out. */
  readonly notes: readonly string[];
}

export const COVER_SHEET = 'Cover';

/** Fills a new sheet; rows are committed as they go, which a streaming sheet needs. */
export function writeCover(sheet: ExcelJS.Worksheet, cover: CoverDetails): void {
  sheet.columns = [{ width: 22 }, { width: 60 }];
  const add = (values: string[], bold = false, size?: number) => {
    const row = sheet.addRow(values);
    if (bold) row.getCell(1).font = size ? { bold: true, size } : { bold: true };
    row.commit();
  };
  add([cover.title], true, 16);
  add([]);
  const details: [string, string][] = [
    ['County', cover.countyName === null ? 'Statewide' : `${cover.countyName} County`],
    ['Period', cover.period ?? 'All periods'],
    ['Generated', cover.generatedAt.toISOString()],
    ['Made with', `Linkages Workbench ${cover.appVersion}`],
  ];
  for (const detail of details) add(detail, true);
  if (cover.notes.length > 0) add([]);
  for (const note of cover.notes) add([note]);
}
