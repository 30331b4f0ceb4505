import { useMemo, useState } from 'react';
import type { RolloutTask } from '../../../api/program/rollout.contract';
import { localIsoDate } from '../../../core/isoDate';
import { STAGES } from '../../../core/program/rollout';
import { reportError } from '../../alerts';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { useConfirm } from '../../components/ConfirmDialog';
import { PageHeading } from '../../components/PageHeading';
import { UndoButton } from '../../components/UndoButton';
import { hrefOf } from '../../navigation';
import { formatDate } from '../../components/format';
import { ExportProgramButton } from './ExportProgramButton';
import { PlanTimeline } from './PlanTimeline';
import { filterTasks, NO_FILTER, stageLabel, STATUS_TEXT, type PlanFilter } from './planView';
import { returnFocus } from '../../components/formFocus';
import { TaskForm } from './TaskForm';
import { withConfirmation } from './taskDraft';
import { TaskTable } from './TaskTable';

export function RolloutPlanPage() {
  const workspace = useApi('workspace.get', {});
  const county = workspace.data?.county;
  return (
    <>
      <p className="breadcrumb">
        <a href={hrefOf('program')}>Program model</a>
      </p>
      <PageHeading>Rollout plan</PageHeading>
      <p className="lead">
        The tasks that install Linkages, by road-map step and implementation stage, with what is
        overdue and what is due in the next 30 days.
      </p>
      {workspace.isSuccess && !county && (
        <p className="notice">Choose your county at the top of the window to see its plan.</p>
      )}
      {county && <ExportProgramButton countyId={county.id} />}
      {county && <CountyPlan countyId={county.id} />}
    </>
  );
}

function CountyPlan({ countyId }: { countyId: number }) {
  const today = localIsoDate(new Date());
  const plan = useApi('program.getPlan', { countyId, today });
  const { confirm, dialog } = useConfirm();
  const [filter, setFilter] = useState<PlanFilter>(NO_FILTER);
  const [editing, setEditing] = useState<RolloutTask | null>(null);
  const [outcome, setOutcome] = useState('');
  // Kept between renders so the table and timeline sort and scale only when these change.
  const shown = useMemo(
    () => (plan.data ? filterTasks(plan.data.tasks, filter) : []),
    [plan.data, filter],
  );
  const overdue = useMemo(() => new Set(plan.data?.overdue), [plan.data]);
  if (!plan.data) return <p>{plan.isPending ? 'Loading the plan…' : ''}</p>;
  const byId = new Map(plan.data.tasks.map((t) => [t.id, t]));
  const list = (ids: readonly number[]) =>
    ids.map((id) => byId.get(id)).filter((t) => t !== undefined);

  function deleteTask(task: RolloutTask): void {
    void confirm(
      'Delete this task?',
      <p>“{task.title}” will be removed from the plan. Undo brings it back.</p>,
      'Delete task',
    )
      .then((sure) =>
        sure
          ? withConfirmation(
              (confirmDependents) =>
                invoke('program.deleteTask', { countyId, id: task.id, confirmDependents }),
              (message) => confirm('Other tasks depend on it', <p>{message}</p>, 'Delete anyway'),
            )
          : null,
      )
      .then(async (deleted) => {
        if (!deleted) return;
        if (editing?.id === task.id) setEditing(null);
        setOutcome(`Deleted “${task.title}”.`);
      })
      .catch(reportError);
  }

  return (
    <>
      <section aria-labelledby="completion-heading">
        <h2 id="completion-heading">Completion by stage</h2>
        <ul className="completion">
          {plan.data.completion.map((c) => (
            <li key={c.stage}>
              <span className="completion__label">{stageLabel(c.stage)}</span>
              <progress
                max={100}
                value={c.percent}
                aria-label={`${stageLabel(c.stage)} completion`}
              />{' '}
              {c.percent}% ({c.done} of {c.total} tasks)
            </li>
          ))}
        </ul>
      </section>
      <div className="two-columns">
        <DueList title="Overdue" tasks={list(plan.data.overdue)} empty="Nothing is overdue." />
        <DueList
          title="Due in the next 30 days"
          tasks={list(plan.data.dueSoon)}
          empty="Nothing is due soon."
        />
      </div>
      {plan.data.warnings.length > 0 && (
        <section aria-labelledby="warnings-heading" className="notice">
          <h2 id="warnings-heading">Dates that break a dependency</h2>
          <ul>
            {plan.data.warnings.slice(0, LIST_LIMIT).map((w) => (
              <li key={`${w.taskId}-${w.message}`}>{w.message}</li>
            ))}
          </ul>
          {plan.data.warnings.length > LIST_LIMIT &&
            `And ${plan.data.warnings.length - LIST_LIMIT} more.`}
        </section>
      )}
      <section aria-labelledby="tasks-heading">
        <h2 id="tasks-heading">Tasks ({plan.data.tasks.length})</h2>
        <div className="toolbar">
          <UndoButton countyId={countyId} scope="plan" onUndone={() => setEditing(null)} />
          <span role="status">{outcome}</span>
        </div>
        <FilterBar filter={filter} onChange={setFilter} shown={shown.length} />
        <h3>Timeline</h3>
        <PlanTimeline tasks={shown} today={today} overdue={overdue} />
        <h3>Table</h3>
        <TaskTable
          tasks={shown}
          titleOf={(id) => byId.get(id)?.title ?? `task ${id}`}
          onEdit={(task) => {
            setOutcome('');
            setEditing(task);
          }}
          onDelete={deleteTask}
        />
      </section>
      <TaskForm
        key={editing?.id ?? 'new'}
        countyId={countyId}
        tasks={plan.data.tasks}
        editing={editing}
        onDone={(message) => {
          setEditing(null);
          setOutcome(message);
          // Back to the table the edit started from (its row may have scrolled out of the page).
          returnFocus(document.getElementById('task-table-region'));
        }}
        confirm={confirm}
      />
      {dialog}
    </>
  );
}

const LIST_LIMIT = 20;

function FilterBar({
  filter,
  onChange,
  shown,
}: {
  filter: PlanFilter;
  onChange: (filter: PlanFilter) => void;
  shown: number;
}) {
  const set = (change: Partial<PlanFilter>) => onChange({ ...filter, ...change });
  return (
    <div className="filters" role="search" aria-label="Filter the tasks">
      <label htmlFor="task-filter-stage">Stage</label>
      <select
        id="task-filter-stage"
        value={filter.stage}
        onChange={(e) => set({ stage: e.target.value })}
      >
        <option value="">All stages</option>
        {STAGES.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
      <label htmlFor="task-filter-status">Status</label>
      <select
        id="task-filter-status"
        value={filter.status}
        onChange={(e) => set({ status: e.target.value })}
      >
        <option value="">Any status</option>
        {Object.entries(STATUS_TEXT).map(([id, label]) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor="task-filter-text">Title or owner contains</label>
      <input
        id="task-filter-text"
        type="search"
        value={filter.text}
        onChange={(e) => set({ text: e.target.value })}
      />
      <span aria-live="polite">{shown} shown</span>
    </div>
  );
}

function DueList({ title, tasks, empty }: { title: string; tasks: RolloutTask[]; empty: string }) {
  const id = title.replace(/\W+/g, '-').toLowerCase();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {tasks.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul data-testid={id}>
          {tasks.slice(0, LIST_LIMIT).map((t) => (
            <li key={t.id}>
              {t.title} — due {t.dueDate ? formatDate(t.dueDate) : '?'}
              {t.ownerRole && ` (${t.ownerRole})`}
            </li>
          ))}
          {tasks.length > LIST_LIMIT && <li>And {tasks.length - LIST_LIMIT} more.</li>}
        </ul>
      )}
    </section>
  );
}
