import type {
  FundingStreamView,
  LedgerEntryView,
  ServiceCategoryView,
} from '../../../../api/fiscal/contract';
import { SOURCE_PROGRAM_LABELS } from '../../../../core/fiscal/reference';
import { formatMoney } from '../../../../core/money';
import { formatDate } from '../../../components/format';
import { nameOf } from '../../../components/countyAndYear';
import { columnsOf } from '../../../components/table/tableFeatures';
import { periodOf, rowName } from './ledgerView';

export interface LedgerRowActions {
  onEdit: (row: LedgerEntryView) => void;
  onDelete: (row: LedgerEntryView) => void;
  onHistory: (row: LedgerEntryView) => void;
}

const column = columnsOf<LedgerEntryView>();

/**
 * The ledger's columns. Date, stream and amount are what a person needs to read a row, and the
 * actions to change it; paying program, leverage and case number wait in the column chooser on a
 * laptop screen. Only date and amount sort: the service orders a million rows by them
 * (listLedger), not the page.
 */
export function ledgerColumns(
  streams: readonly FundingStreamView[],
  categories: readonly ServiceCategoryView[],
  /** The page's current handlers, read when a button is pressed. */
  actions: () => LedgerRowActions,
) {
  return column.columns([
    column.accessor('date', {
      header: 'Date',
      cell: ({ getValue }) => formatDate(getValue()),
      meta: { key: true, align: 'date', width: 7.5 },
    }),
    // The SFY is the filter's: the quarter is what a row adds (its full period on hover).
    column.display({
      id: 'quarter',
      header: 'Quarter',
      cell: ({ row }) => <span title={periodOf(row.original)}>Q{row.original.quarter}</span>,
      meta: { width: 5.5 },
    }),
    column.display({
      id: 'stream',
      header: 'Stream',
      cell: ({ row }) => nameOf(streams, row.original.streamId),
      meta: { key: true, clip: true },
    }),
    column.display({
      id: 'category',
      header: 'Category',
      cell: ({ row }) => nameOf(categories, row.original.categoryId),
      meta: { clip: true },
    }),
    column.display({
      id: 'payingProgram',
      header: 'Paying program',
      cell: ({ row }) => SOURCE_PROGRAM_LABELS[row.original.payingProgram],
      meta: { optional: true, clip: true },
    }),
    column.accessor('amountCents', {
      id: 'amount',
      header: 'Amount',
      cell: ({ row }) => (
        <>
          {formatMoney(row.original.amountCents)}
          {row.original.amountCents < 0 && <span className="ledger-table__refund"> refund</span>}
        </>
      ),
      meta: { key: true, align: 'number', width: 9.5 },
    }),
    column.display({
      id: 'leveraged',
      header: 'Leveraged',
      cell: ({ row }) =>
        row.original.leveraged && row.original.savedProgram
          ? `Yes, spared ${SOURCE_PROGRAM_LABELS[row.original.savedProgram]}`
          : '–',
      meta: { optional: true, clip: true },
    }),
    column.display({
      id: 'description',
      header: 'Description',
      cell: ({ row }) =>
        `${row.original.description}${row.original.refundReason ? ` (refund: ${row.original.refundReason})` : ''}`,
      meta: { clip: true },
    }),
    column.display({
      id: 'caseNumber',
      header: 'Case number',
      cell: ({ row }) => row.original.familyReference ?? '–',
      meta: { optional: true, width: 9 },
    }),
    column.display({
      id: 'actions',
      header: 'Actions',
      cell: ({ row }) => {
        const entry = row.original;
        return (
          <span className="actions">
            <button type="button" className="link" onClick={() => actions().onEdit(entry)}>
              Edit<span className="visually-hidden"> the row of {rowName(entry)}</span>
            </button>
            <button type="button" className="link" onClick={() => actions().onHistory(entry)}>
              History
              <span className="visually-hidden"> of the row of {rowName(entry)}</span>
            </button>
            <button type="button" className="link danger" onClick={() => actions().onDelete(entry)}>
              Delete<span className="visually-hidden"> the row of {rowName(entry)}</span>
            </button>
          </span>
        );
      },
      meta: { key: true, width: 12.5 },
    }),
  ]);
}
