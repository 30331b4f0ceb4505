import { and, asc, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit';
import type { Db } from '../openDatabase';
import { nextVersion } from '../recordVersion';
import type { Restorer } from '../system/undo';
import { programComponent, programComponentStatus } from '../schema';

export type ModelComponentRow = typeof programComponent.$inferSelect;
export type StatusChangeRow = typeof programComponentStatus.$inferSelect;
export type ComponentDetails = Pick<
  ModelComponentRow,
  'status' | 'leadProgram' | 'startDate' | 'targetPopulation' | 'notes'
>;

export const ENTITY = 'program_component';

export function listModel(db: Db, countyId: number): ModelComponentRow[] {
  return db
    .select()
    .from(programComponent)
    .where(eq(programComponent.countyId, countyId))
    .orderBy(asc(programComponent.id))
    .all();
}

export function findModelComponent(
  db: Db,
  countyId: number,
  componentId: string,
): ModelComponentRow | undefined {
  return db
    .select()
    .from(programComponent)
    .where(
      and(eq(programComponent.countyId, countyId), eq(programComponent.componentId, componentId)),
    )
    .get();
}

export function statusHistory(db: Db, countyId: number): StatusChangeRow[] {
  return db
    .select()
    .from(programComponentStatus)
    .where(eq(programComponentStatus.countyId, countyId))
    .orderBy(asc(programComponentStatus.changedAt), asc(programComponentStatus.id))
    .all();
}

/** Adds components with their first status in one transaction; each leaves history and audit. */
export function addModelComponents(
  db: Db,
  countyId: number,
  additions: readonly (Pick<ModelComponentRow, 'componentId' | 'status' | 'leadProgram'> &
    Partial<ComponentDetails> & { reason: string })[],
  actor: string,
): ModelComponentRow[] {
  return db.transaction((tx) =>
    additions.map(({ reason, ...values }) => {
      const row = tx
        .insert(programComponent)
        .values({ ...values, countyId })
        .returning()
        .get();
      tx.insert(programComponentStatus)
        .values({ programComponentId: row.id, countyId, status: row.status, actor, reason })
        .run();
      recordAudit(tx, {
        actor,
        countyId,
        entity: ENTITY,
        entityId: String(row.id),
        action: 'create',
        before: undefined,
        after: row,
      });
      return row;
    }),
  );
}

/** Changes a component's details; a new status is also written to its history. */
export function updateModelComponent(
  db: Db,
  row: ModelComponentRow,
  details: ComponentDetails,
  reason: string,
  actor: string,
): ModelComponentRow {
  return db.transaction((tx) => {
    const updated = tx
      .update(programComponent)
      .set({
        ...details,
        updatedAt: new Date().toISOString(),
        version: nextVersion(programComponent),
      })
      .where(eq(programComponent.id, row.id))
      .returning()
      .get();
    if (updated.status !== row.status) {
      tx.insert(programComponentStatus)
        .values({
          programComponentId: row.id,
          countyId: row.countyId,
          status: updated.status,
          actor,
          reason,
        })
        .run();
    }
    recordAudit(tx, {
      actor,
      countyId: row.countyId,
      entity: ENTITY,
      entityId: String(row.id),
      action: 'update',
      before: row,
      after: updated,
    });
    return updated;
  });
}

/**
 * Undo for model components: the row as it was, and, when the change was a status change, the
 * history entry it added (history records what happened, and the undone change did not stand).
 */
export const restoreModelComponent: Restorer = (tx, { entityId, before, after }) => {
  if (before === null) {
    tx.delete(programComponent).where(eq(programComponent.id, entityId)).run();
    return;
  }
  tx.update(programComponent)
    .set(before as ModelComponentRow)
    .where(eq(programComponent.id, entityId))
    .run();
  if (after && after.status !== before.status) {
    const added = tx
      .select({ id: programComponentStatus.id })
      .from(programComponentStatus)
      .where(eq(programComponentStatus.programComponentId, entityId))
      .orderBy(desc(programComponentStatus.id))
      .limit(1)
      .get();
    if (added)
      tx.delete(programComponentStatus).where(eq(programComponentStatus.id, added.id)).run();
  }
};
