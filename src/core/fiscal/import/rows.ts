/**
 * Turns an export's rows into ledger entries. Every cell of every row is checked, so one pass
 * tells the person everything to fix; the service imports nothing while any error remains.
 * Row numbers are the spreadsheet's (the header is row 1), as the person sees them in Excel.
 */
import type { TableCell, TableRecord } from '../../tableRecord';
import type { IsoDate } from '../../isoDate';
import type { Cents } from '../../money';
import type { FundingStream, ServiceCategory, SourceProgram } from '../types';
import { AmountCells } from './amountCells';
import { columnLetter, echo, isBlank, NameIndex } from './cellText';
import { DateCells, streamYearRefusal, type DateVerdict } from './dateCells';
import { descriptionRefusal, familyReferenceRefusal, refundReasonRefusal } from './freeTextCells';
import { checkMapping, mappedColumns, type ColumnMapping, type LedgerField } from './mapping';
import { payingProgramRefusal, programOf, savedProgramRefusal, yesNo } from './programCells';

export { ECHOED_VALUE_CHARS } from './cellText';
export {
  MAX_DESCRIPTION_CHARS,
  MAX_FAMILY_REFERENCE_CHARS,
  MAX_REFUND_REASON_CHARS,
} from './freeTextCells';

export interface LedgerReference {
  readonly streams: readonly FundingStream[];
  readonly categories: readonly ServiceCategory[];
  /** Whether the county's ledger takes entries in the SFY starting in this year. */
  sfyAllowed(startYear: number): boolean;
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

/**
 * Checks rows as they arrive (a big file is read in chunks) and keeps the error list and count.
 * validateLedgerRows is the whole-file form.
 */
export class LedgerRowValidator {
  private readonly columns: Partial<Record<LedgerField, number>>;
  private readonly headers: string[];
  private readonly streams: NameIndex<FundingStream>;
  private readonly categories: NameIndex<ServiceCategory>;
  private readonly dates: DateCells;
  private readonly amounts = new AmountCells();
  private readonly listed: LedgerRowError[] = [];
  private total = 0;

  constructor(headers: readonly string[], mapping: ColumnMapping, reference: LedgerReference) {
    const problems = checkMapping(mapping, headers);
    if (problems.length > 0) {
      throw new RangeError(`The column mapping cannot be used: ${problems[0]?.message}`);
    }
    this.headers = headers.map((header) => header.trim());
    this.columns = mappedColumns(mapping, headers);
    this.streams = new NameIndex(reference.streams, 'a funding stream');
    this.categories = new NameIndex(reference.categories, 'a service category');
    this.dates = new DateCells(reference);
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

  /** Reports the cell of a mapped field; a null reason means the cell is fine. */
  private refuse(row: number, field: LedgerField, value: string, reason: string | null): void {
    if (reason !== null) this.report(row, this.header(field), value, reason);
  }

  private text(fields: readonly TableCell[], field: LedgerField): string {
    const column = this.columns[field];
    if (column === undefined) return '';
    const cell = fields[column];
    return cell === null || cell === undefined ? '' : String(cell).trim();
  }

  private header(field: LedgerField): string {
    const column = this.columns[field];
    return column === undefined ? '' : (this.headers[column] ?? '');
  }

  private check({ row, fields }: TableRecord): ParsedLedgerRow | null {
    if (fields.every(isBlank)) return null;
    const before = this.total;
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

    const dated = this.readDate(row, fields);
    const date = dated?.date ?? null;
    const amountCents = this.readAmount(row, fields);
    const stream = this.readNamed(row, fields, 'fundingStream', this.streams);
    const category = this.readNamed(row, fields, 'serviceCategory', this.categories);
    const outOfYears = stream && dated ? streamYearRefusal(stream, dated) : null;
    if (outOfYears !== null) {
      this.refuse(row, 'fundingStream', this.text(fields, 'fundingStream'), outOfYears);
    }

    const payingText = this.text(fields, 'payingProgram');
    let payingProgram = stream?.sourceProgram ?? null;
    if (payingText !== '') {
      payingProgram = programOf(payingText);
      if (!payingProgram) {
        this.refuse(row, 'payingProgram', payingText, payingProgramRefusal(payingText));
      }
    }

    const leveragedText = this.text(fields, 'leveraged');
    const leveraged = yesNo(leveragedText);
    if (leveraged === null) {
      this.refuse(row, 'leveraged', leveragedText, 'leveraged is yes or no (or blank for no)');
    }
    const savedProgram = this.readSaved(row, fields, leveraged, payingProgram);

    const description = this.text(fields, 'description');
    this.refuse(row, 'description', description, descriptionRefusal(description));
    const familyReference = this.text(fields, 'familyReference');
    // The value is not echoed: a cell that fails the rule may hold a person's name.
    this.refuse(row, 'familyReference', '', familyReferenceRefusal(familyReference));

    const refundReason = this.text(fields, 'refundReason');
    if (amountCents !== null && amountCents < 0 && refundReason === '') {
      if (this.columns.refundReason === undefined) {
        this.refuse(
          row,
          'amount',
          this.text(fields, 'amount'),
          'a refund (negative amount) needs a reason, and no column is mapped to Refund reason',
        );
      } else {
        this.refuse(row, 'refundReason', '', 'a refund (negative amount) needs a reason');
      }
    } else {
      this.refuse(row, 'refundReason', refundReason, refundReasonRefusal(refundReason));
    }

    if (
      this.total !== before ||
      !date ||
      amountCents === null ||
      !stream ||
      !category ||
      !payingProgram ||
      leveraged === null
    ) {
      return null;
    }
    return {
      row,
      date,
      amountCents,
      streamId: stream.id,
      categoryId: category.id,
      payingProgram,
      leveraged,
      savedProgram,
      description,
      familyReference: familyReference === '' ? null : familyReference,
      refundReason,
    };
  }

  private readDate(row: number, fields: readonly TableCell[]): (DateVerdict & { ok: true }) | null {
    const column = this.columns.date;
    const cell = column === undefined ? null : (fields[column] ?? null);
    const key = typeof cell === 'number' ? cell : cell === null ? '' : String(cell);
    const verdict = this.dates.judge(key);
    if (!verdict.ok) {
      this.refuse(row, 'date', String(key), verdict.reason);
      return null;
    }
    return verdict;
  }

  private readAmount(row: number, fields: readonly TableCell[]): Cents | null {
    const column = this.columns.amount;
    const cell = column === undefined ? null : (fields[column] ?? null);
    const text = cell === null ? '' : String(cell).trim();
    const cents = this.amounts.read(cell, text);
    if (typeof cents === 'string') {
      this.refuse(row, 'amount', text, cents);
      return null;
    }
    return cents;
  }

  private readNamed<T extends { readonly name: string; readonly retired: boolean }>(
    row: number,
    fields: readonly TableCell[],
    field: 'fundingStream' | 'serviceCategory',
    known: NameIndex<T>,
  ): T | null {
    const text = this.text(fields, field);
    const entry = known.entryFor(text);
    if (typeof entry === 'string') {
      this.refuse(row, field, text, entry);
      return null;
    }
    return entry;
  }

  private readSaved(
    row: number,
    fields: readonly TableCell[],
    leveraged: boolean | null,
    payingProgram: SourceProgram | null,
  ): SourceProgram | null {
    if (leveraged === null) return null;
    const text = this.text(fields, 'savedProgram');
    const saved = leveraged && text !== '' ? programOf(text) : null;
    const refusal = savedProgramRefusal(text, saved, leveraged, payingProgram);
    if (refusal === null) return saved;
    // With no column mapped to the saved program, a missing one is pointed out at Leveraged.
    const header = this.header('savedProgram');
    this.report(row, text === '' ? header || this.header('leveraged') : header, text, refusal);
    return null;
  }
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
