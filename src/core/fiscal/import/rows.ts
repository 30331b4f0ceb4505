/**
 * Turns an export's rows into ledger entries. Every cell of every row is checked, so one pass
 * tells the person everything to fix; the service imports nothing while any error remains.
 * Row numbers are the spreadsheet's (the header is row 1), as the person sees them in Excel.
 */
import type { TableCell, TableRecord } from '../../tableRecord';
import { stateFiscalYearOf, sfyLabel } from '../../fiscalCalendar';
import type { IsoDate } from '../../isoDate';
import { MoneyFormatError, parseMoney, type Cents } from '../../money';
import {
  SOURCE_PROGRAMS,
  type FundingStream,
  type ServiceCategory,
  type SourceProgram,
} from '../types';
import { parseLedgerDate } from './dates';
import { checkMapping, mappedColumns, type ColumnMapping, type LedgerField } from './mapping';

export interface LedgerReference {
  readonly streams: readonly FundingStream[];
  readonly categories: readonly ServiceCategory[];
  /** Whether the county's ledger takes entries in the SFY starting in this year. */
  sfyAllowed(startYear: number): boolean;
}

/** A cell as a CSV (text) or an XLSX sheet (numbers for amounts and date serials) holds it. */

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
export const ECHOED_VALUE_CHARS = 60;
export const MAX_DESCRIPTION_CHARS = 500;
export const MAX_REFUND_REASON_CHARS = 500;
export const MAX_FAMILY_REFERENCE_CHARS = 40;

/**
 * A case number: letters, digits and dashes. This column never takes a name (DOMAIN.md, Privacy:
 * store only the identifiers a feature needs), and a name cannot pass the rule because it needs a
 * space or punctuation; a single-word value is accepted as a case number, as the rule says.
 */
const FAMILY_REFERENCE = /^[A-Za-z0-9-]+$/;

const PROGRAM_NAMES: ReadonlyMap<string, SourceProgram> = new Map([
  ...SOURCE_PROGRAMS.map((id) => [id, id] as const),
  ['child welfare services', 'cws'],
  ['child welfare', 'cws'],
  ['county general fund', 'county'],
]);

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0', '']);

/** A ledger has a few hundred distinct dates across a million rows; this bounds a strange file. */
const DATE_CACHE_LIMIT = 10_000;

const NAME_CACHE_LIMIT = 10_000;
const SHAPE_CACHE_LIMIT = 10_000;

/** Zeros past the cents: "125.5000" → "125.50", "(3.100)" → "(3.10)". */
const EXTRA_ZERO_DECIMALS = /(\.\d\d)0+(\)?)$/;

type DateVerdict = { ok: true; date: IsoDate; startYear: number } | { ok: false; reason: string };

/**
 * Checks rows as they arrive (a big file is read in chunks) and keeps the error list and count.
 * validateLedgerRows is the whole-file form.
 */
export class LedgerRowValidator {
  private readonly columns: Partial<Record<LedgerField, number>>;
  private readonly headers: string[];
  private readonly streams: NameIndex<FundingStream>;
  private readonly categories: NameIndex<ServiceCategory>;
  private readonly sfyOpen = new Map<number, boolean>();
  /** Verdicts by cell value, SFY check included: a ledger has few distinct dates. */
  private readonly dates = new Map<string | number, DateVerdict>();
  /** parseMoney's refusals by the shape of the text; see moneyShape. */
  private readonly moneyRefusals = new Map<string, string>();
  private readonly listed: LedgerRowError[] = [];
  private total = 0;

  constructor(
    headers: readonly string[],
    mapping: ColumnMapping,
    private readonly reference: LedgerReference,
  ) {
    const problems = checkMapping(mapping, headers);
    if (problems.length > 0) {
      throw new RangeError(`The column mapping cannot be used: ${problems[0]?.message}`);
    }
    this.headers = headers.map((header) => header.trim());
    this.columns = mappedColumns(mapping, headers);
    this.streams = new NameIndex(reference.streams);
    this.categories = new NameIndex(reference.categories);
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
    const stream = this.readNamed(row, fields, 'fundingStream', this.streams, 'a funding stream');
    const category = this.readNamed(
      row,
      fields,
      'serviceCategory',
      this.categories,
      'a service category',
    );
    if (stream && dated && stream.activeSfys.length > 0) {
      const { startYear } = dated;
      if (!stream.activeSfys.includes(startYear)) {
        const years = stream.activeSfys.map((year) => sfyLabel({ startYear: year })).join(', ');
        this.report(
          row,
          this.header('fundingStream'),
          this.text(fields, 'fundingStream'),
          `“${stream.name}” is used only in ${years}; the date ${date} is in ${sfyLabel({ startYear })}`,
        );
      }
    }

    const payingText = this.text(fields, 'payingProgram');
    let payingProgram = stream?.sourceProgram ?? null;
    if (payingText !== '') {
      payingProgram = programOf(payingText);
      if (!payingProgram) {
        this.report(
          row,
          this.header('payingProgram'),
          payingText,
          `“${echo(payingText)}” is not a paying program: use CalWORKs, CWS, County or Other`,
        );
      }
    }

    const leveragedText = this.text(fields, 'leveraged');
    const leveraged = yesNo(leveragedText);
    if (leveraged === null) {
      this.report(
        row,
        this.header('leveraged'),
        leveragedText,
        'leveraged is yes or no (or blank for no)',
      );
    }
    const savedProgram = this.readSaved(row, fields, leveraged, payingProgram);

    const description = this.text(fields, 'description');
    if (description.length > MAX_DESCRIPTION_CHARS) {
      this.report(
        row,
        this.header('description'),
        description,
        `the description has ${description.length} characters; at most ${MAX_DESCRIPTION_CHARS} are kept`,
      );
    }

    const familyReference = this.text(fields, 'familyReference');
    if (
      familyReference !== '' &&
      (familyReference.length > MAX_FAMILY_REFERENCE_CHARS ||
        !FAMILY_REFERENCE.test(familyReference))
    ) {
      // The value is not echoed: a cell that fails this rule may hold a person's name.
      this.report(
        row,
        this.header('familyReference'),
        '',
        `a family reference is a case number: letters, digits and dashes, at most ${MAX_FAMILY_REFERENCE_CHARS} characters, never a name`,
      );
    }

    const refundReason = this.text(fields, 'refundReason');
    if (amountCents !== null && amountCents < 0 && refundReason === '') {
      if (this.columns.refundReason === undefined) {
        this.report(
          row,
          this.header('amount'),
          this.text(fields, 'amount'),
          'a refund (negative amount) needs a reason, and no column is mapped to Refund reason',
        );
      } else {
        this.report(
          row,
          this.header('refundReason'),
          '',
          'a refund (negative amount) needs a reason',
        );
      }
    } else if (refundReason.length > MAX_REFUND_REASON_CHARS) {
      this.report(
        row,
        this.header('refundReason'),
        refundReason,
        `the refund reason has ${refundReason.length} characters; at most ${MAX_REFUND_REASON_CHARS} are kept`,
      );
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
    let verdict = this.dates.get(key);
    if (!verdict) {
      verdict = this.judgeDate(key);
      if (this.dates.size >= DATE_CACHE_LIMIT) this.dates.clear();
      this.dates.set(key, verdict);
    }
    if (!verdict.ok) {
      this.report(row, this.header('date'), String(key), verdict.reason);
      return null;
    }
    return verdict;
  }

  private judgeDate(value: string | number): DateVerdict {
    const reading = parseLedgerDate(value);
    if (!reading.ok) return reading;
    const sfy = stateFiscalYearOf(reading.date);
    let open = this.sfyOpen.get(sfy.startYear);
    if (open === undefined) {
      open = this.reference.sfyAllowed(sfy.startYear);
      this.sfyOpen.set(sfy.startYear, open);
    }
    if (!open) {
      return {
        ok: false,
        reason: `the date ${reading.date} is in ${sfyLabel(sfy)}, a fiscal year this county's ledger does not take entries for`,
      };
    }
    return { ok: true, date: reading.date, startYear: sfy.startYear };
  }

  private readAmount(row: number, fields: readonly TableCell[]): Cents | null {
    const column = this.columns.amount;
    const cell = column === undefined ? null : (fields[column] ?? null);
    const text = cell === null ? '' : String(cell).trim();
    let cents: Cents;
    if (typeof cell === 'number') {
      const scaled = cell * 100;
      cents = Math.round(scaled);
      if (!Number.isSafeInteger(cents)) {
        this.report(row, this.header('amount'), text, 'this is not an amount: it is too large');
        return null;
      }
      // A spreadsheet number is binary: 1234.56 × 100 is 123455.99999…, so compare with slack.
      if (Math.abs(scaled - cents) > 1e-6) {
        this.report(
          row,
          this.header('amount'),
          text,
          'amounts have at most two decimals (whole cents)',
        );
        return null;
      }
    } else {
      const parsed = this.parseAmount(text);
      if (typeof parsed === 'string') {
        this.report(row, this.header('amount'), text, parsed);
        return null;
      }
      cents = parsed;
    }
    if (cents === 0) {
      this.report(row, this.header('amount'), text, 'an expense of $0.00 records nothing');
      return null;
    }
    return cents;
  }

  /** Cents, or the reason parseMoney refuses the text. */
  private parseAmount(text: string): Cents | string {
    // Finance systems often export decimal(19,4): "125.5000" is still whole cents.
    const amount = text.replace(EXTRA_ZERO_DECIMALS, '$1$2');
    if (this.moneyRefusals.size > 0) {
      const shape = moneyShape(amount);
      const known = shape === null ? undefined : this.moneyRefusals.get(shape);
      if (known !== undefined) return known;
    }
    try {
      return parseMoney(amount);
    } catch (error) {
      if (!(error instanceof MoneyFormatError)) throw error;
      const reason = moneyReason(error);
      const shape = moneyShape(amount);
      if (shape !== null && this.moneyRefusals.size < SHAPE_CACHE_LIMIT) {
        this.moneyRefusals.set(shape, reason);
      }
      return reason;
    }
  }

  private readNamed<T extends { readonly name: string; readonly retired: boolean }>(
    row: number,
    fields: readonly TableCell[],
    field: 'fundingStream' | 'serviceCategory',
    known: NameIndex<T>,
    kind: string,
  ): T | null {
    const text = this.text(fields, field);
    const header = this.header(field);
    if (text === '') {
      this.report(row, header, '', `${kind} is required`);
      return null;
    }
    const found = known.find(text);
    if (!found) {
      this.report(row, header, text, `“${echo(text)}” is not ${kind} of this county`);
      return null;
    }
    if (found.retired) {
      this.report(
        row,
        header,
        text,
        `“${found.name}” is retired; retired ${kind === 'a funding stream' ? 'streams' : 'categories'} take no new entries`,
      );
      return null;
    }
    return found;
  }

  private readSaved(
    row: number,
    fields: readonly TableCell[],
    leveraged: boolean | null,
    payingProgram: SourceProgram | null,
  ): SourceProgram | null {
    const text = this.text(fields, 'savedProgram');
    const header = this.header('savedProgram');
    if (leveraged === false) {
      if (text !== '') {
        this.report(
          row,
          header,
          text,
          'a saved program is given but the entry is not leveraged: mark it leveraged, or clear the saved program',
        );
      }
      return null;
    }
    if (leveraged === null) return null;
    if (text === '') {
      this.report(
        row,
        header || this.header('leveraged'),
        '',
        'a leveraged entry needs the program whose budget it spared (CalWORKs, CWS, County or Other)',
      );
      return null;
    }
    const saved = programOf(text);
    if (!saved) {
      this.report(
        row,
        header,
        text,
        `“${echo(text)}” is not a program: use CalWORKs, CWS, County or Other`,
      );
      return null;
    }
    // Leveraged funds pay for what the *other* program would have paid for (DOMAIN.md).
    if (payingProgram && saved === payingProgram) {
      this.report(
        row,
        header,
        text,
        'a leveraged entry spares another program’s budget: the saved program cannot be the paying program',
      );
      return null;
    }
    return saved;
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

/** Names match after trimming, ignoring case and runs of spaces: exports pad and re-case them. */
function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Entries by name; an active entry wins over a retired one of the same name. Lookups are cached by
 * the cell's exact text, since an export repeats a handful of names a million times.
 */
class NameIndex<T extends { readonly name: string; readonly retired: boolean }> {
  private readonly byKey = new Map<string, T>();
  private readonly byText = new Map<string, T | null>();

  constructor(entries: readonly T[]) {
    for (const entry of entries) {
      const key = nameKey(entry.name);
      const existing = this.byKey.get(key);
      if (!existing || (existing.retired && !entry.retired)) this.byKey.set(key, entry);
    }
  }

  find(text: string): T | null {
    let found = this.byText.get(text);
    if (found === undefined) {
      found = this.byKey.get(nameKey(text)) ?? null;
      if (this.byText.size >= NAME_CACHE_LIMIT) this.byText.clear();
      this.byText.set(text, found);
    }
    return found;
  }
}

function programOf(text: string): SourceProgram | null {
  return PROGRAM_NAMES.get(text) ?? PROGRAM_NAMES.get(nameKey(text)) ?? null;
}

function yesNo(text: string): boolean | null {
  const key = text.toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return null;
}

function isBlank(cell: TableCell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** Values quoted back are cut short: an error list is for finding the cell, not reading it. */
function echo(value: string): string {
  if (value.length <= ECHOED_VALUE_CHARS) return value;
  let end = ECHOED_VALUE_CHARS - 1;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1; // do not split a surrogate pair
  return `${value.slice(0, end)}…`;
}

/**
 * The text with digits 1–9 written as 9 (zeros kept), or null when it has so many digits that its
 * size could matter. Why: a file whose every amount is refused (a European "1.234,56", a wrong
 * column) would otherwise throw a MoneyFormatError per row, and building a million errors takes
 * ten seconds or more. parseMoney's verdict depends on where digits, zeros, signs, commas and
 * points stand, not on which non-zero digit is where, except for "too large", which needs more
 * digits than a shape is kept for. Only refusals are remembered, and the tests compare against
 * parseMoney itself, so a change there that breaks this shows up.
 */
function moneyShape(amount: string): string | null {
  if (amount.length > 40) return null;
  const shape = amount.replace(/[1-9]/g, '9');
  let digits = 0;
  for (let i = 0; i < shape.length; i++) {
    const code = shape.charCodeAt(i);
    if (code === 0x30 || code === 0x39) digits += 1;
  }
  return digits > 12 ? null : shape;
}

function moneyReason(error: MoneyFormatError): string {
  const prefix = `"${error.input}" is not an amount of money: `;
  const reason = error.message.startsWith(prefix)
    ? error.message.slice(prefix.length).replace(/\.$/, '')
    : error.message;
  if (reason === 'it is empty') return 'the amount is missing';
  if (reason.startsWith('amounts have')) return reason;
  return `this is not an amount: ${reason}`;
}

function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
