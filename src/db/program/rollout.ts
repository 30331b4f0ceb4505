import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit';
import type { Db } from '../openDatabase';
import { nextVersion } from '../recordVersion';
import { recreated, type Restorer } from '../system/undo';
import { rolloutDependency, rolloutTask } from '../schema';

export type TaskRow = typeof rolloutTask.$inferSelect;
export type TaskValues = Omit<TaskRow, 'id' | 'countyId' | 'createdAt' | 'updatedAt' | 'version'>;
export interface TaskWithDependencies extends TaskRow {
  readonly dependsOn: number[];
}

export const ENTITY = 'rollout_task';

export function listTasks(db: Db, countyId: number): TaskWithDependencies[] {
  const tasks = db
    .select()
    .from(rolloutTask)
    .where(eq(rolloutTask.countyId, countyId))
    .orderBy(asc(rolloutTask.id))
    .all();
  const links = dependencyLinks(db, countyId);
  const byTask = new Map<number, number[]>(tasks.map((t) => [t.id, []]));
  for (const link of links) byTask.get(link.taskId)?.push(link.dependsOnId);
  return tasks.map((t) => ({ ...t, dependsOn: (byTask.get(t.id) ?? []).sort((a, b) => a - b) }));
}

/** Tasks of the county with these ids (others are ignored), with their dependencies. */
export function tasksByIds(
  db: Db,
  countyId: number,
  ids: readonly number[],
): TaskWithDependencies[] {
  if (ids.length === 0) return [];
  const tasks = db
    .select()
    .from(rolloutTask)
    .where(and(eq(rolloutTask.countyId, countyId), inArray(rolloutTask.id, [...ids])))
    .orderBy(asc(rolloutTask.id))
    .all();
  const links = db
    .select()
    .from(rolloutDependency)
    .where(inArray(rolloutDependency.taskId, [...ids]))
    .all();
  return tasks.map((t) => ({
    ...t,
    dependsOn: links
      .filter((l) => l.taskId === t.id)
      .map((l) => l.dependsOnId)
      .sort((a, b) => a - b),
  }));
}

/** Every "depends on" link of the county's plan: small, for loop checks on each save. */
export function dependencyLinks(db: Db, countyId: number) {
  return db
    .select({ taskId: rolloutDependency.taskId, dependsOnId: rolloutDependency.dependsOnId })
    .from(rolloutDependency)
    .innerJoin(rolloutTask, eq(rolloutTask.id, rolloutDependency.taskId))
    .where(eq(rolloutTask.countyId, countyId))
    .all();
}

/** Inserts (id null) or updates a task and replaces its dependencies, in one transaction. */
export function saveTask(
  db: Db,
  countyId: number,
  id: number | null,
  values: TaskValues,
  dependsOn: readonly number[],
  actor: string,
): TaskWithDependencies {
  return db.transaction((tx) => {
    const before = id === null ? undefined : tasksByIds(tx, countyId, [id])[0];
    const row =
      id === null
        ? tx
            .insert(rolloutTask)
            .values({ ...values, countyId })
            .returning()
            .get()
        : tx
            .update(rolloutTask)
            .set({
              ...values,
              updatedAt: new Date().toISOString(),
              version: nextVersion(rolloutTask),
            })
            .where(eq(rolloutTask.id, id))
            .returning()
            .get();
    tx.delete(rolloutDependency).where(eq(rolloutDependency.taskId, row.id)).run();
    for (const dependsOnId of dependsOn) {
      tx.insert(rolloutDependency).values({ taskId: row.id, dependsOnId }).run();
    }
    const after = { ...row, dependsOn: [...dependsOn].sort((a, b) => a - b) };
    recordAudit(tx, {
      actor,
      countyId,
      entity: ENTITY,
      entityId: String(row.id),
      action: before ? 'update' : 'create',
      before,
      after,
    });
    return after;
  });
}

export function deleteTask(db: Db, task: TaskWithDependencies, actor: string): void {
  db.transaction((tx) => {
    // The links of dependents vanish with the task (cascade); keep them so undo can restore them.
    const dependents = dependentsOf(tx, task.id).map((t) => t.id);
    tx.delete(rolloutTask).where(eq(rolloutTask.id, task.id)).run();
    recordAudit(tx, {
      actor,
      countyId: task.countyId,
      entity: ENTITY,
      entityId: String(task.id),
      action: 'delete',
      before: { ...task, dependents },
      after: undefined,
    });
  });
}

/** Undo for tasks: the row and the dependency links on both sides, as far as those tasks remain. */
export const restoreTask: Restorer = (tx, { entityId, before }) => {
  if (before === null) {
    tx.delete(rolloutTask).where(eq(rolloutTask.id, entityId)).run();
    return;
  }
  const { dependsOn, dependents, ...row } = before as unknown as TaskWithDependencies & {
    dependents?: number[];
  };
  const existing = tx
    .select({ id: rolloutTask.id })
    .from(rolloutTask)
    .where(eq(rolloutTask.countyId, row.countyId))
    .all();
  const remaining = new Set(existing.map((t) => t.id));
  if (remaining.has(entityId)) {
    tx.update(rolloutTask).set(row).where(eq(rolloutTask.id, entityId)).run();
  } else {
    tx.insert(rolloutTask)
      .values(recreated(row) as typeof row)
      .run();
  }
  tx.delete(rolloutDependency).where(eq(rolloutDependency.taskId, entityId)).run();
  const links = [
    ...dependsOn
      .filter((id) => remaining.has(id))
      .map((id) => ({ taskId: entityId, dependsOnId: id })),
    ...(dependents ?? [])
      .filter((id) => remaining.has(id))
      .map((id) => ({ taskId: id, dependsOnId: entityId })),
  ];
  if (links.length > 0) tx.insert(rolloutDependency).values(links).onConflictDoNothing().run();
};

/** Tasks (of any id list) that depend on the given one. */
export function dependentsOf(db: Db, taskId: number): TaskRow[] {
  const ids = db
    .select({ id: rolloutDependency.taskId })
    .from(rolloutDependency)
    .where(eq(rolloutDependency.dependsOnId, taskId));
  return db
    .select()
    .from(rolloutTask)
    .where(inArray(rolloutTask.id, ids))
    .orderBy(asc(rolloutTask.id))
    .all();
}
