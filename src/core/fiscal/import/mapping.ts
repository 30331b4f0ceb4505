/**
 * Which column of a finance export fills which ledger field (the shared rules are in
 * core/columnMapping).
 */
import {
  checkFieldMapping,
  mappedFieldColumns,
  suggestFieldMapping,
  type FieldMapping,
  type FieldMappingProblem,
  type MappingSpec,
} from '../../columnMapping';

export const LEDGER_FIELDS = [
  'date',
  'amount',
  'fundingStream',
  'serviceCategory',
  'payingProgram',
  'leveraged',
  'savedProgram',
  'description',
  'familyReference',
  'refundReason',
] as const;
export type LedgerField = (typeof LEDGER_FIELDS)[number];

/** Fields every import must map; the others are optional or needed only by some rows. */
export const REQUIRED_LEDGER_FIELDS: readonly LedgerField[] = [
  'date',
  'amount',
  'fundingStream',
  'serviceCategory',
];

export const LEDGER_FIELD_LABELS: Record<LedgerField, string> = {
  date: 'Date',
  amount: 'Amount',
  fundingStream: 'Funding stream',
  serviceCategory: 'Service category',
  payingProgram: 'Paying program',
  leveraged: 'Leveraged',
  savedProgram: 'Saved program',
  description: 'Description',
  familyReference: 'Family reference (case number)',
  refundReason: 'Refund reason',
};

/**
 * Header names seen in county finance exports, best first, in normalized form (see normalize).
 * Matched whole, so "Vendor ID" is not taken for a description nor "Case Name" for a case number.
 */
const HEADER_NAMES: Record<LedgerField, readonly string[]> = {
  date: [
    'posting date',
    'post date',
    'posted date',
    'date',
    'transaction date',
    'trans date',
    'gl date',
    'accounting date',
    'effective date',
    'payment date',
    'paid date',
    'check date',
    'warrant date',
    'invoice date',
    'expense date',
  ],
  amount: [
    'amount',
    'amt',
    'expense amount',
    'expenditure amount',
    'transaction amount',
    'net amount',
    'payment amount',
    'paid amount',
    'expenditure',
    'expense',
  ],
  fundingStream: [
    'funding stream',
    'fund',
    'fund name',
    'funding source',
    'fund source',
    'source of funds',
    'stream',
    'funding',
  ],
  serviceCategory: [
    'service category',
    'category',
    'service type',
    'expense category',
    'service',
    'category name',
  ],
  payingProgram: ['paying program', 'program', 'program name', 'paid by'],
  leveraged: ['leveraged', 'leverage', 'leveraged funds', 'leveraged yn'],
  savedProgram: ['saved program', 'program saved', 'spared program', 'saves program'],
  description: [
    'description',
    'vendor description',
    'vendor',
    'vendor name',
    'line description',
    'memo',
    'narrative',
  ],
  familyReference: [
    'case number',
    'case',
    'case id',
    'case ref',
    'case reference',
    'family reference',
    'family case number',
  ],
  refundReason: [
    'refund reason',
    'reason',
    'reversal reason',
    'adjustment reason',
    'credit reason',
  ],
};

const LEDGER_MAPPING: MappingSpec<LedgerField> = {
  fields: LEDGER_FIELDS,
  required: REQUIRED_LEDGER_FIELDS,
  labels: LEDGER_FIELD_LABELS,
  headerNames: HEADER_NAMES,
  neededFor: 'every entry needs it',
};

/** Field → header name as it appears in the file. */
export type ColumnMapping = FieldMapping<LedgerField>;
export type MappingProblem = FieldMappingProblem<LedgerField>;

export function suggestMapping(headers: readonly string[]): ColumnMapping {
  return suggestFieldMapping(LEDGER_MAPPING, headers);
}

export function checkMapping(mapping: ColumnMapping, headers: readonly string[]): MappingProblem[] {
  const problems = checkFieldMapping(LEDGER_MAPPING, mapping, headers);
  if (mapping.savedProgram?.trim() && !mapping.leveraged?.trim()) {
    problems.push({
      field: 'leveraged',
      header: null,
      message:
        'Saved program is mapped but Leveraged is not: without Leveraged no entry counts as leveraged, so the saved program would be ignored.',
    });
  }
  return problems;
}

export function mappedColumns(
  mapping: ColumnMapping,
  headers: readonly string[],
): Partial<Record<LedgerField, number>> {
  return mappedFieldColumns(LEDGER_MAPPING, mapping, headers);
}

/**
 * The header row of the ledger import's template: each field under the name counties' exports
 * use most ("Posting Date", "Funding Stream"), so a file built on it maps itself.
 */
export function ledgerTemplateHeaders(): string[] {
  return LEDGER_FIELDS.map((field) =>
    (HEADER_NAMES[field][0] ?? field).replace(/\b[a-z]/g, (c) => c.toUpperCase()),
  );
}
