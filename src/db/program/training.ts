import { asc, eq } from 'drizzle-orm';
import { deleteAudited, findInCounty, saveAudited } from '../audited';
import type { Db } from '../openDatabase';
import { trainingSession } from '../schema';

export type TrainingSessionRow = typeof trainingSession.$inferSelect;
export type TrainingSessionValues = Omit<
  TrainingSessionRow,
  'id' | 'countyId' | 'createdAt' | 'updatedAt' | 'version'
>;

export const ENTITY = 'training_session';

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
  return findInCounty(db, trainingSession, countyId, id);
}

/** Inserts (id null) or updates; the audit event holds the rows before and after. */
export function saveTraining(
  db: Db,
  countyId: number,
  id: number | null,
  values: TrainingSessionValues,
  actor: string,
): TrainingSessionRow {
  return saveAudited(db, trainingSession, ENTITY, { countyId, id, actor }, values);
}

export function deleteTraining(db: Db, session: TrainingSessionRow, actor: string): void {
  deleteAudited(db, trainingSession, ENTITY, session, actor);
}
