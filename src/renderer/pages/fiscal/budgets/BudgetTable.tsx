import { useMemo, useState } from 'react';
import type { SortingState } from '@tanstack/react-table';
import type { BudgetLine } from '../../../../api/fiscal/contract';
import { DataTable } from '../../../components/table/DataTable';
import { useDataTable } from '../../../components/table/useDataTable';
import { budgetColumns, LineActions, type ShownBudgetRow } from './budgetColumns';
import {
  budgetTableRows,
  type BudgetOrder,
  type BudgetRow,
  type StreamGroup,
} from './budgetGroups';

// The form labels its quarter fields as the table heads its quarter columns.
export { QUARTER_HEADINGS } from './budgetColumns';

const BY_STREAM: SortingState = [{ id: 'stream', desc: false }];

/**
 * The SFY's budget lines under their stream, each stream with its total, and the grand total.
 * Sorting orders the lines within each stream, and the streams by the same measure (their total
 * for Amount), so a stream's lines and its total stay together.
 */
export function BudgetTable({
  groups,
  sfy,
  onEdit,
  onDelete,
}: {
  groups: readonly StreamGroup[];
  sfy: string;
  onEdit: (line: BudgetLine) => void;
  onDelete: (row: BudgetRow) => void;
}) {
  const columns = useMemo(() => budgetColumns(sfy), [sfy]);
  const [sorting, setSorting] = useState(BY_STREAM);
  const rows = budgetTableRows(groups, (sorting[0] ?? BY_STREAM[0]) as BudgetOrder).map(
    (row): ShownBudgetRow =>
      row.kind === 'line'
        ? { ...row, actions: <LineActions row={row.row} onEdit={onEdit} onDelete={onDelete} /> }
        : row,
  );
  const table = useDataTable({
    name: 'fiscal.budgetLines',
    columns,
    data: rows,
    rowId: (row) =>
      row.kind === 'line' ? `line-${row.row.line.id}` : `total-${row.group.streamId}`,
    // The rows come ordered by budgetTableRows, which keeps each stream's total under its lines.
    sorting: { ordered: sorting, onSort: setSorting },
  });
  return (
    <DataTable
      table={table}
      caption={`Budget lines for ${sfy}, by funding stream`}
      captionHidden
      label={`Budget lines for ${sfy}`}
      tableName="the budget lines"
      className="budget-table"
      testId="budget-table"
      rowClassName={(row) => (row.kind === 'total' ? 'subtotal' : undefined)}
    />
  );
}
