import { asc, eq } from 'drizzle-orm';
import type { FiscalReference } from '../../core/fiscal/reference';
import { saveAudited } from '../audited';
import type { Db } from '../openDatabase';
import { fundingStream, serviceCategory } from '../schema';

export type StreamRow = typeof fundingStream.$inferSelect;
export type CategoryRow = typeof serviceCategory.$inferSelect;
export type StreamValues = Pick<
  StreamRow,
  'name' | 'sourceProgram' | 'level' | 'claimable' | 'generalFund' | 'activeSfysJson'
>;

/** A county's first look at the fiscal area gives it the shipped streams and categories. */
export function ensureReference(db: Db, countyId: number, reference: FiscalReference): void {
  const any = db
    .select({ id: fundingStream.id })
    .from(fundingStream)
    .where(eq(fundingStream.countyId, countyId))
    .limit(1)
    .get();
  if (any) return;
  db.transaction((tx) => {
    for (const stream of reference.streams) {
      tx.insert(fundingStream)
        .values({ ...stream, countyId })
        .run();
    }
    for (const name of reference.categories) {
      tx.insert(serviceCategory).values({ countyId, name }).run();
    }
  });
}

export function listStreams(db: Db, countyId: number): StreamRow[] {
  return db
    .select()
    .from(fundingStream)
    .where(eq(fundingStream.countyId, countyId))
    .orderBy(asc(fundingStream.id))
    .all();
}

export function listCategories(db: Db, countyId: number): CategoryRow[] {
  return db
    .select()
    .from(serviceCategory)
    .where(eq(serviceCategory.countyId, countyId))
    .orderBy(asc(serviceCategory.id))
    .all();
}

export function saveStream(
  db: Db,
  record: { countyId: number; id: number | null; actor: string },
  values: StreamValues & { retired?: boolean },
): StreamRow {
  return saveAudited(db, fundingStream, 'funding_stream', record, values);
}

export function saveCategory(
  db: Db,
  record: { countyId: number; id: number | null; actor: string },
  values: { name: string; retired?: boolean },
): CategoryRow {
  return saveAudited(db, serviceCategory, 'service_category', record, values);
}
