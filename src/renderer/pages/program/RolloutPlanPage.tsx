import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { RolloutTask } from '../../../api/rollout.contract';
import { STAGES } from '../../../core/program/rollout';
import { reportError } from '../../alerts';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { useConfirm } from '../../components/ConfirmDialog';
import { PageHeading } from '../../components/PageHeading';
import { TableScroll } from '../../components/TableScroll';
import { hrefOf } from '../../navigation';
import { formatDate } from '../readiness/format';
import { NewTaskForm, STATUS_TEXT, withConfirmation } from './NewTaskForm';

const stageLabel = (id: string) => STAGES.find((s) => s.id === id)?.label ?? id;

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
      {county && <CountyPlan countyId={county.id} />}
    </>
  );
}

function CountyPlan({ countyId }: { countyId: number }) {
  const plan = useApi('program.getPlan', { countyId, today: null });
  const { confirm, dialog } = useConfirm();
  if (!plan.data) return <p>{plan.isPending ? 'Loading the plan…' : ''}</p>;
  const byId = new Map(plan.data.tasks.map((t) => [t.id, t]));
  const list = (ids: readonly number[]) =>
    ids.map((id) => byId.get(id)).filter((t) => t !== undefined);
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
            {plan.data.warnings.map((w) => (
              <li key={`${w.taskId}-${w.message}`}>{w.message}</li>
            ))}
          </ul>
        </section>
      )}
      <TaskTable countyId={countyId} tasks={plan.data.tasks} confirm={confirm} />
      <NewTaskForm countyId={countyId} tasks={plan.data.tasks} confirm={confirm} />
      {dialog}
    </>
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
          {tasks.map((t) => (
            <li key={t.id}>
              {t.title} — due {t.dueDate ? formatDate(t.dueDate) : '?'}
              {t.ownerRole && ` (${t.ownerRole})`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type SortKey = 'title' | 'stage' | 'startDate' | 'dueDate' | 'status';

function TaskTable({
  countyId,
  tasks,
  confirm,
}: {
  countyId: number;
  tasks: readonly RolloutTask[];
  confirm: ReturnType<typeof useConfirm>['confirm'];
}) {
  const queryClient = useQueryClient();
  const [stage, setStage] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'dueDate',
    descending: false,
  });
  const stageOrder = new Map<string, number>(STAGES.map((s, i) => [s.id, i]));
  const value = (t: RolloutTask): string | number =>
    sort.key === 'stage' ? (stageOrder.get(t.stage) ?? 9) : (t[sort.key] ?? '\uffff');
  const rows = tasks
    .filter((t) => stage === '' || t.stage === stage)
    .sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const order = x < y ? -1 : x > y ? 1 : a.id - b.id;
      return sort.descending ? -order : order;
    });
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

  function deleteTask(task: RolloutTask): void {
    void confirm(
      'Delete this task?',
      <p>“{task.title}” will be removed from the plan.</p>,
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
      .then(() => queryClient.invalidateQueries({ queryKey: ['program.getPlan'] }))
      .catch(reportError);
  }

  return (
    <section aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">Tasks ({tasks.length})</h2>
      <div className="form form--inline">
        <label htmlFor="task-filter-stage">Show stage</label>
        <select id="task-filter-stage" value={stage} onChange={(e) => setStage(e.target.value)}>
          <option value="">All stages</option>
          {STAGES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <TableScroll label="Tasks of the rollout plan">
        <table className="data-table" data-testid="task-table">
          <thead>
            <tr>
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
            {rows.map((t) => (
              <tr key={t.id}>
                <th scope="row">{t.title}</th>
                <td>{stageLabel(t.stage)}</td>
                <td>{t.startDate ? formatDate(t.startDate) : '–'}</td>
                <td>{t.dueDate ? formatDate(t.dueDate) : '–'}</td>
                <td>{STATUS_TEXT[t.status]}</td>
                <td>
                  {t.dependsOn.map((id) => tasks.find((x) => x.id === id)?.title).join(', ') || '–'}
                </td>
                <td>
                  <button type="button" className="link danger" onClick={() => deleteTask(t)}>
                    Delete<span className="visually-hidden"> {t.title}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
