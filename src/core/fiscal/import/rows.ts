/**
 * Turns an export's rows into ledger entries. Every cell of every row is checked, so one pass
 * tells the person everything to fix; the service imports nothing while any error remains.
 * Row numbers are the spreadsheet's (the header is row 1), as the person sees them in Excel.
 */
import type { TableCell, TableRecord } from '../../tableRecord';
import type { IsoDate } from '../../isoDate';
import type { Cents } from '../../money';
import {
  LedgerEntryRules,
  payingProgramOf,
  type EntryProblem,
  type LedgerCounty,
} from '../entryRules';
import type { FundingStream, ServiceCategory, SourceProgram } from '../types';
import { AmountCells } from './amountCells';
import { columnLetter, echo, isBlank, NameIndex } from './cellText';
import { DateCells } from './dateCells';
import {
  checkMapping,
  LEDGER_FIELD_LABELS,
  LEDGER_FIELDS,
  mappedColumns,
  type ColumnMapping,
  type LedgerField,
} from './mapping';
import { payingProgramRefusal, programOf, programRefusal, yesNo } from './programCells';

export { ECHOED_VALUE_CHARS } from './cellText';

/** The county's reference data and budgeted SFYs, as the entry rules read them. */
export interface LedgerReference extends LedgerCounty {
  readonly streams: readonly FundingStream[];
  readonly categories: readonly ServiceCategory[];
}

export interface ParsedLedgerRow {
  readonly row: number;
  readonly date: IsoDate;
  /** Refunds are negative; never zero. */
  readonly amountCents: Cents;
  readonly streamId: number;
  readonly categoryId: number;
  readonly payingProgram: SourceProgram;
  readonly leveraged: boolean;
  /** Set exactly when leveraged. */
  readonly savedProgram: SourceProgram | null;
  /** '' when the export has none, as the ledger stores it. */
  readonly description: string;
  readonly familyReference: string | null;
  /** '' unless given; never '' for a refund. */
  readonly refundReason: string;
}

export interface LedgerRowError {
  readonly row: number;
  /** The header of the cell's column, as the file names it. */
  readonly column: string;
  /** What the cell held, cut to ECHOED_VALUE_CHARS; withheld for family references. */
  readonly value: string;
  readonly reason: string;
}

export interface LedgerRowsReading {
  readonly rows: ParsedLedgerRow[];
  /** The first MAX_LEDGER_ERRORS_LISTED errors, in row order. */
  readonly errors: LedgerRowError[];
  /** Errors found beyond those listed. */
  readonly moreErrors: number;
}

/** Past this many the file needs a fresh export, not a longer list. */
export const MAX_LEDGER_ERRORS_LISTED = 1000;

/** A problem of the row being checked, reported once the row is done, in field order. */
interface CellProblem {
  readonly field: LedgerField;
  readonly column: string;
  readonly value: string;
  readonly reason: string;
}

const FIELD_ORDER: ReadonlyMap<LedgerField, number> = new Map(
  LEDGER_FIELDS.map((field, index) => [field, index]),
);

/**
 * Checks rows as they arrive (a big file is read in chunks) and keeps the error list and count.
 * validateLedgerRows is the whole-file form. Reading a cell (its date, amount, name or program)
 * is done here; what makes the entry acceptable is the entry rules' (core/fiscal/entryRules), the
 * same as for hand entry, with the same wording.
 */
export class LedgerRowValidator {
  private readonly columns: Partial<Record<LedgerField, number>>;
  private readonly headers: string[];
  private readonly rules: LedgerEntryRules;
  private readonly streams: NameIndex<FundingStream>;
  private readonly categories: NameIndex<ServiceCategory>;
  private readonly dates = new DateCells();
  private readonly amounts = new AmountCells();
  private readonly listed: LedgerRowError[] = [];
  private readonly pending: CellProblem[] = [];
  private total = 0;

  constructor(headers: readonly string[], mapping: ColumnMapping, reference: LedgerReference) {
    const problems = checkMapping(mapping, headers);
    if (problems.length > 0) {
      throw new RangeError(`The column mapping cannot be used: ${problems[0]?.message}`);
    }
    this.headers = headers.map((header) => header.trim());
    this.columns = mappedColumns(mapping, headers);
    this.rules = new LedgerEntryRules(reference);
    this.streams = new NameIndex(reference.streams, 'a funding stream');
    this.categories = new NameIndex(reference.categories, 'a service category');
  }

  /** The valid rows among these; the invalid ones add to the errors. */
  add(records: Iterable<TableRecord>): ParsedLedgerRow[] {
    const parsed: ParsedLedgerRow[] = [];
    for (const record of records) {
      const row = this.check(record);
      if (row) parsed.push(row);
    }
    return parsed;
  }

  get errors(): LedgerRowError[] {
    return this.listed;
  }

  get moreErrors(): number {
    return this.total - this.listed.length;
  }

  private report(row: number, column: string, value: string, reason: string): void {
    this.total += 1;
    if (this.listed.length < MAX_LEDGER_ERRORS_LISTED) {
      this.listed.push({ row, column, value: echo(value), reason });
    }
  }

  /** Notes a problem of a mapped field's cell for the row being checked. */
  private refuse(field: LedgerField, value: string, reason: string, column = this.header(field)) {
    this.pending.push({ field, column, value, reason });
  }

  /** Reports the row's problems in the order of the ledger's fields; true when it had none. */
  private settle(row: number): boolean {
    if (this.pending.length === 0) return true;
    const order = (field: LedgerField) => FIELD_ORDER.get(field) ?? 0;
    this.pending.sort((a, b) => order(a.field) - order(b.field));
    for (const p of this.pending) this.report(row, p.column, p.value, p.reason);
    this.pending.length = 0;
    return false;
  }

  private text(fields: readonly TableCell[], field: LedgerField): string {
    const column = this.columns[field];
    if (column === undefined) return '';
    const cell = fields[column];
    return cell === null || cell === undefined ? '' : String(cell).trim();
  }

  private cell(fields: readonly TableCell[], field: LedgerField): TableCell {
    const column = this.columns[field];
    return column === undefined ? null : (fields[column] ?? null);
  }

  private header(field: LedgerField): string {
    const column = this.columns[field];
    return column === undefined ? '' : (this.headers[column] ?? '');
  }

  private check({ row, fields }: TableRecord): ParsedLedgerRow | null {
    if (fields.every(isBlank)) return null;
    for (let column = this.headers.length; column < fields.length; column++) {
      if (isBlank(fields[column] ?? null)) continue;
      // Usually an amount like 1,234.56 written without quotes: every later column has shifted,
      // so the row's other cells cannot be trusted either.
      this.report(
        row,
        `column ${columnLetter(column)} (no header)`,
        String(fields[column]),
        `this row has a value past the last of the ${this.headers.length} headed columns; ` +
          'a value with a comma is probably missing its quotes',
      );
      return null;
    }

    // Each cell read on its own; a cell that cannot be read is left out of the entry below.
    const date = this.readDate(fields);
    const amountCents = this.readAmount(fields);
    const stream = this.readNamed(fields, 'fundingStream', this.streams);
    const category = this.readNamed(fields, 'serviceCategory', this.categories);
    const payingProgram = this.readProgram(fields, 'payingProgram', payingProgramRefusal);
    const leveragedText = this.text(fields, 'leveraged');
    const leveraged = yesNo(leveragedText);
    if (leveraged === null) {
      this.refuse('leveraged', leveragedText, 'leveraged is yes or no (or blank for no)');
    }
    const savedProgram = this.readProgram(fields, 'savedProgram', programRefusal);
    const description = this.text(fields, 'description');
    const familyReference = this.text(fields, 'familyReference');
    const refundReason = this.text(fields, 'refundReason');

    const entry = {
      date: date ?? undefined,
      amountCents: amountCents ?? undefined,
      streamId: stream?.id,
      categoryId: category?.id,
      payingProgram,
      leveraged: leveraged ?? undefined,
      savedProgram,
      description,
      familyReference: familyReference === '' ? null : familyReference,
      refundReason,
    };
    for (const problem of this.rules.problems(entry)) this.refuseEntry(fields, problem);
    if (
      !this.settle(row) ||
      !date ||
      amountCents === null ||
      !stream ||
      !category ||
      payingProgram === undefined ||
      leveraged === null ||
      savedProgram === undefined
    ) {
      return null;
    }
    return {
      row,
      date,
      amountCents,
      streamId: stream.id,
      categoryId: category.id,
      payingProgram: payingProgramOf(stream, payingProgram),
      leveraged,
      savedProgram,
      description,
      familyReference: entry.familyReference,
      refundReason,
    };
  }

  /** An entry rule's problem at the cell it is about, with the rule's own words. */
  private refuseEntry(fields: readonly TableCell[], { field, message }: EntryProblem): void {
    switch (field) {
      case 'date':
        this.refuse('date', dateText(this.cell(fields, 'date')), message);
        return;
      case 'amountCents':
        this.refuse('amount', this.text(fields, 'amount'), message);
        return;
      case 'streamId':
        this.refuse('fundingStream', this.text(fields, 'fundingStream'), message);
        return;
      case 'categoryId':
        this.refuse('serviceCategory', this.text(fields, 'serviceCategory'), message);
        return;
      case 'savedProgram': {
        // With no column mapped to the saved program, a missing one is pointed out at Leveraged.
        const text = this.text(fields, 'savedProgram');
        const header = this.header('savedProgram');
        this.refuse(
          'savedProgram',
          text,
          message,
          text === '' ? header || this.header('leveraged') : header,
        );
        return;
      }
      case 'description':
        this.refuse('description', this.text(fields, 'description'), message);
        return;
      case 'familyReference':
        // The value is not echoed: a cell that fails the rule may hold a person's name.
        this.refuse('familyReference', '', message);
        return;
      case 'refundReason':
        if (this.columns.refundReason === undefined) {
          // Only a missing reason can be wrong here; the file has nowhere to give one.
          this.refuse(
            'amount',
            this.text(fields, 'amount'),
            `${message} No column is mapped to ${LEDGER_FIELD_LABELS.refundReason}.`,
          );
        } else {
          this.refuse('refundReason', this.text(fields, 'refundReason'), message);
        }
        return;
    }
  }

  private readDate(fields: readonly TableCell[]): IsoDate | null {
    const cell = this.cell(fields, 'date');
    const verdict = this.dates.judge(typeof cell === 'number' ? cell : dateText(cell));
    if (!verdict.ok) {
      this.refuse('date', dateText(cell), verdict.reason);
      return null;
    }
    return verdict.date;
  }

  private readAmount(fields: readonly TableCell[]): Cents | null {
    const cell = this.cell(fields, 'amount');
    const text = cell === null ? '' : String(cell).trim();
    const cents = this.amounts.read(cell, text);
    if (typeof cents === 'string') {
      this.refuse('amount', text, cents);
      return null;
    }
    return cents;
  }

  private readNamed<T extends { readonly name: string; readonly retired: boolean }>(
    fields: readonly TableCell[],
    field: 'fundingStream' | 'serviceCategory',
    known: NameIndex<T>,
  ): T | null {
    const text = this.text(fields, field);
    const entry = known.entryFor(text);
    if (typeof entry === 'string') {
      this.refuse(field, text, entry);
      return null;
    }
    return entry;
  }

  /** The program a cell names, null when it is blank, undefined when it names none. */
  private readProgram(
    fields: readonly TableCell[],
    field: 'payingProgram' | 'savedProgram',
    refusal: (text: string) => string,
  ): SourceProgram | null | undefined {
    const text = this.text(fields, field);
    if (text === '') return null;
    const program = programOf(text);
    if (program) return program;
    this.refuse(field, text, refusal(text));
    return undefined;
  }
}

/** A date cell as quoted back: a number (an XLSX date serial) or the text as it stands. */
function dateText(cell: TableCell): string {
  return cell === null ? '' : String(cell);
}

/** Checks a whole file's data rows (below the header) at once. */
export function validateLedgerRows(
  records: Iterable<TableRecord>,
  headers: readonly string[],
  mapping: ColumnMapping,
  reference: LedgerReference,
): LedgerRowsReading {
  const validator = new LedgerRowValidator(headers, mapping, reference);
  const rows = validator.add(records);
  return { rows, errors: validator.errors, moreErrors: validator.moreErrors };
}
