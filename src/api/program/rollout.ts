import {
  changeProblems,
  dueLists,
  findDependencyCycle,
  scheduleProblems,
  stageCompletion,
  type PlanTask,
  type Stage,
  type TaskStatus,
} from '../../core/program/rollout';
import { localIsoDate } from '../../core/isoDate';
import type { Db } from '../../db/openDatabase';
import * as repo from '../../db/program/rollout';
import type { HandlersFor, OutputOf, ServiceContext } from '../context';
import { Conflict, NotFound, ValidationError } from '../errors';
import type { rolloutContract } from './rollout.contract';
import { checkVersion } from '../recordVersion';
import { countyOrThrow } from '../county';

function asPlanTask(task: repo.TaskWithDependencies): PlanTask {
  return { ...task, stage: task.stage as Stage, status: task.status as TaskStatus };
}

/** The plan had no loop before; any loop now runs through the draft. */
function refuseLoop(db: Db, countyId: number, draft: PlanTask): void {
  const graph = new Map<number, number[]>([[draft.id, [...draft.dependsOn]]]);
  for (const link of repo.dependencyLinks(db, countyId)) {
    if (link.taskId === draft.id) continue;
    graph.set(link.taskId, [...(graph.get(link.taskId) ?? []), link.dependsOnId]);
    if (!graph.has(link.dependsOnId)) graph.set(link.dependsOnId, []);
  }
  const cycle = findDependencyCycle([...graph].map(([id, deps]) => ({ id, dependsOn: deps })));
  if (!cycle) return;
  const title = new Map(repo.tasksByIds(db, countyId, cycle).map((t) => [t.id, t.title]));
  title.set(draft.id, draft.title);
  // Read the loop from the task being edited: that is the one the user is looking at.
  const ring = cycle.slice(0, -1);
  const from = Math.max(0, ring.indexOf(draft.id));
  const loop = [...ring.slice(from), ...ring.slice(0, from), ring[from] ?? draft.id];
  const message = `These dependencies would make a loop: ${loop.map((n) => `“${title.get(n)}”`).join(' → ')}.`;
  throw new ValidationError(message, [{ path: 'dependsOn', message }]);
}

/** The county's plan as its page shows it; overdue and due soon as of `today` (null: now). */
export function rolloutPlan(
  ctx: ServiceContext,
  countyId: number,
  today: string | null,
): OutputOf<typeof rolloutContract, 'program.getPlan'> {
  countyOrThrow(ctx.workbench.db, countyId);
  const tasks = repo.listTasks(ctx.workbench.db, countyId);
  const plan = tasks.map(asPlanTask);
  const { overdue, dueSoon } = dueLists(plan, today ?? localIsoDate(new Date()));
  return {
    tasks,
    completion: stageCompletion(plan),
    overdue: overdue.map((t) => t.id),
    dueSoon: dueSoon.map((t) => t.id),
    warnings: scheduleProblems(plan)
      .filter((p) => p.severity === 'warning')
      .map(({ taskId, message }) => ({ taskId, message })),
  };
}

export const rolloutHandlers: HandlersFor<typeof rolloutContract> = {
  'program.getPlan': ({ countyId, today }, ctx) => rolloutPlan(ctx, countyId, today),

  'program.saveTask': ({ countyId, id, version, dependsOn, confirmWarnings, ...values }, ctx) => {
    const { db } = ctx.workbench;
    countyOrThrow(db, countyId);
    const before = id === null ? undefined : repo.tasksByIds(db, countyId, [id])[0];
    if (id !== null && !before) {
      throw new NotFound(`This county's plan has no task with id ${id}.`);
    }
    if (before)
      checkVersion(db, {
        what: 'task',
        entity: repo.ENTITY,
        id: before.id,
        expected: version,
        stored: before,
      });
    if (
      values.componentId &&
      !ctx.content.catalog.components.some((c) => c.id === values.componentId)
    ) {
      const message = `“${values.componentId}” is not a component of the catalog.`;
      throw new ValidationError(message, [{ path: 'componentId', message }]);
    }
    // Only the draft's neighbourhood is read, so saving stays fast in a plan of thousands.
    const draft: PlanTask = { id: id ?? 0, ...values, stage: values.stage as Stage, dependsOn };
    const neighbours = repo.tasksByIds(db, countyId, [...dependsOn, ...(before?.dependsOn ?? [])]);
    const dependents =
      id === null ? [] : repo.dependentsOf(db, id).map((t) => ({ ...t, dependsOn: [] }));
    const { errors, warnings } = changeProblems(
      draft,
      before && asPlanTask(before),
      neighbours.map(asPlanTask),
      dependents.map(asPlanTask),
    );
    if (errors.length > 0) {
      throw new ValidationError(
        errors.map((p) => p.message).join(' '),
        errors.map((p) => ({ path: p.field, message: p.message })),
      );
    }
    // Nothing depends on a task not saved yet, so only a change can close a loop.
    if (id !== null) refuseLoop(db, countyId, draft);
    if (warnings.length > 0 && !confirmWarnings) {
      throw new Conflict(
        `Nothing was saved yet. ${warnings.map((w) => w.message).join(' ')} Save anyway?`,
      );
    }
    return repo.saveTask(
      db,
      countyId,
      id,
      { ...values, stage: values.stage as Stage },
      dependsOn,
      ctx.actor,
    );
  },

  'program.deleteTask': ({ countyId, id, confirmDependents }, ctx) => {
    countyOrThrow(ctx.workbench.db, countyId);
    const [task] = repo.tasksByIds(ctx.workbench.db, countyId, [id]);
    if (!task) throw new NotFound(`This county's plan has no task with id ${id}.`);
    const dependents = repo.dependentsOf(ctx.workbench.db, id);
    if (dependents.length > 0 && !confirmDependents) {
      throw new Conflict(
        `Nothing was deleted: ${dependents.map((t) => `“${t.title}”`).join(', ')} ${dependents.length === 1 ? 'depends' : 'depend'} on “${task.title}”. Delete it anyway?`,
      );
    }
    repo.deleteTask(ctx.workbench.db, task, ctx.actor);
    return { deleted: true };
  },
};
