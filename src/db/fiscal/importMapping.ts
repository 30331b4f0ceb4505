import { and, eq } from 'drizzle-orm';
import type { Db } from '../openDatabase';
import { importMapping } from '../schema';

/** The column mapping the county last imported with, offered again next time. */
export function savedMapping(db: Db, countyId: number, kind: string): unknown {
  const row = db
    .select()
    .from(importMapping)
    .where(and(eq(importMapping.countyId, countyId), eq(importMapping.kind, kind)))
    .get();
  return row ? (JSON.parse(row.mappingJson) as unknown) : null;
}

export function rememberMapping(db: Db, countyId: number, kind: string, mapping: unknown): void {
  const values = {
    countyId,
    kind,
    mappingJson: JSON.stringify(mapping),
    updatedAt: new Date().toISOString(),
  };
  db.insert(importMapping)
    .values(values)
    .onConflictDoUpdate({
      target: [importMapping.countyId, importMapping.kind],
      set: { mappingJson: values.mappingJson, updatedAt: values.updatedAt },
    })
    .run();
}
