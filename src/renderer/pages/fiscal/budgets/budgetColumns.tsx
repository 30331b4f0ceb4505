import type { ReactNode } from 'react';
import type { Table } from '@tanstack/react-table';
import type { BudgetLine } from '../../../../api/fiscal/contract';
import { formatMoney } from '../../../../core/money';
import { columnsOf, type TableFeatureSet } from '../../../components/table/tableFeatures';
import { subtotalOf, type BudgetRow, type BudgetTableRow, type Subtotal } from './budgetGroups';

export const QUARTER_HEADINGS = [
  'Q1 (Jul–Sep)',
  'Q2 (Oct–Dec)',
  'Q3 (Jan–Mar)',
  'Q4 (Apr–Jun)',
] as const;

/** Who the line is for, said in full on its buttons. */
const lineName = (row: BudgetRow) => `${row.streamName}, ${row.categoryName}`;

/** A line's Edit and Delete buttons, each naming the line to screen readers. */
export function LineActions({
  row,
  onEdit,
  onDelete,
}: {
  row: BudgetRow;
  onEdit: (line: BudgetLine) => void;
  onDelete: (row: BudgetRow) => void;
}) {
  return (
    <div className="actions">
      <button type="button" className="link" onClick={() => onEdit(row.line)}>
        Edit<span className="visually-hidden"> {lineName(row)}</span>
      </button>
      <button type="button" className="link danger" onClick={() => onDelete(row)}>
        Delete<span className="visually-hidden"> {lineName(row)}</span>
      </button>
    </div>
  );
}

/**
 * A row as the table shows it: a line carries its buttons, made with the page's current handlers,
 * so the columns need not change with them.
 */
export type ShownBudgetRow = BudgetTableRow & { readonly actions?: ReactNode };

const column = columnsOf<ShownBudgetRow>();

const streamNameOf = (row: BudgetTableRow) =>
  row.kind === 'line' ? row.row.streamName : row.group.streamName;
const figuresOf = (row: BudgetTableRow): Subtotal => (row.kind === 'line' ? row.row : row.group);

/** The year's total: the streams' totals among the table's rows, added up. */
function yearTotal(table: Table<TableFeatureSet, ShownBudgetRow>): Subtotal {
  return subtotalOf(
    table
      .getCoreRowModel()
      .rows.flatMap(({ original }) => (original.kind === 'total' ? [original.group] : [])),
  );
}

/**
 * The budget lines' columns, all shown: stream, category and amount say what a line is, and its
 * four quarters are what a split is for (dimmed for a line split evenly). Long names hold to two
 * lines so the quarters fit beside them on a laptop screen. Sorting is the page's
 * (budgetTableRows): the table only says which column and which way.
 */
export function budgetColumns(sfy: string) {
  const quarters = QUARTER_HEADINGS.map((heading, index) =>
    column.display({
      id: `q${index + 1}`,
      // Word joiners keep the months together when the heading takes two lines: "Q2" over
      // "(Oct–Dec)", never "(Oct–" over "Dec)".
      header: heading.replace('–', '\u2060–\u2060'),
      cell: ({ row: { original } }) => {
        const cents = formatMoney(figuresOf(original).quarters[index] ?? 0);
        return original.kind === 'line' && original.row.evenSplit ? (
          <span className="muted">{cents}</span>
        ) : (
          cents
        );
      },
      footer: ({ table }) => formatMoney(yearTotal(table).quarters[index] ?? 0),
      meta: { align: 'number' },
    }),
  );
  return column.columns([
    column.accessor(streamNameOf, {
      id: 'stream',
      header: 'Funding stream',
      cell: ({ row: { original } }) =>
        original.kind === 'line' ? (
          <>
            {original.row.streamName}
            {original.row.streamRetired && <span className="status-badge">Retired</span>}
          </>
        ) : (
          // Under its stream's lines "Total" says enough on screen; a screen reader hears whose.
          <>
            Total<span className="visually-hidden">, {original.group.streamName}</span>
          </>
        ),
      footer: () => (
        <>
          Total, <span className="nowrap">{sfy}</span>
        </>
      ),
      meta: { key: true, clip: true, width: 11 },
    }),
    column.accessor((row) => (row.kind === 'line' ? row.row.categoryName : ''), {
      id: 'category',
      header: 'Service category',
      cell: ({ row: { original } }) =>
        original.kind === 'line' && (
          <>
            {original.row.categoryName}
            {original.row.categoryRetired && <span className="status-badge">Retired</span>}
          </>
        ),
      meta: { key: true, clip: true, width: 9 },
    }),
    column.accessor((row) => figuresOf(row).amountCents, {
      id: 'amount',
      header: 'Amount',
      cell: ({ row: { original } }) =>
        original.kind === 'line' ? (
          <>
            {formatMoney(original.row.amountCents)}{' '}
            <span className="split-note">
              {original.row.evenSplit ? 'even split' : 'by quarter'}
            </span>
          </>
        ) : (
          formatMoney(original.group.amountCents)
        ),
      footer: ({ table }) => formatMoney(yearTotal(table).amountCents),
      meta: { key: true, align: 'number' },
    }),
    ...quarters,
    column.display({
      id: 'actions',
      header: 'Actions',
      cell: ({ row }) => row.original.actions,
      meta: { key: true },
    }),
  ]);
}
