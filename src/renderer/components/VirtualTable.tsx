import { useMemo, type Key, type ReactNode } from 'react';
import type { RowData } from '@tanstack/react-table';
import { TableScroll } from './TableScroll';
import { ColumnChooser } from './table/ColumnChooser';
import { RowCells, TableHeadRow } from './table/TableParts';
import { columnsOf, type ColumnLook } from './table/tableFeatures';
import { useDataTable } from './table/useDataTable';
import { useFixedRows } from './useFixedRows';

/**
 * Every row is this many rem high: matched by the row heights of .worklist-table,
 * .family-records-table and .families-table (pages/cocase/worklists.css and familyRecords.css,
 * pages/matching/matching.css).
 */
const ROW_REM = 1.875;

interface ColumnBase<R> {
  readonly label: string;
  /** In rem, on every column or none: fixed, so columns keep their widths as rows scroll by. */
  readonly width?: number;
  /** "number" or "date", as in the other data tables: on the header and the cells. */
  readonly className?: 'number' | 'date';
  /** Starts hidden, offered in the column chooser. */
  readonly optional?: boolean;
  readonly cell: (row: R) => ReactNode;
}

/** A column sorted by its key from its header, or (sorts: false) one with a plain header. */
export type TableColumn<R, K extends string> = ColumnBase<R> &
  ({ readonly key: K; readonly sorts?: true } | { readonly key: string; readonly sorts: false });

export interface TableSort<K extends string> {
  readonly key: K;
  readonly descending: boolean;
}

/** The shared table model's columns for a long list: the first is the key column. */
function modelColumns<R extends RowData>(columns: readonly TableColumn<R, string>[]) {
  const helper = columnsOf<R>();
  return columns.map((column, index) => {
    const look: ColumnLook = {
      key: index === 0,
      align: column.className,
      width: column.width,
      optional: column.optional,
    };
    // The rows come sorted by the page's view; the accessor only makes the header sortable.
    return helper.accessor(() => null, {
      id: column.key,
      header: column.label,
      cell: ({ row }) => column.cell(row.original),
      enableSorting: column.sorts !== false,
      meta: look,
    });
  });
}

/**
 * A long table, one screenful of rows in the page at a time, sortable by its columns (the caller
 * sorts: `rows` come in the order `sort` says). The first column heads its row; aria-rowcount and
 * aria-rowindex tell screen readers where they are in the whole list.
 */
export function VirtualTable<R extends RowData, K extends string>({
  caption,
  label = caption,
  className,
  tableClassName,
  testId,
  rows,
  columns,
  rowKey,
  viewKey,
  sort,
  onSort,
}: {
  caption: string;
  /** The scrolling region's name, when not the caption. */
  label?: string;
  /** The wrapper's class, e.g. "worklist". */
  className: string;
  /** The table's own class beside "data-table sticky-head", e.g. "worklist-table". */
  tableClassName: string;
  testId?: string;
  rows: readonly R[];
  // K is taken from the sort alone: a plain column's key is any string.
  columns: readonly TableColumn<R, NoInfer<K>>[];
  rowKey: (row: R) => Key;
  /** Changes with the filters and sort: the table goes back to its top. */
  viewKey: string;
  sort: TableSort<K>;
  onSort: (sort: TableSort<K>) => void;
}) {
  const defined = useMemo(() => modelColumns<R>(columns), [columns]);
  const table = useDataTable({
    name: testId ?? tableClassName,
    columns: defined,
    data: rows,
    rowId: (row) => String(rowKey(row)),
    sorting: {
      ordered: [{ id: sort.key, desc: sort.descending }],
      onSort: ([next]) => {
        if (next) onSort({ key: next.id as K, descending: next.desc });
      },
    },
  });
  const shown = table.getRowModel().rows;
  const { scroller, items, above, below } = useFixedRows({
    count: shown.length,
    rowRem: ROW_REM,
    viewKey,
    columns: table.getVisibleLeafColumns().length,
  });
  const sized = columns.every((column) => column.width !== undefined);
  const width = table
    .getVisibleLeafColumns()
    .reduce((sum, column) => sum + (column.columnDef.meta?.width ?? 0), 0);

  return (
    <div className={className}>
      <ColumnChooser table={table} tableName={`the ${caption.toLowerCase()} table`} />
      <TableScroll label={label} ref={scroller} tall>
        <table
          className={`data-table sticky-head ${tableClassName}`}
          data-testid={testId}
          aria-rowcount={shown.length + 1}
          style={sized ? { width: `${width}rem` } : undefined}
        >
          <caption>{caption}</caption>
          <thead>
            <TableHeadRow table={table} rowIndex={1} />
          </thead>
          <tbody>
            {above}
            {items.map((item) => {
              const row = shown[item.index];
              if (!row) return null;
              return (
                <tr key={row.id} aria-rowindex={item.index + 2}>
                  <RowCells row={row} />
                </tr>
              );
            })}
            {below}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
