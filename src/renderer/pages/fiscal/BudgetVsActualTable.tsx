import { useMemo } from 'react';
import type { FundingStreamView, ServiceCategoryView } from '../../../api/fiscal/contract';
import type { FiscalSummary } from '../../../api/fiscal/summary.contract';
import { formatMoney, formatShare, nameOf } from '../../components/countyAndYear';
import { DataTable } from '../../components/table/DataTable';
import { columnsOf } from '../../components/table/tableFeatures';
import { useDataTable } from '../../components/table/useDataTable';

type BudgetVsActual = FiscalSummary['budgetVsActual'];
type BudgetVsActualRow = BudgetVsActual['rows'][number];

const column = columnsOf<BudgetVsActualRow>();
const money = ({ getValue }: { getValue: () => number }) => formatMoney(getValue());

/**
 * Stream, budget, spent and variance answer "is this line on budget?" and always show; category
 * and share spent fit beside them on a laptop. Spending per quarter (four more money columns, and
 * drawn in the chart below) waits in the column chooser. The footer is the "All streams" total.
 */
function budgetVsActualColumns(
  total: BudgetVsActual['total'],
  streams: readonly FundingStreamView[],
  categories: readonly ServiceCategoryView[],
) {
  const quarters = total.quarters.map((figures, index) =>
    column.accessor((row) => row.quarters[index]?.actualCents ?? 0, {
      id: `q${figures.quarter}`,
      header: `Q${figures.quarter} spent`,
      cell: ({ getValue }) => formatMoney(getValue()),
      footer: () => formatMoney(figures.actualCents),
      meta: { align: 'number', optional: true },
    }),
  );
  return column.columns([
    column.accessor((row) => nameOf(streams, row.streamId), {
      id: 'stream',
      header: 'Funding stream',
      footer: 'All streams',
      meta: { key: true, clip: true, width: 12 },
    }),
    column.accessor((row) => nameOf(categories, row.categoryId), {
      id: 'category',
      header: 'Category',
      cell: ({ row, getValue }) => (
        <>
          {getValue()}
          {row.original.unbudgeted && <span className="badge"> no budget</span>}
        </>
      ),
      meta: { clip: true, width: 11 },
    }),
    column.accessor('budgetCents', {
      id: 'budget',
      header: 'Budget',
      cell: money,
      footer: () => formatMoney(total.budgetCents),
      meta: { key: true, align: 'number' },
    }),
    column.accessor('actualCents', {
      id: 'spent',
      header: 'Spent',
      cell: money,
      footer: () => formatMoney(total.actualCents),
      meta: { key: true, align: 'number' },
    }),
    column.accessor('varianceCents', {
      id: 'variance',
      header: 'Variance',
      cell: money,
      footer: () => formatMoney(total.varianceCents),
      meta: { key: true, align: 'number' },
    }),
    column.accessor((row) => row.percentSpent ?? -1, {
      id: 'percentSpent',
      header: 'Spent %',
      cell: ({ row }) => formatShare(row.original.percentSpent),
      footer: () => formatShare(total.percentSpent),
      meta: { align: 'number' },
    }),
    ...quarters,
  ]);
}

/** Every budget line of the year (and spending with no budget), in the service's order until sorted. */
export function BudgetVsActualTable({
  summary,
  streams,
  categories,
}: {
  summary: FiscalSummary;
  streams: readonly FundingStreamView[];
  categories: readonly ServiceCategoryView[];
}) {
  const { rows, total } = summary.budgetVsActual;
  const columns = useMemo(
    () => budgetVsActualColumns(total, streams, categories),
    [total, streams, categories],
  );
  const table = useDataTable({
    name: 'fiscal.budgetVsActual',
    columns,
    data: rows,
    rowId: (row) => `${row.streamId}-${row.categoryId}`,
    sorting: { initial: [] },
  });
  return (
    <DataTable
      table={table}
      caption="By funding stream and service category"
      label="Budget vs actual by stream and category"
      tableName="budget vs actual"
      className="budget-vs-actual"
      testId="budget-vs-actual"
    />
  );
}
