import { createContext, use } from 'react';
import type { RolloutTask } from '../../../api/program/rollout.contract';
import { STAGES, TASK_STATUS_LABELS } from '../../../core/program/rollout';
import { formatDate } from '../../components/format';
import { columnsOf } from '../../components/table/tableFeatures';
import { stageLabel, STATUS_TEXT } from './planView';

/** What a row's cells need from the page when they are drawn or pressed. */
export interface TaskRowActions {
  titleOf: (id: number) => string;
  onEdit: (task: RolloutTask) => void;
  onDelete: (task: RolloutTask) => void;
}

/**
 * The page's current handlers and task names, given by the table around the cells: the columns
 * stay one module constant, yet "Depends on" shows a renamed task's new name on the next render.
 */
export const TaskRowContext = createContext<TaskRowActions>({
  titleOf: (id) => `task ${id}`,
  onEdit: () => undefined,
  onDelete: () => undefined,
});

function DependsOn({ task }: { task: RolloutTask }) {
  const { titleOf } = use(TaskRowContext);
  return task.dependsOn.map(titleOf).join(', ') || '–';
}

function TaskActions({ task }: { task: RolloutTask }) {
  const { onEdit, onDelete } = use(TaskRowContext);
  return (
    <span className="actions">
      <button type="button" className="link" onClick={() => onEdit(task)}>
        Edit<span className="visually-hidden"> {task.title}</span>
      </button>
      <button type="button" className="link danger" onClick={() => onDelete(task)}>
        Delete<span className="visually-hidden"> {task.title}</span>
      </button>
    </span>
  );
}

const stageOrder = new Map<string, number>(STAGES.map((s, i) => [s.id, i]));
const statusOrder = new Map<string, number>(Object.keys(TASK_STATUS_LABELS).map((s, i) => [s, i]));
const collator = new Intl.Collator('en-US', { sensitivity: 'base', numeric: true });

const column = columnsOf<RolloutTask>();

/** Stages and statuses sort in the plan's order (Exploration before Installation), not A–Z. */
const inOrder = (order: Map<string, number>, value: string) => order.get(value) ?? order.size;

/**
 * The task, its due date and the actions on it are what a person needs to read and keep a plan, so
 * they always show (the task stays in view if the table scrolls). What a task depends on is a list
 * of other tasks' names, too long to sit beside the rest on a laptop without cutting every name to a
 * word: it waits in the column chooser (a task's Edit form and the dependency warnings name them).
 * Tasks without a date sort last either way.
 */
export const TASK_COLUMNS = column.columns([
  column.accessor('title', {
    header: 'Task',
    sortFn: (a, b) => collator.compare(a.original.title, b.original.title),
    meta: { key: true, clip: true, width: 16 },
  }),
  column.accessor((t) => inOrder(stageOrder, t.stage), {
    id: 'stage',
    header: 'Stage',
    cell: ({ row }) => stageLabel(row.original.stage),
    sortFn: 'basic',
  }),
  column.accessor((t) => t.startDate ?? undefined, {
    id: 'startDate',
    header: 'Start',
    cell: ({ getValue }) => {
      const date = getValue();
      return date ? formatDate(date) : '–';
    },
    // ISO dates compare as text.
    sortFn: 'basic',
    sortUndefined: 'last',
    meta: { align: 'date' },
  }),
  column.accessor((t) => t.dueDate ?? undefined, {
    id: 'dueDate',
    header: 'Due',
    cell: ({ getValue }) => {
      const date = getValue();
      return date ? formatDate(date) : '–';
    },
    sortFn: 'basic',
    sortUndefined: 'last',
    meta: { key: true, align: 'date' },
  }),
  column.accessor((t) => inOrder(statusOrder, t.status), {
    id: 'status',
    header: 'Status',
    cell: ({ row }) => STATUS_TEXT[row.original.status],
    sortFn: 'basic',
  }),
  column.display({
    id: 'dependsOn',
    header: 'Depends on',
    cell: ({ row }) => <DependsOn task={row.original} />,
    meta: { clip: true, optional: true },
  }),
  column.display({
    id: 'actions',
    header: 'Actions',
    cell: ({ row }) => <TaskActions task={row.original} />,
    meta: { key: true },
  }),
]);
