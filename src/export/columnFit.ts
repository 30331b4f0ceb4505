/**
 * Column widths fitted to what a column shows, in Excel's unit (about one digit of the default
 * font). Text is measured as its characters and numbers as their number format shows them, so a
 * money column is as wide as "$1,234,567.89", not as the float behind it.
 */
import type ExcelJS from 'exceljs';

/**
 * Wider than this, a table's column takes too much of a page (a wide table prints smaller): its
 * text wraps instead. A sheet of prose (a cover, instructions: no frozen header) reads better in
 * longer lines.
 */
export const TABLE_COLUMN_WIDTH = 40;
export const PROSE_COLUMN_WIDTH = 60;
const MIN_COLUMN_WIDTH = 6;
/** Room for the cell's padding and the filter button of a header cell. */
const PADDING = 2;
/** A bold heading is about a tenth wider than the same text in the body. */
const BOLD = 1.1;
/** "Sep 30, 2026" in DATE_FORMAT. */
const DATE_WIDTH = 12;
/** Excel's General format shows at most 11 characters of a number. */
const GENERAL_DIGITS = 11;

const withCommas = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function numberWidth(value: number, numFmt: string | undefined): number {
  const format = numFmt?.split(';')[0] ?? '';
  const decimals = /\.(0+)/.exec(format)?.[1]?.length ?? 0;
  if (format.includes('%')) return (value * 100).toFixed(decimals).length + 1;
  if (format === '') {
    return Math.min(GENERAL_DIGITS, String(value).length);
  }
  const [whole = '', fraction] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = format.includes(',') ? withCommas(whole) : whole;
  const sign = value < 0 || format.startsWith('+') ? 1 : 0;
  const currency = format.includes('$') ? 1 : 0;
  return sign + currency + grouped.length + (fraction === undefined ? 0 : fraction.length + 1);
}

/** How many characters a cell shows: its longest line of text, or its number as formatted. */
export function displayWidth(value: ExcelJS.CellValue | undefined, numFmt?: string): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'string') return Math.max(...value.split('\n').map((line) => line.length));
  if (typeof value === 'number') return numberWidth(value, numFmt);
  if (typeof value === 'boolean') return 5;
  if (value instanceof Date) return DATE_WIDTH;
  if ('richText' in value) return displayWidth(value.richText.map((r) => r.text).join(''));
  if ('text' in value && typeof value.text === 'string') return displayWidth(value.text);
  return 0;
}

/** Points a line of the default 11-point font takes in a row. */
const LINE_HEIGHT = 15;

/**
 * How many lines a text takes in a wrapped cell of this width, broken between words as Excel and
 * LibreOffice break it. Reckoned at a character a width unit (LibreOffice's fonts set text a
 * little narrower), so a row is given a line too many rather than one too few.
 */
export function lineCount(text: string, width: number, bold = false): number {
  const perLine = Math.max(1, Math.floor(width / (bold ? BOLD : 1)));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    if (paragraph.length <= perLine) continue;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      if (used > 0 && used + 1 + word.length <= perLine) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines++;
      // A word longer than a line breaks inside itself, onto as many lines as it fills.
      const more = Math.max(0, Math.floor((word.length - 1) / perLine));
      lines += more;
      used = word.length - more * perLine;
    }
  }
  return lines;
}

/** Texts seen in a column of this width, and their lines: a ledger repeats its stream names. */
const seen = new Map<number, Map<string, number>>();
let seenCount = 0;
const MAX_SEEN = 10_000;

function knownLineCount(text: string, width: number): number {
  let ofWidth = seen.get(width);
  const known = ofWidth?.get(text);
  if (known !== undefined) return known;
  // Bounded, so a million distinct descriptions do not stay in memory.
  if (seenCount >= MAX_SEEN) {
    seen.clear();
    seenCount = 0;
    ofWidth = undefined;
  }
  if (!ofWidth) seen.set(width, (ofWidth = new Map()));
  const lines = lineCount(text, width);
  ofWidth.set(text, lines);
  seenCount++;
  return lines;
}

/**
 * The height a row of wrapped text needs, or undefined for one line (the row keeps its default).
 * LibreOffice does not work out the height of a wrapped row it imports, so the file must say it.
 */
export function wrappedRowHeight(
  values: readonly ExcelJS.CellValue[],
  widths: readonly number[],
  bold = false,
): number | undefined {
  let lines = 1;
  // Run for every row of a million-row ledger: most texts fit their column, found without a split.
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== 'string') continue;
    const width = widths[i] ?? 1;
    if (value.length * (bold ? BOLD : 1) <= width && !value.includes('\n')) continue;
    lines = Math.max(lines, bold ? lineCount(value, width, true) : knownLineCount(value, width));
  }
  return lines > 1 ? LINE_HEIGHT * lines : undefined;
}

/**
 * A column as wide as its widest value, and at least wide enough for its heading on two lines
 * (headings wrap: "Target population (families)" over a column of small counts), within bounds.
 */
export function fittedWidth(
  heading: string | null,
  widestValue: number,
  widest = TABLE_COLUMN_WIDTH,
): number {
  const words = heading?.split(/\s+/) ?? [];
  const longestWord = Math.max(0, ...words.map((w) => w.length));
  const headingNeeds = Math.ceil(
    Math.max(longestWord, Math.ceil((heading?.length ?? 0) / 2)) * BOLD,
  );
  const width = Math.max(widestValue, headingNeeds) + PADDING;
  return Math.min(widest, Math.max(MIN_COLUMN_WIDTH, width));
}

const headingText = (cell: ExcelJS.Cell) =>
  typeof cell.value === 'string' ? cell.value : cell.value === null ? null : String(cell.text);

/**
 * Fits the columns of a sheet built in memory to its cells: the heading is the last frozen row's
 * cell; merged cells (a cover's title, a marking across the table) are laid out by their maker.
 * Every text cell under the header wraps, so text longer than its capped column takes more lines
 * rather than running under the next column; headings wrap onto a second line when they need to.
 */
export function fitColumnsToCells(
  sheet: ExcelJS.Worksheet,
  headerRows: number,
  extent: { lastRow: number; lastColumn: number },
): void {
  const widest = new Array<number>(extent.lastColumn + 1).fill(0);
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= headerRows || rowNumber > extent.lastRow) return;
    row.eachCell((cell, column) => {
      if (cell.isMerged || column > extent.lastColumn) return;
      widest[column] = Math.max(widest[column] ?? 0, displayWidth(cell.value, cell.numFmt));
      const wrapText = typeof cell.value === 'string';
      cell.style = { ...cell.style, alignment: { ...cell.alignment, vertical: 'top', wrapText } };
    });
  });
  const widths: number[] = [];
  for (let column = 1; column <= extent.lastColumn; column++) {
    const header = headerRows > 0 ? sheet.getRow(headerRows).getCell(column) : null;
    if (header && !header.isMerged) {
      const alignment = { ...header.alignment, vertical: 'bottom' as const, wrapText: true };
      header.style = { ...header.style, alignment };
    }
    const heading = header && !header.isMerged ? headingText(header) : null;
    const cap = headerRows > 0 ? TABLE_COLUMN_WIDTH : PROSE_COLUMN_WIDTH;
    widths.push(fittedWidth(heading, widest[column] ?? 0, cap));
    sheet.getColumn(column).width = widths[column - 1];
  }
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber > extent.lastRow) return;
    const values: ExcelJS.CellValue[] = [];
    row.eachCell((cell, column) => {
      if (!cell.isMerged && cell.alignment?.wrapText) values[column - 1] = cell.value;
    });
    const height = wrappedRowHeight(values, widths, rowNumber === headerRows);
    if (height !== undefined) row.height = height;
  });
}
