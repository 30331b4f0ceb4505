/**
 * Named extract layouts: column mappings a county saved under a name. Saves and deletes are
 * audited with the record's version, like every editable record.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { deleteAudited, findInCounty, saveAudited } from '../audited';
import type { Db } from '../openDatabase';
import { matchLayout } from './schema';

export type MatchLayoutRow = typeof matchLayout.$inferSelect;

const ENTITY = 'match_layout';

export function listLayouts(db: Db, countyId: number, side?: string): MatchLayoutRow[] {
  return db
    .select()
    .from(matchLayout)
    .where(
      side === undefined
        ? eq(matchLayout.countyId, countyId)
        : and(eq(matchLayout.countyId, countyId), eq(matchLayout.side, side)),
    )
    .orderBy(asc(matchLayout.side), asc(sql`lower(${matchLayout.name})`))
    .all();
}

export const findLayout = (db: Db, countyId: number, id: number): MatchLayoutRow | undefined =>
  findInCounty(db, matchLayout, countyId, id);

/** The county's layout of that side with this name, whatever its letter case. */
export function layoutNamed(
  db: Db,
  countyId: number,
  side: string,
  name: string,
): MatchLayoutRow | undefined {
  return db
    .select()
    .from(matchLayout)
    .where(
      and(
        eq(matchLayout.countyId, countyId),
        eq(matchLayout.side, side),
        sql`lower(${matchLayout.name}) = lower(${name})`,
      ),
    )
    .get();
}

export function saveLayout(
  db: Db,
  record: { countyId: number; id: number | null; actor: string },
  values: { side: string; name: string; mappingJson: string },
): MatchLayoutRow {
  const by =
    record.id === null
      ? { createdBy: record.actor, updatedBy: record.actor }
      : { updatedBy: record.actor };
  return saveAudited(db, matchLayout, ENTITY, record, { ...values, ...by });
}

export function deleteLayout(db: Db, row: MatchLayoutRow, actor: string): void {
  deleteAudited(db, matchLayout, ENTITY, row, actor);
}
