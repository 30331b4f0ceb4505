/**
 * Insert-or-update and delete of one county's record, each with its audit event in the same
 * transaction (DESIGN.md, "Data rules"): the shape every editable table of the fiscal area shares.
 */
import { and, eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { recordAudit } from './audit';
import type { Db } from './openDatabase';
import { nextVersion } from './recordVersion';

export type CountyTable = SQLiteTable & {
  id: SQLiteColumn;
  countyId: SQLiteColumn;
  updatedAt: SQLiteColumn;
  version: SQLiteColumn;
};

export function findInCounty<T extends CountyTable>(
  db: Db,
  table: T,
  countyId: number,
  id: number,
): T['$inferSelect'] | undefined {
  return db
    .select()
    .from(table as SQLiteTable)
    .where(and(eq(table.id, id), eq(table.countyId, countyId)))
    .get() as T['$inferSelect'] | undefined;
}

export function saveAudited<T extends CountyTable>(
  db: Db,
  table: T,
  entity: string,
  record: { countyId: number; id: number | null; actor: string },
  values: Partial<T['$inferInsert']>,
): T['$inferSelect'] {
  const { countyId, id, actor } = record;
  return db.transaction((tx) => {
    // The handler checked the id; a row deleted since then fails here, and nothing is written.
    const before = id === null ? undefined : findInCounty(tx, table, countyId, id);
    if (id !== null && !before) throw new Error(`${entity} ${id} is not in county ${countyId}`);
    const row = (
      id === null
        ? tx
            .insert(table)
            .values({ ...values, countyId } as T['$inferInsert'])
            .returning()
            .get()
        : tx
            .update(table)
            .set({
              ...values,
              updatedAt: new Date().toISOString(),
              version: nextVersion(table),
            } as never)
            .where(and(eq(table.id, id), eq(table.countyId, countyId)))
            .returning()
            .get()
    ) as T['$inferSelect'];
    recordAudit(tx, {
      actor,
      countyId,
      entity,
      entityId: String((row as { id: number }).id),
      action: before ? 'update' : 'create',
      before,
      after: row,
    });
    return row;
  });
}

export function deleteAudited<T extends CountyTable>(
  db: Db,
  table: T,
  entity: string,
  row: T['$inferSelect'] & { id: number; countyId: number },
  actor: string,
): void {
  db.transaction((tx) => {
    tx.delete(table).where(eq(table.id, row.id)).run();
    recordAudit(tx, {
      actor,
      countyId: row.countyId,
      entity,
      entityId: String(row.id),
      action: 'delete',
      before: row,
      after: undefined,
    });
  });
}
