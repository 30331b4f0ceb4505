import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from './audit';
import type { Db } from './openDatabase';
import { trainingSession } from './schema';

export type TrainingSessionRow = typeof trainingSession.$inferSelect;
export type TrainingSessionValues = Omit<
  TrainingSessionRow,
  'id' | 'countyId' | 'createdAt' | 'updatedAt'
>;

const ENTITY = 'training_session';

/** In the order they were held (the county/date index serves it). */
export function listTrainings(db: Db, countyId: number): TrainingSessionRow[] {
  return db
    .select()
    .from(trainingSession)
    .where(eq(trainingSession.countyId, countyId))
    .orderBy(asc(trainingSession.heldOn), asc(trainingSession.id))
    .all();
}

export function findTraining(db: Db, countyId: number, id: number): TrainingSessionRow | undefined {
  return db
    .select()
    .from(trainingSession)
    .where(and(eq(trainingSession.countyId, countyId), eq(trainingSession.id, id)))
    .get();
}

/** Inserts (id null) or updates a session; the audit event holds the rows before and after. */
export function saveTraining(
  db: Db,
  countyId: number,
  id: number | null,
  values: TrainingSessionValues,
  actor: string,
): TrainingSessionRow {
  return db.transaction((tx) => {
    // The handler checked the id; a row deleted since then fails here, and nothing is written.
    const before = id === null ? undefined : findTraining(tx, countyId, id);
    if (id !== null && !before) {
      throw new Error(`training_session ${id} is not in county ${countyId}`);
    }
    const row =
      id === null
        ? tx
            .insert(trainingSession)
            .values({ ...values, countyId })
            .returning()
            .get()
        : tx
            .update(trainingSession)
            .set({ ...values, updatedAt: new Date().toISOString() })
            .where(and(eq(trainingSession.countyId, countyId), eq(trainingSession.id, id)))
            .returning()
            .get();
    recordAudit(tx, {
      actor,
      countyId,
      entity: ENTITY,
      entityId: String(row.id),
      action: before ? 'update' : 'create',
      before,
      after: row,
    });
    return row;
  });
}

export function deleteTraining(db: Db, session: TrainingSessionRow, actor: string): void {
  db.transaction((tx) => {
    tx.delete(trainingSession).where(eq(trainingSession.id, session.id)).run();
    recordAudit(tx, {
      actor,
      countyId: session.countyId,
      entity: ENTITY,
      entityId: String(session.id),
      action: 'delete',
      before: session,
      after: undefined,
    });
  });
}
