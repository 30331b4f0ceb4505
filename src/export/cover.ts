/**
 * The cover sheet every Workbench workbook starts with, written the same way into an in-memory
 * workbook or a streaming one (the fiscal workbook streams its ledger).
 */
import type ExcelJS from 'exceljs';
import { PROSE_COLUMN_WIDTH, wrappedRowHeight } from './columnFit';
import { momentInWords } from '../core/dateWords';
import { finishPrint } from './printSetup';

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

/** The cover's value column: a note wider than this wraps onto more lines. */
const VALUE_WIDTH = PROSE_COLUMN_WIDTH;
/** Points per line of the 16-point title. */
const TITLE_LINE = 21;

/**
 * Fills a new sheet, one page wide in print: labels on the left, values and notes on the right,
 * where long notes wrap. Rows are committed as they go, which a streaming sheet needs.
 */
export function writeCover(sheet: ExcelJS.Worksheet, cover: CoverDetails): void {
  const details: [string, string][] = [
    ['County', cover.countyName === null ? 'Statewide' : `${cover.countyName} County`],
    ['Period', cover.period ?? 'All periods'],
    ['Generated', momentInWords(cover.generatedAt)],
    ['Made with', `Linkages Workbench ${cover.appVersion}`],
  ];
  const labelWidth = Math.max(
    ...['Notes', ...details.map(([label]) => label)].map((l) => l.length),
  );
  const widths = [labelWidth + 4, VALUE_WIDTH];
  sheet.columns = widths.map((width) => ({ width }));
  const add = (values: string[], bold = false) => {
    const row = sheet.addRow(values);
    if (bold) row.getCell(1).font = { bold: true };
    row.getCell(1).alignment = { vertical: 'top' };
    row.getCell(2).alignment = { vertical: 'top', wrapText: true };
    const height = wrappedRowHeight([null, values[1] ?? null], widths);
    if (height !== undefined) row.height = height;
    row.commit();
  };
  // The title spans both columns and wraps there (a roll-up's name can be long); a merged cell
  // keeps the height it is given, so it is given the lines the title takes at its size.
  const title = sheet.addRow([cover.title]);
  // Merged after the row is added: an in-memory sheet would add the row under a merged one.
  sheet.mergeCells(title.number, 1, title.number, 2);
  title.getCell(1).font = { bold: true, size: 16 };
  title.getCell(1).alignment = { vertical: 'top', wrapText: true };
  const perLine = ((labelWidth + 4 + VALUE_WIDTH) * 11) / 16;
  title.height = TITLE_LINE * Math.ceil(cover.title.length / perLine);
  title.commit();
  add([]);
  for (const detail of details) add(detail, true);
  if (cover.notes.length > 0) add([]);
  cover.notes.forEach((note, i) => add([i === 0 ? 'Notes' : '', note], i === 0));
  const lastRow = 2 + details.length + (cover.notes.length > 0 ? 1 + cover.notes.length : 0);
  finishPrint(sheet, { headerRows: 0, lastRow, lastColumn: 2 });
}
