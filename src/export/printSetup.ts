/**
 * How every exported sheet prints (issue 23: a committee reads the workbooks on paper or as PDF):
 * one page wide and as many tall as it takes, portrait or landscape by the sheet's width, the
 * header row repeated on every page, the print area over what the sheet holds, and on every page
 * the county, the period, the workbook and sheet, and "Page x of y".
 *
 * exceljs's streaming writer writes a sheet's properties (fit to page among them) when the sheet
 * is added, so a streamed sheet takes printOptions() there; a sheet built in memory gets them
 * from printReady() once the workbook is built. Orientation, print area and print titles go at
 * the end either way (finishPrint): the page setup and the workbook's defined names are written
 * after the rows.
 */
import type ExcelJS from 'exceljs';
import { columnLetter } from '../files/readinessLayout';
import { fitColumnsToCells } from './columnFit';

export interface PrintedHeading {
  /** The workbook's title, e.g. "Fiscal workbook". */
  readonly title: string;
  /** null for a statewide workbook. */
  readonly countyName: string | null;
  /** The SFY or other period the workbook is about, or null. */
  readonly period: string | null;
  /** Printed in the middle of every header and footer, e.g. the confidentiality marking. */
  readonly marking?: string | undefined;
}

/** Letter (ECMA-376 ST_PaperSize 1; exceljs's enum leaves it out): what county offices print on. */
const LETTER = 1 as ExcelJS.PaperSize;
/** Inches: narrow sides leave the table room; top and bottom hold the header and footer. */
const MARGINS = { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
/**
 * Excel width units (about 7 px at 96 dpi each, with a cell's padding) across 7.5 inches, a
 * portrait Letter page inside the margins. A wider sheet prints landscape; wider still, it shrinks.
 */
export const PORTRAIT_WIDTH = 100;
/** Excel's width of a column nobody sized. */
const DEFAULT_WIDTH = 9;

/** A header or footer's own text, with "&" (Excel's code character) doubled to print as itself. */
const printed = (text: string) => text.replace(/&/g, '&&');

/**
 * County and period at the top; workbook, sheet (&A) and page x of y (&P, &N) at the foot. A
 * marking takes the whole top line (a long one would run into the county and period beside it),
 * and the foot starts with the county and says the marking's first words ("CONFIDENTIAL") once.
 */
export function headerAndFooter(heading: PrintedHeading): Partial<ExcelJS.HeaderFooter> {
  const county = heading.countyName === null ? 'Statewide' : `${heading.countyName} County`;
  const page = '&RPage &P of &N';
  if (heading.marking) {
    const word = heading.marking.split(':')[0] ?? heading.marking;
    const title = heading.title.includes(word) ? heading.title : `${word} · ${heading.title}`;
    return {
      oddHeader: `&C&"-,Bold"${printed(heading.marking)}`,
      oddFooter: `&L${printed(`${county} · ${title}`)}: &A${page}`,
    };
  }
  const period = heading.period ? `&R${printed(heading.period)}` : '';
  return {
    oddHeader: `&L${printed(county)}${period}`,
    oddFooter: `&L${printed(heading.title)}: &A${page}`,
  };
}

/** The options a new sheet prints with; for a streamed sheet, give them to addWorksheet. */
export function printOptions(heading: PrintedHeading): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    pageSetup: {
      paperSize: LETTER,
      orientation: 'portrait',
      // One page wide, any number tall (0: as many as it takes).
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: MARGINS,
    },
    headerFooter: headerAndFooter(heading),
  };
}

export interface PrintedExtent {
  /** Rows repeated at the top of every page: the header, and a marking above it. */
  readonly headerRows: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

/** Orientation by the sheet's width, print area over its cells, its header rows on every page. */
export function finishPrint(sheet: ExcelJS.Worksheet, extent: PrintedExtent): void {
  const lastColumn = Math.max(1, extent.lastColumn);
  const lastRow = Math.max(1, extent.lastRow);
  let width = 0;
  for (let column = 1; column <= lastColumn; column++) {
    width += sheet.getColumn(column).width ?? DEFAULT_WIDTH;
  }
  sheet.pageSetup.orientation = width > PORTRAIT_WIDTH ? 'landscape' : 'portrait';
  // exceljs puts a "$" before each corner ("$A1"), which leaves the rows relative: "A$1" makes
  // the name "$A$1", the absolute range Excel itself writes.
  sheet.pageSetup.printArea = `A$1:${columnLetter(lastColumn)}$${lastRow}`;
  if (extent.headerRows > 0 && lastRow > extent.headerRows) {
    sheet.pageSetup.printTitlesRow = `1:${extent.headerRows}`;
  }
}

/** The rows under a sheet's frozen pane: its header (and a marking above it), if it has one. */
function frozenRows(sheet: ExcelJS.Worksheet): number {
  const view = sheet.views[0];
  return view?.state === 'frozen' ? (view.ySplit ?? 0) : 0;
}

/** The last row and column that hold a value. */
function usedExtent(sheet: ExcelJS.Worksheet): { lastRow: number; lastColumn: number } {
  let lastRow = 0;
  let lastColumn = 0;
  sheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, column) => {
      if (cell.value === null || cell.value === '') return;
      lastRow = Math.max(lastRow, rowNumber);
      lastColumn = Math.max(lastColumn, column);
    });
  });
  return { lastRow, lastColumn };
}

/**
 * Every visible sheet of a workbook built in memory, ready to print: page setup, header and
 * footer, columns fitted to their cells. Returns the workbook, for a builder's last line.
 */
export function printReady(workbook: ExcelJS.Workbook, heading: PrintedHeading): ExcelJS.Workbook {
  const { pageSetup, headerFooter } = printOptions(heading);
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
    Object.assign(sheet.pageSetup, pageSetup);
    Object.assign(sheet.headerFooter, headerFooter);
    const headerRows = frozenRows(sheet);
    const extent = usedExtent(sheet);
    fitColumnsToCells(sheet, headerRows, extent);
    finishPrint(sheet, { headerRows, ...extent });
  }
  return workbook;
}
