import { asc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from './audit';
import type { Db } from './openDatabase';
import { rolloutDependency, rolloutTask } from './schema';

export type TaskRow = typeof rolloutTask.$inferSelect;
export type TaskValues = Omit<TaskRow, 'id' | 'countyId' | 'createdAt' | 'updatedAt'>;
export interface TaskWithDependencies extends TaskRow {
  readonly dependsOn: number[];
}

const ENTITY = 'rollout_task';

export function listTasks(db: Db, countyId: number): TaskWithDependencies[] {
  const tasks = db
    .select()
    .from(rolloutTask)
    .where(eq(rolloutTask.countyId, countyId))
    .orderBy(asc(rolloutTask.id))
    .all();
  const links = db
    .select({ taskId: rolloutDependency.taskId, dependsOnId: rolloutDependency.dependsOnId })
    .from(rolloutDependency)
    .innerJoin(rolloutTask, eq(rolloutTask.id, rolloutDependency.taskId))
    .where(eq(rolloutTask.countyId, countyId))
    .all();
  const byTask = new Map<number, number[]>(tasks.map((t) => [t.id, []]));
  for (const link of links) byTask.get(link.taskId)?.push(link.dependsOnId);
  return tasks.map((t) => ({ ...t, dependsOn: (byTask.get(t.id) ?? []).sort((a, b) => a - b) }));
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
    const before = id === null ? undefined : listTasks(tx, countyId).find((t) => t.id === id);
    const row =
      id === null
        ? tx
            .insert(rolloutTask)
            .values({ ...values, countyId })
            .returning()
            .get()
        : tx
            .update(rolloutTask)
            .set({ ...values, updatedAt: new Date().toISOString() })
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
    tx.delete(rolloutTask).where(eq(rolloutTask.id, task.id)).run();
    recordAudit(tx, {
      actor,
      countyId: task.countyId,
      entity: ENTITY,
      entityId: String(task.id),
      action: 'delete',
      before: task,
      after: undefined,
    });
  });
}

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
