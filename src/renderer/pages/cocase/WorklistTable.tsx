import type { ReactNode } from 'react';
import { TableScroll } from '../../components/TableScroll';
import { SortHeader, useFixedRows } from '../../components/useFixedRows';
import type { CaseRow, WorklistSort } from './worklistsView';

/** Matched by the row height of .worklist-table in styles.css. */
const ROW_REM = 1.875;

export interface WorklistColumn<R, K extends string> {
  readonly key: K;
  readonly label: string;
  /** In rem. Fixed, so columns keep their widths as other rows scroll into view. */
  readonly width: number;
  /** "number" or "date", as in the other data tables. */
  readonly className?: string;
  readonly cell: (row: R) => ReactNode;
}

/**
 * One worklist, one screenful of rows in the page at a time, sortable by every column. The first
 * column heads its row; aria-rowcount and aria-rowindex tell screen readers where they are.
 */
export function WorklistTable<R extends CaseRow, K extends string>({
  caption,
  rows,
  columns,
  rowKey,
  viewKey,
  sort,
  onSort,
}: {
  caption: string;
  rows: readonly R[];
  columns: readonly WorklistColumn<R, K>[];
  rowKey: (row: R) => number;
  /** Changes with the filters and sort: the table goes back to its top. */
  viewKey: string;
  sort: WorklistSort<K>;
  onSort: (sort: WorklistSort<K>) => void;
}) {
  const { scroller, items, above, below } = useFixedRows({
    count: rows.length,
    rowRem: ROW_REM,
    viewKey,
    columns: columns.length,
  });
  const width = columns.reduce((sum, column) => sum + column.width, 0);

  return (
    <div className="worklist">
      <TableScroll label={caption} ref={scroller} tall>
        <table
          className="data-table sticky-head worklist-table"
          aria-rowcount={rows.length + 1}
          style={{ width: `${width}rem` }}
        >
          <caption>{caption}</caption>
          <colgroup>
            {columns.map((column) => (
              <col key={column.key} style={{ width: `${column.width}rem` }} />
            ))}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((column) => (
                <SortHeader
                  key={column.key}
                  column={column.key}
                  label={column.label}
                  sort={sort}
                  onSort={onSort}
                  className={column.className}
                />
              ))}
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
