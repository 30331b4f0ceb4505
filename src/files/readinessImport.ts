/**
 * Reads a filled response template. Every cell is checked before anything is returned, and every
 * problem is reported by sheet, row and column; the caller writes nothing unless there are none.
 */
import ExcelJS from 'exceljs';
import type { Instrument } from '../core/readiness/instrument';
import {
  PROGRAM_LABELS,
  RESPONDENT_PROGRAMS,
  ROLE_LABELS,
  ROLE_LEVELS,
  type RespondentProgram,
  type RoleLevel,
} from '../core/readiness/respondents';
import {
  columnLetter,
  FIXED_COLUMNS,
  INSTRUCTIONS_SHEET,
  RESPONSES_SHEET,
  TEMPLATE_KIND,
} from './readinessLayout';
import { TEMPLATE_FACTS } from './readinessLayout';
import { unreadableCells, type UnreadableCell } from './sheetCells';
import {
  checkWorkbookSize,
  MAX_CELL_CHARS,
  sizeRefusalMessage,
  type WorkbookLimits,
} from './workbookBounds';
import { readCell, refusalWords, type CellRefusal } from './workbookCell';
import { WorkbookRefusal } from './workbookXml';

export interface ImportedRespondent {
  readonly row: number;
  readonly program: RespondentProgram;
  readonly roleLevel: RoleLevel;
  readonly label: string;
  readonly answers: { itemId: string; answer: number }[];
}

export interface CellProblem {
  /** "Responses!D7", or the sheet name alone for a problem with the whole sheet. */
  readonly where: string;
  readonly message: string;
}

export type TemplateReading =
  { ok: true; respondents: ImportedRespondent[] } | { ok: false; problems: CellProblem[] };

export const MAX_TEMPLATE_BYTES = 10 * 1024 * 1024;
const MAX_LABEL = 60;
/** A round's respondents are staff of one county: thousands of rows means a wrong file. */
export const MAX_RESPONDENT_ROWS = 5000;
/** Past this many, listing more problems helps nobody: the file needs a fresh look. */
export const MAX_PROBLEMS_LISTED = 200;
/**
 * A full template (5,000 rows of 50 statements) is about 10 MB of sheet XML; exceljs's in-memory
 * reader (it needs every sheet at once) takes several times a part's size in memory, so the
 * limits leave room for Excel's verbose rewrite of the file and refuse anything past it.
 */
export const READINESS_WORKBOOK_LIMITS: WorkbookLimits = {
  maxPartBytes: 64 * 1024 * 1024,
  maxSharedStringsBytes: 16 * 1024 * 1024,
  maxTotalBytes: 96 * 1024 * 1024,
};
const TEMPLATE_SHEETS = new Set([INSTRUCTIONS_SHEET, 'Statements', RESPONSES_SHEET]);

function refuse(where: string, message: string): TemplateReading {
  return { ok: false, problems: [{ where, message }] };
}

/** Past this many problems the cells are no longer read: the file needs a fresh look anyway. */
const PROBLEMS_READ = 1000;

function listed(problems: CellProblem[]): TemplateReading {
  if (problems.length <= MAX_PROBLEMS_LISTED) return { ok: false, problems };
  const more = problems.length - MAX_PROBLEMS_LISTED;
  const shown = problems.slice(0, MAX_PROBLEMS_LISTED);
  const message = `…and ${more}${problems.length >= PROBLEMS_READ ? ' or' : ''} more. Check the file against a fresh template.`;
  return { ok: false, problems: [...shown, { where: 'file', message }] };
}

const refusalText = (refusal: CellRefusal) =>
  refusal.kind === 'formula' ? 'holds a formula; type the value itself' : refusalWords(refusal);

const unreadableProblem = (cell: UnreadableCell): CellProblem => ({
  where: `${cell.sheet}!${columnLetter(cell.column)}${cell.row}`,
  message: `This cell ${refusalText(cell.refusal)}.`,
});

/** A cell's value as the person typed it; formulas and errors are refused, not evaluated. */
function cellText(cell: ExcelJS.Cell): { text: string } | { refused: string } {
  const reading = readCell(cell.value);
  if ('refused' in reading) return { refused: refusalText(reading.refused) };
  const { value } = reading;
  if (value === null) return { text: '' };
  if (value instanceof Date) return { refused: 'holds a date' };
  if (typeof value === 'string') return tooLong(value) ?? { text: value.trim() };
  return { text: String(value) };
}

function tooLong(text: string): { refused: string } | null {
  return text.length > MAX_CELL_CHARS
    ? {
        refused: `holds ${text.length.toLocaleString('en-US')} characters, more than a cell can (${MAX_CELL_CHARS.toLocaleString('en-US')})`,
      }
    : null;
}

function byLabel<T extends string>(
  labels: Record<T, string>,
  ids: readonly T[],
  text: string,
): T | undefined {
  const wanted = text.toLowerCase();
  return ids.find((id) => id === wanted || labels[id].toLowerCase() === wanted);
}

function parseAnswer(text: string): number | null {
  const lower = text.toLowerCase();
  if (lower === 'dk' || lower === "don't know" || lower === 'don’t know') return 0;
  return /^[0-5]$/.test(text) ? Number(text) : null;
}

export async function readResponseTemplate(
  bytes: Uint8Array,
  instrument: Instrument,
): Promise<TemplateReading> {
  if (bytes.byteLength === 0) return refuse('file', 'The file is empty.');
  if (bytes.byteLength > MAX_TEMPLATE_BYTES) {
    return refuse(
      'file',
      `The file is larger than ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB; a response template is far smaller.`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    const directory = await checkWorkbookSize(bytes, READINESS_WORKBOOK_LIMITS);
    // Before exceljs loads it: it reads some cells wrongly without saying so (sheetCells.ts).
    const read = [INSTRUCTIONS_SHEET, RESPONSES_SHEET];
    const cells = await unreadableCells(bytes, directory, read, PROBLEMS_READ);
    if (cells.length > 0) return listed(cells.map(unreadableProblem));
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    const structure = error instanceof WorkbookRefusal ? error.message : null;
    return refuse(
      'file',
      sizeRefusalMessage(error) ??
        structure ??
        'This file is not an Excel workbook (.xlsx), or it is damaged.',
    );
  }

  const about = workbook.getWorksheet(INSTRUCTIONS_SHEET);
  const facts = new Map<string, string>();
  about?.eachRow((row) => {
    const label = cellText(row.getCell(1));
    const value = cellText(row.getCell(2));
    if ('text' in label && 'text' in value) facts.set(label.text, value.text);
  });
  if (facts.get(TEMPLATE_FACTS.kind) !== TEMPLATE_KIND) {
    return refuse(
      INSTRUCTIONS_SHEET,
      'This is not a readiness response template: export a blank template from the round and fill that in.',
    );
  }
  const version = facts.get(TEMPLATE_FACTS.version);
  if (version !== String(instrument.version)) {
    return refuse(
      `${INSTRUCTIONS_SHEET}!B4`,
      version
        ? `This template is for instrument version ${version}; this round uses version ${instrument.version}. Export a new template from this round.`
        : 'This template does not say which instrument version it is for. Export a new template from this round.',
    );
  }
  const sheet = workbook.getWorksheet(RESPONSES_SHEET);
  if (!sheet) return refuse(RESPONSES_SHEET, `The "${RESPONSES_SHEET}" sheet is missing.`);

  const problems: CellProblem[] = [];
  if (sheet.actualRowCount > MAX_RESPONDENT_ROWS + 1) {
    return refuse(
      RESPONSES_SHEET,
      `The sheet has more than ${MAX_RESPONDENT_ROWS} rows; a round's respondents are far fewer.`,
    );
  }
  const at = (row: number, column: number) => `${RESPONSES_SHEET}!${columnLetter(column)}${row}`;
  const known = new Set(instrument.items.map((item) => item.id));
  const columns: { column: number; itemId: string }[] = [];
  const headerRow = sheet.getRow(1);
  FIXED_COLUMNS.forEach((title, index) => {
    const found = cellText(headerRow.getCell(index + 1));
    if (!('text' in found) || found.text !== title) {
      problems.push({ where: at(1, index + 1), message: `The heading must read "${title}".` });
    }
  });
  for (let column = FIXED_COLUMNS.length + 1; column <= headerRow.cellCount; column++) {
    const found = cellText(headerRow.getCell(column));
    const itemId = 'text' in found ? found.text : '';
    if (itemId === '') continue;
    if (!known.has(itemId)) {
      problems.push({
        where: at(1, column),
        message: `"${itemId}" is not a statement of instrument version ${instrument.version}.`,
      });
    } else if (columns.some((c) => c.itemId === itemId)) {
      problems.push({ where: at(1, column), message: `Statement ${itemId} has a second column.` });
    } else columns.push({ column, itemId });
  }
  for (const itemId of known) {
    if (!columns.some((c) => c.itemId === itemId)) {
      problems.push({
        where: `${RESPONSES_SHEET}!1:1`,
        message: `The column for statement ${itemId} is missing.`,
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  for (const other of workbook.worksheets) {
    if (!TEMPLATE_SHEETS.has(other.name)) {
      problems.push({
        where: other.name,
        message: `The sheet "${other.name}" is not part of the template: put its rows on "${RESPONSES_SHEET}".`,
      });
    }
  }
  const respondents: ImportedRespondent[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const texts = new Map<number, string>();
    let filled = false;
    row.eachCell((cell, column) => {
      const read = cellText(cell);
      if ('refused' in read) {
        problems.push({ where: at(rowNumber, column), message: `This cell ${read.refused}.` });
        filled = true;
      } else if (read.text !== '') {
        texts.set(column, read.text);
        filled = true;
      }
    });
    if (!filled) return;
    const program = byLabel(PROGRAM_LABELS, RESPONDENT_PROGRAMS, texts.get(1) ?? '');
    if (!program) {
      problems.push({
        where: at(rowNumber, 1),
        message: `Program must be ${Object.values(PROGRAM_LABELS).join(', ')}.`,
      });
    }
    const roleText = texts.get(2) ?? '';
    const roleLevel = byLabel(ROLE_LABELS, ROLE_LEVELS, roleText === 'Line' ? 'line' : roleText);
    if (!roleLevel) {
      problems.push({
        where: at(rowNumber, 2),
        message: `Role level must be ${Object.values(ROLE_LABELS).join(', ')}.`,
      });
    }
    const label = texts.get(3) ?? '';
    if (label.length > MAX_LABEL) {
      problems.push({
        where: at(rowNumber, 3),
        message: `The label is longer than ${MAX_LABEL} characters.`,
      });
    }
    for (const column of texts.keys()) {
      if (column > FIXED_COLUMNS.length && !columns.some((c) => c.column === column)) {
        problems.push({
          where: at(rowNumber, column),
          message: 'This cell has a value, but its column has no statement heading.',
        });
      }
    }
    const answers: { itemId: string; answer: number }[] = [];
    for (const { column, itemId } of columns) {
      const text = texts.get(column);
      if (text === undefined) continue;
      const answer = parseAnswer(text);
      if (answer === null) {
        problems.push({
          where: at(rowNumber, column),
          message: `"${text.slice(0, 20)}" is not an answer to ${itemId}: use 1–5, or 0 for don't know.`,
        });
      } else answers.push({ itemId, answer });
    }
    if (!columns.some(({ column }) => texts.has(column))) {
      problems.push({
        where: at(rowNumber, 1),
        message: 'This row has a respondent but no answers.',
      });
    }
    if (program && roleLevel)
      respondents.push({ row: rowNumber, program, roleLevel, label, answers });
  });
  if (problems.length > 0) return listed(problems);
  if (respondents.length === 0)
    return refuse(RESPONSES_SHEET, `The "${RESPONSES_SHEET}" sheet has no filled row.`);
  return { ok: true, respondents };
}
