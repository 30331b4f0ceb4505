import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../openDatabase';
import { county, rollup, rollupPackage } from '../schema';

export type RollupRow = typeof rollup.$inferSelect;
export type RollupPackageRow = typeof rollupPackage.$inferSelect;

export function listRollups(db: Db) {
  return db
    .select({
      id: rollup.id,
      name: rollup.name,
      sfyStartYear: rollup.sfyStartYear,
      updatedAt: rollup.updatedAt,
      counties: count(rollupPackage.id),
    })
    .from(rollup)
    .leftJoin(rollupPackage, eq(rollupPackage.rollupId, rollup.id))
    .groupBy(rollup.id)
    .orderBy(asc(rollup.name))
    .all();
}

export function findRollup(db: Db, id: number): RollupRow | undefined {
  return db.select().from(rollup).where(eq(rollup.id, id)).get();
}

export function findRollupByName(db: Db, name: string): RollupRow | undefined {
  return db
    .select()
    .from(rollup)
    .where(sql`${rollup.name} = ${name} COLLATE NOCASE`)
    .get();
}

export function createRollup(db: Db, name: string, sfyStartYear: number): RollupRow {
  return db.insert(rollup).values({ name, sfyStartYear }).returning().get();
}

export function deleteRollup(db: Db, id: number): void {
  db.transaction((tx) => {
    tx.delete(rollupPackage).where(eq(rollupPackage.rollupId, id)).run();
    tx.delete(rollup).where(eq(rollup.id, id)).run();
  });
}

export function packagesOf(db: Db, rollupId: number): RollupPackageRow[] {
  return db
    .select()
    .from(rollupPackage)
    .where(eq(rollupPackage.rollupId, rollupId))
    .orderBy(asc(rollupPackage.countyId))
    .all();
}

export function packageOf(db: Db, rollupId: number, countyId: number) {
  return db
    .select()
    .from(rollupPackage)
    .where(and(eq(rollupPackage.rollupId, rollupId), eq(rollupPackage.countyId, countyId)))
    .get();
}

/** Stores a county's package in a roll-up, in place of the one it had when `replace` is set. */
export function storePackage(
  db: Db,
  values: Omit<typeof rollupPackage.$inferInsert, 'id' | 'addedAt'>,
  replace: boolean,
): void {
  db.transaction((tx) => {
    if (replace) {
      tx.delete(rollupPackage)
        .where(
          and(
            eq(rollupPackage.rollupId, values.rollupId),
            eq(rollupPackage.countyId, values.countyId),
          ),
        )
        .run();
    }
    tx.insert(rollupPackage).values(values).run();
    tx.update(rollup)
      .set({ updatedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))` })
      .where(eq(rollup.id, values.rollupId))
      .run();
  });
}

export function removePackage(db: Db, rollupId: number, countyId: number): boolean {
  const removed = db
    .delete(rollupPackage)
    .where(and(eq(rollupPackage.rollupId, rollupId), eq(rollupPackage.countyId, countyId)))
    .run();
  return removed.changes > 0;
}

export function countiesByFips(db: Db) {
  return new Map(
    db
      .select()
      .from(county)
      .all()
      .map((c) => [c.fips, c]),
  );
}
