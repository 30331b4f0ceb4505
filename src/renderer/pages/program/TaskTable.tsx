import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import type { RolloutTask } from '../../../api/program/rollout.contract';
import { STAGES, TASK_STATUS_LABELS } from '../../../core/program/rollout';
import { TableScroll } from '../../components/TableScroll';
import { formatDate } from '../../components/format';
import { stageLabel, STATUS_TEXT } from './planView';

type SortKey = 'title' | 'stage' | 'startDate' | 'dueDate' | 'status';
const COLUMNS = 7;
const stageOrder = new Map<string, number>(STAGES.map((s, i) => [s.id, i]));
const statusOrder = new Map<string, number>(Object.keys(TASK_STATUS_LABELS).map((s, i) => [s, i]));
const collator = new Intl.Collator('en-US', { sensitivity: 'base', numeric: true });

function compareBy(key: SortKey) {
  return (a: RolloutTask, b: RolloutTask): number => {
    if (key === 'stage') return (stageOrder.get(a.stage) ?? 9) - (stageOrder.get(b.stage) ?? 9);
    if (key === 'status')
      return (statusOrder.get(a.status) ?? 9) - (statusOrder.get(b.status) ?? 9);
    if (key === 'title') return collator.compare(a.title, b.title);
    // Dates: ISO strings compare as text; tasks without one go last.
    return (a[key] ?? '\uffff').localeCompare(b[key] ?? '\uffff');
  };
}

/**
 * The plan's tasks, sortable by any column. Only the rows in view are in the page (a plan may hold
 * thousands); aria-rowcount and aria-rowindex tell screen readers where they are.
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
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'dueDate',
    descending: false,
  });
  const scroller = useRef<HTMLDivElement>(null);
  // Sorting 5,000 rows once per change, not on every scroll frame.
  const rows = useMemo(() => {
    const compare = compareBy(sort.key);
    return [...tasks].sort((a, b) => {
      const order = compare(a, b) || a.id - b.id;
      return sort.descending ? -order : order;
    });
  }, [tasks, sort]);
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

  const header = (key: SortKey, label: string) => (
    <th
      scope="col"
      aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined}
    >
      <button
        type="button"
        className="sort"
        onClick={() => setSort({ key, descending: sort.key === key ? !sort.descending : false })}
      >
        {label}
      </button>
    </th>
  );
  const spacer = (height: number, key: string) =>
    height > 0 && (
      <tr key={key} aria-hidden="true" className="spacer">
        <td colSpan={COLUMNS} style={{ height }} />
      </tr>
    );

  return (
    <TableScroll label="Tasks of the rollout plan" ref={scroller} id="task-table-region" tall>
      <table
        className="data-table sticky-head"
        data-testid="task-table"
        aria-rowcount={rows.length + 1}
      >
        <thead>
          <tr aria-rowindex={1}>
            {header('title', 'Task')}
            {header('stage', 'Stage')}
            {header('startDate', 'Start')}
            {header('dueDate', 'Due')}
            {header('status', 'Status')}
            <th scope="col">Depends on</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {spacer(top, 'top')}
          {items.map((item) => {
            const t = rows[item.index];
            if (!t) return null;
            return (
              <tr
                key={t.id}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-rowindex={item.index + 2}
              >
                <th scope="row">{t.title}</th>
                <td>{stageLabel(t.stage)}</td>
                <td className="date">{t.startDate ? formatDate(t.startDate) : '–'}</td>
                <td className="date">{t.dueDate ? formatDate(t.dueDate) : '–'}</td>
                <td>{STATUS_TEXT[t.status]}</td>
                <td>{t.dependsOn.map(titleOf).join(', ') || '–'}</td>
                <td>
                  <span className="actions">
                    <button type="button" className="link" onClick={() => onEdit(t)}>
                      Edit<span className="visually-hidden"> {t.title}</span>
                    </button>
                    <button type="button" className="link danger" onClick={() => onDelete(t)}>
                      Delete<span className="visually-hidden"> {t.title}</span>
                    </button>
                  </span>
                </td>
              </tr>
            );
          })}
          {spacer(bottom, 'bottom')}
        </tbody>
      </table>
    </TableScroll>
  );
}
