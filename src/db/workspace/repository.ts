import { asc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit';
import type { Db } from '../openDatabase';
import { county, workspaceSetting } from '../schema';

export type CountyRow = typeof county.$inferSelect;

export function listCounties(db: Db): CountyRow[] {
  return db.select().from(county).orderBy(asc(county.name)).all();
}

export function findCounty(db: Db, id: number): CountyRow | undefined {
  return db.select().from(county).where(eq(county.id, id)).get();
}

export function findCountyByFips(db: Db, fips: string): CountyRow | undefined {
  return db.select().from(county).where(eq(county.fips, fips)).get();
}

export function readSetting(db: Db, key: string): unknown {
  const row = db.select().from(workspaceSetting).where(eq(workspaceSetting.key, key)).get();
  return row === undefined ? undefined : (JSON.parse(row.valueJson) as unknown);
}

/** Writes a setting and its audit event in one transaction. */
export function writeSetting(db: Db, key: string, value: unknown, actor: string): void {
  db.transaction((tx) => {
    const before = readSetting(tx, key);
    const now = new Date().toISOString();
    tx.insert(workspaceSetting)
      .values({ key, valueJson: JSON.stringify(value), updatedAt: now })
      .onConflictDoUpdate({
        target: workspaceSetting.key,
        set: { valueJson: JSON.stringify(value), updatedAt: now },
      })
      .run();
    recordAudit(tx, {
      actor,
      countyId: null,
      entity: 'workspace_setting',
      entityId: key,
      action: before === undefined ? 'create' : 'update',
      before,
      after: value,
    });
  });
}
