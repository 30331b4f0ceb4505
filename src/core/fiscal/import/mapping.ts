/**
 * Which column of a finance export fills which ledger field. The mapping names headers, not
 * positions, so a county can save it and reuse it when next month's export moves a column.
 * Headers are compared after trimming: exports often pad them ("  Amount ").
 */

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

/** Field → header name as it appears in the file. */
export type ColumnMapping = Partial<Record<LedgerField, string>>;

export interface MappingProblem {
  readonly field: LedgerField | null;
  readonly header: string | null;
  readonly message: string;
}

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

/** "Case #" and "Case No." both become "case number"; punctuation and case are ignored. */
function normalize(header: string): string {
  return header
    .toLowerCase()
    .replace(/#/g, ' number ')
    .replace(/\bno\b\.?/g, ' number ')
    .replace(/\bnbr\b|\bnum\b/g, ' number ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A guess to show the person, who confirms or changes it; each header fills at most one field. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const normalized = headers.map(normalize);
  const taken = new Set<number>();
  const mapping: ColumnMapping = {};
  // Best name first across all fields, so "Program" goes to payingProgram before a weaker guess
  // of another field could claim it.
  const longest = Math.max(...LEDGER_FIELDS.map((field) => HEADER_NAMES[field].length));
  for (let rank = 0; rank < longest; rank++) {
    for (const field of LEDGER_FIELDS) {
      if (mapping[field] !== undefined) continue;
      const name = HEADER_NAMES[field][rank];
      if (name === undefined) continue;
      const index = normalized.findIndex((candidate, i) => candidate === name && !taken.has(i));
      if (index === -1) continue;
      taken.add(index);
      mapping[field] = (headers[index] ?? '').trim();
    }
  }
  return mapping;
}

/** Everything wrong with a mapping for these headers; empty when the import can read the rows. */
export function checkMapping(mapping: ColumnMapping, headers: readonly string[]): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const counts = new Map<string, number>();
  for (const header of headers) {
    const name = header.trim();
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  for (const field of REQUIRED_LEDGER_FIELDS) {
    if (!mapping[field]?.trim()) {
      problems.push({
        field,
        header: null,
        message: `Choose the column that holds ${LEDGER_FIELD_LABELS[field]}; every entry needs it.`,
      });
    }
  }
  const fieldsByHeader = new Map<string, LedgerField[]>();
  for (const field of LEDGER_FIELDS) {
    const header = mapping[field]?.trim();
    if (!header) continue;
    fieldsByHeader.set(header, [...(fieldsByHeader.get(header) ?? []), field]);
    const count = counts.get(header) ?? 0;
    if (count === 0) {
      problems.push({
        field,
        header,
        message: `${LEDGER_FIELD_LABELS[field]} is mapped to “${header}”, but the file has no such column.`,
      });
    } else if (count > 1) {
      problems.push({
        field,
        header,
        message: `The file has ${count} columns named “${header}”; rename them so the import knows which holds ${LEDGER_FIELD_LABELS[field]}.`,
      });
    }
  }
  for (const [header, fields] of fieldsByHeader) {
    if (fields.length < 2) continue;
    const labels = fields.map((field) => LEDGER_FIELD_LABELS[field]);
    problems.push({
      field: fields[1] ?? null,
      header,
      message: `The column “${header}” is mapped to ${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}; a column fills one field.`,
    });
  }
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

/** The column index of each mapped field, for a mapping checkMapping accepts. */
export function mappedColumns(
  mapping: ColumnMapping,
  headers: readonly string[],
): Partial<Record<LedgerField, number>> {
  const trimmed = headers.map((header) => header.trim());
  const columns: Partial<Record<LedgerField, number>> = {};
  for (const field of LEDGER_FIELDS) {
    const header = mapping[field]?.trim();
    if (!header) continue;
    const index = trimmed.indexOf(header);
    if (index !== -1) columns[field] = index;
  }
  return columns;
}
