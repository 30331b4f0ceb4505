/**
 * Rules of the rollout plan (pure): the Program Design Road Map's steps, the implementation stages,
 * dependency cycles, schedule checks, stage completion and what is due. Dates are ISO strings,
 * which compare correctly as text.
 */
import { parseIsoDate, type IsoDate } from '../isoDate';

export const ROADMAP_STEPS = [
  { id: 'team', label: 'Set up an implementation team' },
  { id: 'business', label: 'Make Linkages the way of doing business' },
  { id: 'families', label: 'Decide which families to serve' },
  { id: 'program-type', label: 'Choose the type of program' },
  { id: 'clear-the-way', label: 'Clear the way for collaboration' },
  { id: 'policies', label: 'Set policies and procedures' },
  { id: 'resources', label: 'Line up resources' },
] as const;
export type RoadmapStep = (typeof ROADMAP_STEPS)[number]['id'];

export const STAGES = [
  { id: 'exploration', label: 'Exploration' },
  { id: 'installation', label: 'Installation' },
  { id: 'initial', label: 'Initial implementation' },
  { id: 'full', label: 'Full implementation' },
] as const;
export type Stage = (typeof STAGES)[number]['id'];

export type TaskStatus = 'not-started' | 'in-progress' | 'done' | 'blocked';

/** In the order a task moves through them; tables sort by this order, not alphabetically. */
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  blocked: 'Blocked',
  done: 'Done',
};

export interface PlanTask {
  readonly id: number;
  readonly title: string;
  readonly stage: Stage;
  readonly startDate: string | null;
  readonly dueDate: string | null;
  readonly status: TaskStatus;
  readonly dependsOn: readonly number[];
}

/**
 * A dependency cycle as the ids around it (first id repeated at the end), or null. Iterative, so a
 * plan of thousands of chained tasks cannot overflow the stack.
 */
export function findDependencyCycle(
  tasks: readonly Pick<PlanTask, 'id' | 'dependsOn'>[],
): number[] | null {
  const dependsOn = new Map(tasks.map((t) => [t.id, t.dependsOn]));
  const state = new Map<number, 'visiting' | 'done'>();
  for (const task of tasks) {
    if (state.has(task.id)) continue;
    const path: number[] = [];
    const stack: { id: number; next: number }[] = [{ id: task.id, next: 0 }];
    state.set(task.id, 'visiting');
    path.push(task.id);
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) break;
      const deps = dependsOn.get(top.id) ?? [];
      if (top.next >= deps.length) {
        state.set(top.id, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const dep = deps[top.next++];
      if (dep === undefined || !dependsOn.has(dep)) continue;
      const seen = state.get(dep);
      if (seen === 'visiting') return [...path.slice(path.indexOf(dep)), dep];
      if (seen === undefined) {
        state.set(dep, 'visiting');
        path.push(dep);
        stack.push({ id: dep, next: 0 });
      }
    }
  }
  return null;
}

export interface ScheduleProblem {
  readonly taskId: number;
  /** "dueDate" for the task's own dates, "dependsOn" for a dependency. */
  readonly field: 'dueDate' | 'dependsOn';
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** For a dependency problem: the task depended on. */
  readonly dependsOnId?: number;
}

/** Errors refuse a change; warnings are shown before it is saved (a broken dependency). */
export function scheduleProblems(tasks: readonly PlanTask[]): ScheduleProblem[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const problems: ScheduleProblem[] = [];
  for (const task of tasks) {
    if (task.startDate && task.dueDate && task.dueDate < task.startDate) {
      problems.push({
        taskId: task.id,
        field: 'dueDate',
        severity: 'error',
        message: `“${task.title}” is due (${task.dueDate}) before it starts (${task.startDate}).`,
      });
    }
    for (const depId of task.dependsOn) {
      const dep = byId.get(depId);
      if (depId === task.id) {
        problems.push({
          taskId: task.id,
          field: 'dependsOn',
          severity: 'error',
          dependsOnId: depId,
          message: `“${task.title}” cannot depend on itself.`,
        });
      } else if (!dep) {
        problems.push({
          taskId: task.id,
          field: 'dependsOn',
          severity: 'error',
          dependsOnId: depId,
          message: `“${task.title}” depends on task ${depId}, which is not in the plan.`,
        });
      } else if (task.startDate && dep.dueDate && task.startDate < dep.dueDate) {
        problems.push({
          taskId: task.id,
          field: 'dependsOn',
          severity: 'warning',
          dependsOnId: depId,
          message: `“${task.title}” starts ${task.startDate}, before “${dep.title}”, which it depends on, is due (${dep.dueDate}).`,
        });
      }
    }
  }
  return problems;
}

/**
 * What saving `draft` would bring: its own errors, and the dependency warnings — on the draft or on
 * the tasks depending on it — that the plan does not already have (asked about once, not on every
 * later save). `neighbours` holds the tasks the draft depends on, now or before the change.
 */
export function changeProblems(
  draft: PlanTask,
  before: PlanTask | undefined,
  neighbours: readonly PlanTask[],
  dependents: readonly PlanTask[],
): { errors: ScheduleProblem[]; warnings: ScheduleProblem[] } {
  const around = (task: PlanTask) => [
    task,
    ...neighbours.filter((n) => n.id !== task.id).map((n) => ({ ...n, dependsOn: [] })),
    ...dependents.map((d) => ({ ...d, dependsOn: [task.id] })),
  ];
  const concerns = (task: PlanTask) => (p: ScheduleProblem) =>
    p.taskId === task.id || p.dependsOnId === task.id;
  const pair = (p: ScheduleProblem) => `${p.taskId}>${p.dependsOnId ?? ''}`;
  const broken = new Set(
    before ? scheduleProblems(around(before)).filter(concerns(before)).map(pair) : [],
  );
  const problems = scheduleProblems(around(draft)).filter(concerns(draft));
  return {
    errors: problems.filter((p) => p.severity === 'error' && p.taskId === draft.id),
    warnings: problems.filter((p) => p.severity === 'warning' && !broken.has(pair(p))),
  };
}

export interface StageCompletion {
  readonly stage: Stage;
  readonly done: number;
  readonly total: number;
  /** Whole percent, rounded down: a stage shows 100 only when every task is done. */
  readonly percent: number;
}

export function stageCompletion(tasks: readonly PlanTask[]): StageCompletion[] {
  return STAGES.map(({ id }) => {
    const inStage = tasks.filter((t) => t.stage === id);
    const done = inStage.filter((t) => t.status === 'done').length;
    return {
      stage: id,
      done,
      total: inStage.length,
      percent: inStage.length === 0 ? 0 : Math.floor((done * 100) / inStage.length),
    };
  });
}

export const DUE_SOON_DAYS = 30;

function addDays(date: IsoDate | string, days: number): string {
  const { year, month, day } = parseIsoDate(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Open tasks past their due date, and those due from today through the next 30 days. */
export function dueLists(tasks: readonly PlanTask[], today: IsoDate | string) {
  const horizon = addDays(today, DUE_SOON_DAYS);
  const open = tasks.filter((t) => t.status !== 'done' && t.dueDate !== null);
  const byDue = (a: PlanTask, b: PlanTask) =>
    (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.id - b.id;
  return {
    overdue: open.filter((t) => (t.dueDate ?? '') < today).sort(byDue),
    dueSoon: open
      .filter((t) => (t.dueDate ?? '') >= today && (t.dueDate ?? '') <= horizon)
      .sort(byDue),
  };
}
