/**
 * Which workbook cell values the Workbench reads, written once for every reader of uploaded
 * workbooks (the streamed table, the readiness template, the county package). A cell is read
 * exactly as the file holds it or refused: a value of any other shape is refused by its place,
 * never turned into text ("[object Object]") and never quoted back, since it may be a person's
 * name. The shapes are exceljs's (its in-memory reader's, and sheetCells.ts's for the stream).
 */
import { columnLetter } from './readinessLayout';

export type CellValue = string | number | boolean | Date | null;

export type CellRefusal =
  /** Never worked out, nor its cached result trusted: it may be stale or reach another file. */
  | { readonly kind: 'formula' }
  /** One of Excel's own error values (#N/A…), which is safe to name. */
  | { readonly kind: 'error'; readonly code: string }
  /** A shared-string index with no text behind it: the table of texts is missing or short. */
  | { readonly kind: 'missingText' }
  | { readonly kind: 'unknown' };

export type CellReading = { readonly value: CellValue } | { readonly refused: CellRefusal };

/** Excel's error values; anything else in an error cell is not quoted (it may be any text). */
const EXCEL_ERRORS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#EXTERNAL!',
  '#PYTHON!',
]);

const UNKNOWN: CellReading = { refused: { kind: 'unknown' } };

/** Rich text is its runs' text, joined; null when a run is not text. */
function richText(value: object): string | null {
  if (!('richText' in value) || !Array.isArray(value.richText)) return null;
  let text = '';
  for (const run of value.richText as unknown[]) {
    if (typeof run !== 'object' || run === null || !('text' in run)) return null;
    if (typeof run.text !== 'string') return null;
    text += run.text;
  }
  return text;
}

export function readCell(value: unknown): CellReading {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === 'string' || typeof value === 'boolean') return { value };
  if (typeof value === 'number') return Number.isFinite(value) ? { value } : UNKNOWN;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? UNKNOWN : { value };
  if (typeof value !== 'object') return UNKNOWN;
  if ('formula' in value || 'sharedFormula' in value) return { refused: { kind: 'formula' } };
  if ('error' in value) {
    const code = value.error;
    return typeof code === 'string' && EXCEL_ERRORS.has(code)
      ? { refused: { kind: 'error', code } }
      : UNKNOWN;
  }
  if ('sharedString' in value) return { refused: { kind: 'missingText' } };
  const rich = richText(value);
  if (rich !== null) return { value: rich };
  // A hyperlink's text is what the cell shows; the link itself is not read.
  if ('hyperlink' in value && 'text' in value) {
    const { text } = value;
    if (typeof text === 'string') return { value: text };
    const runs = typeof text === 'object' && text !== null ? richText(text) : null;
    return runs === null ? UNKNOWN : { value: runs };
  }
  return UNKNOWN;
}

/** What is wrong with the cell, to follow its place: "Row 7, column C holds a formula". */
export function refusalWords(refusal: CellRefusal): string {
  switch (refusal.kind) {
    case 'formula':
      return 'holds a formula';
    case 'error':
      return `holds an error value (${refusal.code})`;
    case 'missingText':
      return "refers to a text missing from the workbook's table of texts (the file is damaged)";
    case 'unknown':
      return 'holds a value of a kind the Workbench does not read';
  }
}

/** "Row 7, column C", as Excel names the place. */
export const cellPlace = (row: number, column: number) =>
  `Row ${row}, column ${columnLetter(column)}`;
