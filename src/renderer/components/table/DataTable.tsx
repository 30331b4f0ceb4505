import type { ReactNode } from 'react';
import type { RowData } from '@tanstack/react-table';
import { TableScroll } from '../TableScroll';
import { ColumnChooser } from './ColumnChooser';
import { RowCells, TableFootRow, TableHeadRow } from './TableParts';
import type { DataTableModel } from './useDataTable';

/**
 * A data table that fits its box: sortable headers, the key column kept in view if it must scroll,
 * the less needed columns behind the column chooser, totals from the columns' footers.
 */
export function DataTable<R extends RowData>({
  table,
  caption,
  label,
  tableName,
  className,
  testId,
  rowClassName,
  captionHidden = false,
  empty,
}: {
  table: DataTableModel<R>;
  caption: ReactNode;
  /** The scrolling region's name. */
  label?: string;
  /** As in "Columns of the budget lines to show". */
  tableName: string;
  /** Beside "data-table", e.g. "budget-table". */
  className?: string;
  testId?: string;
  rowClassName?: (row: R) => string | undefined;
  captionHidden?: boolean;
  /** Shown instead of the table when it has no rows. */
  empty?: ReactNode;
}) {
  const rows = table.getRowModel().rows;
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  return (
    <div className="data-table-box">
      <ColumnChooser table={table} tableName={tableName} />
      <TableScroll label={label ?? (typeof caption === 'string' ? caption : tableName)}>
        <table
          className={className ? `data-table ${className}` : 'data-table'}
          data-testid={testId}
        >
          <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
          <thead>
            <TableHeadRow table={table} />
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className={rowClassName?.(row.original)}>
                <RowCells row={row} />
              </tr>
            ))}
          </tbody>
          <TableFootWhenAny table={table} />
        </table>
      </TableScroll>
    </div>
  );
}

function TableFootWhenAny<R extends RowData>({ table }: { table: DataTableModel<R> }) {
  const any = table.getAllLeafColumns().some((column) => column.columnDef.footer !== undefined);
  return any ? (
    <tfoot>
      <TableFootRow table={table} />
    </tfoot>
  ) : null;
}
