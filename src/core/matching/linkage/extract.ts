/**
 * The person extracts a match reads: a CalWORKs extract and a CWS extract, one row per person,
 * with the columns counties' systems export under many names. Rows are checked one by one as the
 * file streams past; a problem names its row and column but never repeats the value, since the
 * values here identify people (names, birth dates, SSNs) and errors can end up on screens and in
 * support e-mails.
 */
import {
  checkFieldMapping,
  mappedFieldColumns,
  suggestFieldMapping,
  type FieldMapping,
  type FieldMappingProblem,
  type MappingSpec,
} from '../../columnMapping';
import { parseLedgerDate } from '../../fiscal/import/dates';
import { daysInMonth } from '../../isoDate';
import type { TableCell } from '../../tableRecord';

export const EXTRACT_FIELDS = [
  'personId',
  'caseNumber',
  'firstName',
  'middleName',
  'lastName',
  'dob',
  'sex',
  'ssn',
  'street',
  'zip',
  'role',
  'cwsStatus',
  'caseType',
] as const;
export type ExtractField = (typeof EXTRACT_FIELDS)[number];

export type ExtractSide = 'calworks' | 'cws';
export const SIDE_LABELS: Record<ExtractSide, string> = {
  calworks: 'CalWORKs extract',
  cws: 'CWS extract',
};

export const EXTRACT_FIELD_LABELS: Record<ExtractField, string> = {
  personId: 'Person ID',
  caseNumber: 'Case number',
  firstName: 'First name',
  middleName: 'Middle name',
  lastName: 'Last name',
  dob: 'Date of birth',
  sex: 'Sex',
  ssn: 'SSN',
  street: 'Street address',
  zip: 'ZIP',
  role: 'Role (child or parent)',
  cwsStatus: 'Referral or open case',
  caseType: 'Case type',
};

/** Header names in normalized form (see normalizeHeader), best first. */
const HEADER_NAMES: Record<ExtractField, readonly string[]> = {
  personId: ['person id', 'client id', 'individual id', 'participant id', 'person number', 'cin'],
  caseNumber: ['case number', 'case id', 'case', 'case serial number', 'family case number'],
  firstName: ['first name', 'first', 'given name', 'fname', 'first nm'],
  middleName: ['middle name', 'middle', 'middle initial', 'mi', 'mname'],
  lastName: ['last name', 'last', 'surname', 'family name', 'lname', 'last nm'],
  dob: ['dob', 'date of birth', 'birth date', 'birthdate', 'birth dt'],
  sex: ['sex', 'gender', 'sex code'],
  ssn: ['ssn', 'social security number', 'ssn last 4', 'last 4 ssn', 'ssn4'],
  street: ['street', 'address', 'street address', 'address line 1', 'residence address', 'addr'],
  zip: ['zip', 'zip code', 'zipcode', 'postal code', 'zip5'],
  role: ['role', 'person role', 'member role', 'relationship', 'relationship to case'],
  cwsStatus: ['cws status', 'referral or case', 'involvement', 'referral case', 'status'],
  caseType: ['case type', 'service component', 'case service component', 'program type'],
};

export const EXTRACT_MAPPING: MappingSpec<ExtractField> = {
  fields: EXTRACT_FIELDS,
  required: ['personId', 'caseNumber', 'firstName', 'lastName', 'dob'],
  labels: EXTRACT_FIELD_LABELS,
  headerNames: HEADER_NAMES,
  neededFor: 'linking persons needs it',
};

/** Only the CWS extract says whether a person's case is a referral or open, and its type. */
const CWS_ONLY: readonly ExtractField[] = ['cwsStatus', 'caseType'];

/** The fields an extract of this side has columns for. */
export const extractFieldsOf = (side: ExtractSide): readonly ExtractField[] =>
  side === 'cws' ? EXTRACT_FIELDS : EXTRACT_FIELDS.filter((field) => !CWS_ONLY.includes(field));

/** A field's column name in a template ("caseNumber" → "case_number"), which the mapping finds. */
export const extractColumnName = (field: ExtractField): string =>
  field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export type ExtractMapping = FieldMapping<ExtractField>;
export type ExtractMappingProblem = FieldMappingProblem<ExtractField>;

export const suggestExtractMapping = (headers: readonly string[]): ExtractMapping =>
  suggestFieldMapping(EXTRACT_MAPPING, headers);

export const checkExtractMapping = (
  mapping: ExtractMapping,
  headers: readonly string[],
): ExtractMappingProblem[] => checkFieldMapping(EXTRACT_MAPPING, mapping, headers);

/** One person of an extract, as read: text trimmed, codes recognized, the date in ISO form. */
export interface ExtractPerson {
  readonly personId: string;
  readonly caseNumber: string;
  readonly firstName: string;
  readonly middleName: string;
  readonly lastName: string;
  /** ISO date, or "" when the row has none. */
  readonly dob: string;
  readonly sex: 'F' | 'M' | '';
  /** As written; standardization keeps nine digits or the last four, and drops placeholders. */
  readonly ssn: string;
  readonly street: string;
  readonly zip: string;
  readonly role: 'child' | 'parent' | '';
  readonly cwsStatus: 'referral' | 'case' | '';
  readonly caseType: string;
}

export interface ExtractProblem {
  /** The spreadsheet row (header = 1). */
  readonly row: number;
  readonly column: string;
  readonly reason: string;
}

const SEX: Record<string, 'F' | 'M' | ''> = {
  F: 'F',
  FEMALE: 'F',
  M: 'M',
  MALE: 'M',
  U: '',
  UNKNOWN: '',
  X: '',
};
const ROLE: Record<string, 'child' | 'parent'> = {
  CHILD: 'child',
  C: 'child',
  CH: 'child',
  MINOR: 'child',
  YOUTH: 'child',
  PARENT: 'parent',
  P: 'parent',
  ADULT: 'parent',
  CARETAKER: 'parent',
  CAREGIVER: 'parent',
  MOTHER: 'parent',
  FATHER: 'parent',
};
const CWS_STATUS: Record<string, 'referral' | 'case'> = {
  REFERRAL: 'referral',
  REF: 'referral',
  R: 'referral',
  'REFERRAL ONLY': 'referral',
  'EVALUATED OUT': 'referral',
  CASE: 'case',
  'OPEN CASE': 'case',
  OPEN: 'case',
  'CASE OPEN': 'case',
  C: 'case',
};

/** Reads the rows of one extract under a mapping checkExtractMapping accepts. */
export class ExtractRowReader {
  /** Column of each field, -1 when unmapped (a plain array: read for every cell of millions). */
  private readonly columns: Int32Array;
  private readonly headers: readonly string[];
  private readonly firstRowOfPerson = new Map<string, number>();
  private row = 0;
  private fields: readonly TableCell[] = [];
  private problems: ExtractProblem[] = [];

  constructor(mapping: ExtractMapping, headers: readonly string[]) {
    const mapped = mappedFieldColumns(EXTRACT_MAPPING, mapping, headers);
    this.columns = Int32Array.from(EXTRACT_FIELDS, (field) => mapped[field] ?? -1);
    this.headers = EXTRACT_FIELDS.map(
      (field) => mapping[field]?.trim() ?? EXTRACT_FIELD_LABELS[field],
    );
  }

  /** The person on the row, or what is wrong with it (each problem its own column). */
  read(
    row: number,
    fields: readonly TableCell[],
  ): { person: ExtractPerson } | { problems: ExtractProblem[] } {
    this.row = row;
    this.fields = fields;
    this.problems = [];
    const personId = this.text(PERSON_ID);
    const caseNumber = this.text(CASE_NUMBER);
    if (personId === '') this.problem(PERSON_ID, 'the person ID is missing');
    else {
      const first = this.firstRowOfPerson.get(personId);
      if (first !== undefined) {
        this.problem(PERSON_ID, `the same person ID is also on row ${first}`);
      } else this.firstRowOfPerson.set(personId, row);
    }
    if (caseNumber === '') this.problem(CASE_NUMBER, 'the case number is missing');
    const dobCell = this.cell(DOB);
    const dob = readDob(typeof dobCell === 'number' ? dobCell : this.text(DOB));
    if (!dob.ok) this.problem(DOB, dob.reason);
    const person: ExtractPerson = {
      personId,
      caseNumber,
      firstName: this.text(FIRST_NAME),
      middleName: this.text(MIDDLE_NAME),
      lastName: this.text(LAST_NAME),
      dob: dob.ok ? dob.date : '',
      sex: this.code(SEX_FIELD, SEX, 'F, M, Female, Male or U'),
      ssn: this.text(SSN),
      street: this.text(STREET),
      zip: this.text(ZIP),
      role: this.code(ROLE_FIELD, ROLE, 'Child or Parent'),
      cwsStatus: this.code(CWS_STATUS_FIELD, CWS_STATUS, 'Referral or Case'),
      caseType: this.text(CASE_TYPE).toUpperCase(),
    };
    return this.problems.length > 0 ? { problems: this.problems } : { person };
  }

  private cell(field: number): TableCell {
    const column = this.columns[field] as number;
    return column < 0 ? null : (this.fields[column] ?? null);
  }

  private text(field: number): string {
    const value = this.cell(field);
    return value === null ? '' : typeof value === 'string' ? value.trim() : String(value);
  }

  private code<T>(field: number, table: Record<string, T>, expected: string): T | '' {
    const value = this.text(field);
    if (value === '') return '';
    const known = table[value] ?? table[value.toUpperCase()];
    if (known === undefined) {
      this.problem(field, `not a value this column can hold (${expected})`);
    }
    return known ?? '';
  }

  private problem(field: number, reason: string): void {
    this.problems.push({ row: this.row, column: this.headers[field] ?? '', reason });
  }
}

const at = (field: ExtractField) => EXTRACT_FIELDS.indexOf(field);
const PERSON_ID = at('personId');
const CASE_NUMBER = at('caseNumber');
const FIRST_NAME = at('firstName');
const MIDDLE_NAME = at('middleName');
const LAST_NAME = at('lastName');
const DOB = at('dob');
const SEX_FIELD = at('sex');
const SSN = at('ssn');
const STREET = at('street');
const ZIP = at('zip');
const ROLE_FIELD = at('role');
const CWS_STATUS_FIELD = at('cwsStatus');
const CASE_TYPE = at('caseType');

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Birth dates in ISO or US order with a four-digit year; a blank one is missing, not wrong. */
function readDob(
  value: string | number,
): { ok: true; date: string } | { ok: false; reason: string } {
  if (value === '') return { ok: true, date: '' };
  // Most extracts write ISO dates: checked here without the general parser.
  if (typeof value === 'string' && ISO_DATE.test(value)) {
    const year = Number(value.slice(0, 4));
    const month = Number(value.slice(5, 7));
    const day = Number(value.slice(8, 10));
    if (year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
      return { ok: true, date: value };
    }
  }
  if (typeof value === 'string' && /^\d{1,2}\/\d{1,2}\/\d{2}$/.test(value)) {
    return { ok: false, reason: 'write the year with four digits (a two-digit year is ambiguous)' };
  }
  const reading = parseLedgerDate(value);
  // The parser's own reasons quote parts of the date; a birth date identifies a person.
  if (reading.ok) return { ok: true, date: reading.date };
  return {
    ok: false,
    reason: reading.reason.includes('before 1900')
      ? 'the year is before 1900; check the date'
      : 'not a date (write it as 2015-07-31 or 7/31/2015)',
  };
}
