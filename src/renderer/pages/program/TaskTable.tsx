import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import type { RolloutTask } from '../../../api/program/rollout.contract';
import { TableScroll } from '../../components/TableScroll';
import { ColumnChooser } from '../../components/table/ColumnChooser';
import { RowCells, TableHeadRow } from '../../components/table/TableParts';
import { useDataTable, type DataTableModel } from '../../components/table/useDataTable';
import { TASK_COLUMNS, TaskRowContext, type TaskRowActions } from './taskColumns';

/**
 * Up to this many tasks the table holds every row and the page scrolls, as for any short table. A
 * longer plan (a state template, thousands of tasks) scrolls inside its own box with only the rows
 * in view in the page.
 */
const LONG_PLAN = 150;
const REGION_ID = 'task-table-region';

type TaskRow = ReturnType<DataTableModel<RolloutTask>['getRowModel']>['rows'][number];

/**
 * The plan's tasks, sortable by any column, due date first. aria-rowcount and aria-rowindex tell
 * screen readers where a row is in the whole, which matters once only some rows are in the page.
 */
export function TaskTable({
  tasks,
  titleOf,
  onEdit,
  onDelete,
}: {
  tasks: readonly RolloutTask[];
  titleOf: (id: number) => string;
  onEdit: (task: RolloutTask) => void;
  onDelete: (task: RolloutTask) => void;
}) {
  const table = useDataTable({
    name: 'program.tasks',
    columns: TASK_COLUMNS,
    data: tasks,
    rowId: (t) => String(t.id),
    sorting: { initial: [{ id: 'dueDate', desc: false }] },
  });
  // Sorted once per change of the tasks or the order (the model memoizes), not per scroll frame.
  const rows = table.getRowModel().rows;
  const long = rows.length > LONG_PLAN;
  const actions: TaskRowActions = { titleOf, onEdit, onDelete };
  return (
    <TaskRowContext value={actions}>
      <div className="data-table-box">
        <ColumnChooser table={table} tableName="the plan's tasks" />
        {long ? (
          <LongTaskTable table={table} rows={rows} />
        ) : (
          <TableScroll label="Tasks of the rollout plan" id={REGION_ID}>
            <TaskTableFrame table={table} count={rows.length}>
              {rows.map((row, index) => (
                <tr key={row.id} aria-rowindex={index + 2}>
                  <RowCells row={row} />
                </tr>
              ))}
            </TaskTableFrame>
          </TableScroll>
        )}
      </div>
    </TaskRowContext>
  );
}

function TaskTableFrame({
  table,
  count,
  sticky = false,
  children,
}: {
  table: DataTableModel<RolloutTask>;
  count: number;
  sticky?: boolean;
  children: ReactNode;
}) {
  return (
    <table
      className={sticky ? 'data-table sticky-head task-table' : 'data-table task-table'}
      data-testid="task-table"
      aria-rowcount={count + 1}
    >
      <caption className="visually-hidden">
        Tasks of the rollout plan, sortable by each column
      </caption>
      <thead>
        <TableHeadRow table={table} rowIndex={1} />
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** A long plan: only the rows in view (and a few either side) are in the page. */
function LongTaskTable({
  table,
  rows,
}: {
  table: DataTableModel<RolloutTask>;
  rows: readonly TaskRow[];
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 42,
    overscan: 10,
    // Measured heights follow the task, not the position, when the order changes.
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const columnCount = table.getVisibleLeafColumns().length;
  const spacer = (height: number, key: string) =>
    height > 0 && (
      <tr key={key} aria-hidden="true" className="spacer">
        <td colSpan={columnCount} style={{ height }} />
      </tr>
    );
  return (
    <TableScroll label="Tasks of the rollout plan" ref={scroller} id={REGION_ID} tall>
      <TaskTableFrame table={table} count={rows.length} sticky>
        {spacer(top, 'top')}
        {items.map((item) => {
          const row = rows[item.index];
          return (
            row && (
              <tr
                key={row.id}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-rowindex={item.index + 2}
              >
                <RowCells row={row} />
              </tr>
            )
          );
        })}
        {spacer(bottom, 'bottom')}
      </TaskTableFrame>
    </TableScroll>
  );
}
