/** A county's evaluation logic model, read and saved whole; every save audited (before, after). */
import type Sqlite from 'better-sqlite3';
import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit';
import type { Db } from '../openDatabase';
import { nextVersion } from '../recordVersion';
import { logicModel } from '../schema';

export type LogicModelRow = typeof logicModel.$inferSelect;

export function findLogicModel(db: Db, countyId: number): LogicModelRow | undefined {
  return db.select().from(logicModel).where(eq(logicModel.countyId, countyId)).get();
}

export function saveLogicModel(
  workbench: { db: Db; sqlite: Sqlite.Database },
  change: { actor: string; countyId: number },
  items: unknown,
): LogicModelRow {
  const { db, sqlite } = workbench;
  return sqlite.transaction(() => {
    const before = findLogicModel(db, change.countyId);
    const itemsJson = JSON.stringify(items);
    // Saving the model unchanged changes nothing, so it leaves no audit event.
    if (before?.itemsJson === itemsJson) return before;
    const after = db
      .insert(logicModel)
      .values({ countyId: change.countyId, itemsJson })
      .onConflictDoUpdate({
        target: logicModel.countyId,
        set: {
          itemsJson,
          updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
          version: nextVersion(logicModel),
        },
      })
      .returning()
      .get();
    recordAudit(db, {
      ...change,
      entity: 'logic_model',
      entityId: String(change.countyId),
      action: before ? 'update' : 'create',
      before: before && JSON.parse(before.itemsJson),
      after: items,
    });
    return after;
  })();
}
