/**
 * A worksheet's cells read from its XML as they stream (rows of a million-row export are never
 * held at once), as the values exceljs gives (workbookCell.ts judges them). Written here rather
 * than taken from exceljs's streaming reader, which read wrongly without saying so: the last run
 * of an inline rich text only, the phonetic guide in place of the text, an index past the shared
 * strings as an empty cell, "2026-07-01" in a date cell as 2026, "12abc" as 12.
 */
import { readCell, type CellRefusal } from './workbookCell';
import { localName, readWorkbookIndex, WorkbookRefusal, xmlEvents } from './workbookXml';
import type { WorkbookIndex } from './workbookXml';
import type { ZipDirectory, ZipPart } from './zipDirectory';

export interface SheetCell {
  readonly column: number;
  readonly value: unknown;
}

export interface SheetRow {
  readonly row: number;
  readonly cells: SheetCell[];
}

/** A shape no reader takes: what a cell becomes when its XML cannot be read exactly. */
const UNREADABLE = Object.freeze({ unreadable: true });
/** Excel's last column, XFD. */
const MAX_COLUMN = 16_384;
const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const WHOLE = /^\d+$/;
const DAY_MS = 86_400_000;
/** Excel's serial day of 1970-01-01, and how much later the 1904 date system starts. */
const UNIX_EPOCH_DAY = 25_569;
const DAYS_1900_TO_1904 = 1_462;

interface OpenCell {
  column: number;
  type: string | undefined;
  style: number;
  formula: boolean;
  value: string | null;
  inline: string | null;
  phonetic: boolean;
}

function columnOf(ref: string | undefined, previous: number, row: number): number {
  if (ref === undefined) return previous + 1;
  const letters = /^([A-Z]{1,3})\d+$/.exec(ref)?.[1];
  let column = 0;
  for (const letter of letters ?? '') column = column * 26 + letter.charCodeAt(0) - 64;
  if (column < 1 || column > MAX_COLUMN) {
    throw new WorkbookRefusal(
      `The workbook is damaged: row ${row} holds a cell whose place is not a cell.`,
    );
  }
  return column;
}

function valueOf(cell: OpenCell, book: WorkbookIndex): unknown {
  if (cell.formula) return { formula: true };
  const text = cell.value;
  switch (cell.type) {
    case 'inlineStr':
      // exceljs's in-memory reader drops an inline text with a phonetic guide: refused for all.
      if (cell.inline === null) return text === null ? null : UNREADABLE;
      return cell.phonetic ? UNREADABLE : cell.inline;
    case 'str':
      return text;
    case 's':
      if (text === null || text === '') return null;
      if (!WHOLE.test(text)) return UNREADABLE;
      return book.sharedStrings?.[Number(text)] ?? { sharedString: Number(text) };
    case 'e':
      return text === null ? null : { error: text };
    case 'b':
      if (text === null || text === '') return null;
      return text === '1' ? true : text === '0' ? false : UNREADABLE;
    case 'n':
    case undefined: {
      if (text === null || text === '') return null;
      const number = NUMBER.test(text) ? Number(text) : NaN;
      if (!book.dateStyles[cell.style]) return number;
      const days = number - UNIX_EPOCH_DAY + (book.date1904 ? DAYS_1900_TO_1904 : 0);
      return new Date(Math.round(days * DAY_MS));
    }
    default:
      // "d" (an ISO 8601 date) and anything else: exceljs reads "2026-07-01" as 2026.
      return UNREADABLE;
  }
}

/** The sheet's rows, a chunk of its XML at a time; a row's cells in the order the file has them. */
export async function* sheetRows(
  bytes: Uint8Array,
  book: WorkbookIndex,
  sheet: ZipPart,
): AsyncGenerator<SheetRow[]> {
  let inData = false;
  let row: SheetRow | null = null;
  let cell: OpenCell | null = null;
  let capture: 'value' | 'inline' | null = null;
  let phonetic = 0;
  let previousRow = 0;
  for await (const events of xmlEvents(bytes, sheet)) {
    const rows: SheetRow[] = [];
    for (const { eventType, value } of events) {
      if (eventType === 'text') {
        if (capture && cell) cell[capture] += value;
        continue;
      }
      const name = localName(value.name);
      if (eventType === 'closetag') {
        if ((name === 'v' || name === 't') && capture) capture = null;
        else if (name === 'rPh') phonetic -= 1;
        else if (name === 'c' && row && cell) {
          row.cells.push({ column: cell.column, value: valueOf(cell, book) });
          cell = null;
        } else if (name === 'row' && row) {
          rows.push(row);
          row = null;
        } else if (name === 'sheetData') inData = false;
        continue;
      }
      const { attributes } = value;
      if (name === 'sheetData') inData = true;
      else if (name === 'row' && inData) {
        const number = attributes.r === undefined ? previousRow + 1 : Number(attributes.r);
        if (!Number.isSafeInteger(number) || number < 1) {
          throw new WorkbookRefusal(
            `The workbook is damaged: a row after row ${previousRow} has no number.`,
          );
        }
        row = { row: number, cells: [] };
        previousRow = number;
      } else if (name === 'c' && row) {
        const previous = row.cells.at(-1)?.column ?? 0;
        cell = {
          column: columnOf(attributes.r, previous, row.row),
          type: attributes.t,
          style: Number(attributes.s ?? 0),
          formula: false,
          value: null,
          inline: null,
          phonetic: false,
        };
      } else if (!cell) continue;
      else if (name === 'f') cell.formula = true;
      else if (name === 'v') [cell.value, capture] = ['', 'value'];
      else if (name === 'is') cell.inline = '';
      else if (name === 'rPh') [cell.phonetic, phonetic] = [true, phonetic + 1];
      else if (name === 't' && cell.inline !== null && phonetic === 0) capture = 'inline';
    }
    yield rows;
  }
}

export interface UnreadableCell {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly refusal: CellRefusal;
}

/**
 * The cells of the named sheets that cannot be read exactly, at most `limit` of them. For the
 * readers that load the whole workbook with exceljs, before they do: exceljs's in-memory reader
 * takes a missing table of texts' index for a number, and fails on an index past its end.
 */
export async function unreadableCells(
  bytes: Uint8Array,
  directory: ZipDirectory,
  sheetNames: readonly string[],
  limit: number,
): Promise<UnreadableCell[]> {
  const book = await readWorkbookIndex(bytes, directory);
  const found: UnreadableCell[] = [];
  for (const sheet of book.sheets.filter((s) => sheetNames.includes(s.name))) {
    if (!sheet.part) continue;
    for await (const rows of sheetRows(bytes, book, sheet.part)) {
      for (const { row, cells } of rows) {
        for (const { column, value } of cells) {
          const reading = readCell(value);
          if ('refused' in reading) {
            found.push({ sheet: sheet.name, row, column, refusal: reading.refused });
          }
          if (found.length >= limit) return found;
        }
      }
    }
  }
  return found;
}
