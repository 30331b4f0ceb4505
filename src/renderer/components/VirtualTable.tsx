import type { Key, ReactNode } from 'react';
import { TableScroll } from './TableScroll';
import { SortHeader, useFixedRows } from './useFixedRows';

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
  readonly className?: string;
  readonly cell: (row: R) => ReactNode;
}

/** A column sorted by its key from its header, or (sorts: false) one with a plain header. */
export type TableColumn<R, K extends string> = ColumnBase<R> &
  ({ readonly key: K; readonly sorts?: true } | { readonly key: string; readonly sorts: false });

export interface TableSort<K extends string> {
  readonly key: K;
  readonly descending: boolean;
}

/**
 * A long table, one screenful of rows in the page at a time, sortable by its columns. The first
 * column heads its row; aria-rowcount and aria-rowindex tell screen readers where they are in the
 * whole list.
 */
export function VirtualTable<R, K extends string>({
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
  const { scroller, items, above, below } = useFixedRows({
    count: rows.length,
    rowRem: ROW_REM,
    viewKey,
    columns: columns.length,
  });
  const sized = columns.every((column) => column.width !== undefined);
  const width = columns.reduce((sum, column) => sum + (column.width ?? 0), 0);

  return (
    <div className={className}>
      <TableScroll label={label} ref={scroller} tall>
        <table
          className={`data-table sticky-head ${tableClassName}`}
          data-testid={testId}
          aria-rowcount={rows.length + 1}
          style={sized ? { width: `${width}rem` } : undefined}
        >
          <caption>{caption}</caption>
          {sized && (
            <colgroup>
              {columns.map((column) => (
                <col key={column.key} style={{ width: `${column.width}rem` }} />
              ))}
            </colgroup>
          )}
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((column) =>
                column.sorts === false ? (
                  <th key={column.key} scope="col" className={column.className}>
                    {column.label}
                  </th>
                ) : (
                  <SortHeader
                    key={column.key}
                    column={column.key}
                    label={column.label}
                    sort={sort}
                    onSort={onSort}
                    className={column.className}
                  />
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {above}
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              return (
                <tr key={rowKey(row)} aria-rowindex={item.index + 2}>
                  {columns.map((column, index) =>
                    index === 0 ? (
                      <th key={column.key} scope="row" className={column.className}>
                        {column.cell(row)}
                      </th>
                    ) : (
                      <td key={column.key} className={column.className}>
                        {column.cell(row)}
                      </td>
                    ),
                  )}
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
