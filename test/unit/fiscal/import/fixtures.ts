import type { ColumnMapping } from '../../../../src/core/fiscal/import/mapping';
import type { LedgerReference } from '../../../../src/core/fiscal/import/rows';
import type { TableCell } from '../../../../src/core/tableRecord';
import type { FundingStream, ServiceCategory } from '../../../../src/core/fiscal/types';

export const stream = (
  id: number,
  name: string,
  sourceProgram: FundingStream['sourceProgram'],
  extra: Partial<FundingStream> = {},
): FundingStream => ({
  id,
  name,
  sourceProgram,
  level: 'state',
  claimable: true,
  generalFund: false,
  activeSfys: [],
  retired: false,
  ...extra,
});

export const STREAMS: FundingStream[] = [
  stream(1, 'CalWORKs Single Allocation', 'calworks'),
  stream(2, 'Title IV-E', 'cws', { level: 'federal' }),
  stream(3, 'County General Fund', 'county', { level: 'county', generalFund: true }),
  stream(4, 'CAPIT', 'cws', { activeSfys: [2025, 2026] }),
  stream(5, 'Old Grant', 'other', { retired: true }),
];

export const CATEGORIES: ServiceCategory[] = [
  { id: 10, name: 'Transportation', retired: false },
  { id: 11, name: 'Housing', retired: false },
  { id: 12, name: 'Child care', retired: false },
  { id: 13, name: 'Old category', retired: true },
];

/** The county's ledger is open for SFY 2024-25 through 2027-28. */
export const REFERENCE: LedgerReference = {
  streams: STREAMS,
  categories: CATEGORIES,
  budgetedSfys: [2024, 2025, 2026, 2027],
};

export const HEADERS = [
  'Posting Date',
  'Amount',
  'Fund',
  'Category',
  'Program',
  'Leveraged',
  'Saved Program',
  'Description',
  'Case #',
  'Refund Reason',
];

export const MAPPING: ColumnMapping = {
  date: 'Posting Date',
  amount: 'Amount',
  fundingStream: 'Fund',
  serviceCategory: 'Category',
  payingProgram: 'Program',
  leveraged: 'Leveraged',
  savedProgram: 'Saved Program',
  description: 'Description',
  familyReference: 'Case #',
  refundReason: 'Refund Reason',
};

export interface Cells {
  date?: TableCell;
  amount?: TableCell;
  fund?: TableCell;
  category?: TableCell;
  program?: TableCell;
  leveraged?: TableCell;
  saved?: TableCell;
  description?: TableCell;
  caseNumber?: TableCell;
  refundReason?: TableCell;
}

/** A valid row unless the cells given say otherwise. */
export function record(row: number, cells: Cells = {}) {
  const value = <K extends keyof Cells>(key: K, fallback: TableCell) =>
    key in cells ? (cells[key] ?? null) : fallback;
  return {
    row,
    fields: [
      value('date', '7/15/2026'),
      value('amount', '$125.00'),
      value('fund', 'CalWORKs Single Allocation'),
      value('category', 'Transportation'),
      value('program', ''),
      value('leveraged', ''),
      value('saved', ''),
      value('description', 'Bus passes'),
      value('caseNumber', ''),
      value('refundReason', ''),
    ],
  };
}
