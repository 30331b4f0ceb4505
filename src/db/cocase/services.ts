/**
 * Services a mutual family received, and the ledger rows that may be them: spending whose family
 * reference is one of the family's case numbers, not yet linked to a service.
 */
import type Sqlite from 'better-sqlite3';
import { and, asc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { auditedSave } from './plans';
import type { Db } from '../openDatabase';
import { nextVersion } from '../recordVersion';
import { familyService, ledgerEntry } from '../schema';

export type FamilyServiceRow = typeof familyService.$inferSelect;
export type ServiceValues = Omit<
  typeof familyService.$inferInsert,
  'id' | 'createdAt' | 'updatedAt' | 'version'
>;

/**
 * A family's services, oldest first. A linked one shows its ledger row's figures as they are now,
 * so an edit of the row in the ledger shows here too; the copy kept on the service stands only once
 * the row is deleted (the link is then cleared).
 */
export function familyServices(db: Db, familyId: number): FamilyServiceRow[] {
  const live = <T>(fromLedger: SQLiteColumn, kept: SQLiteColumn) =>
    sql<T>`coalesce(${fromLedger}, ${kept})`;
  const date = live<string>(ledgerEntry.date, familyService.date);
  return db
    .select({
      ...getTableColumns(familyService),
      date,
      categoryId: live<number>(ledgerEntry.categoryId, familyService.categoryId),
      streamId: live<number>(ledgerEntry.streamId, familyService.streamId),
      amountCents: live<number>(ledgerEntry.amountCents, familyService.amountCents),
    })
    .from(familyService)
    .leftJoin(ledgerEntry, eq(ledgerEntry.id, familyService.ledgerEntryId))
    .where(eq(familyService.familyId, familyId))
    .orderBy(asc(date), asc(familyService.id))
    .all();
}

/** The service as stored (its own figures, not its ledger row's), if it is the family's. */
export function findService(db: Db, familyId: number, serviceId: number) {
  return db
    .select()
    .from(familyService)
    .where(and(eq(familyService.id, serviceId), eq(familyService.familyId, familyId)))
    .get();
}

export function findLedgerEntry(db: Db, entryId: number) {
  return db.select().from(ledgerEntry).where(eq(ledgerEntry.id, entryId)).get();
}

/** The service already linked to a ledger row, if any. */
export function serviceOfLedgerEntry(db: Db, entryId: number) {
  return db.select().from(familyService).where(eq(familyService.ledgerEntryId, entryId)).get();
}

export function saveService(
  workbench: { db: Db; sqlite: Sqlite.Database },
  change: { actor: string; countyId: number },
  id: number | null,
  values: ServiceValues,
): FamilyServiceRow | undefined {
  const { db } = workbench;
  const mine = and(eq(familyService.id, id ?? 0), eq(familyService.familyId, values.familyId));
  return auditedSave(workbench, change, 'family_service', id, {
    before: () => db.select().from(familyService).where(mine).get(),
    insert: () => db.insert(familyService).values(values).returning().get(),
    update: () =>
      db
        .update(familyService)
        .set({
          ...values,
          updatedAt: new Date().toISOString(),
          version: nextVersion(familyService),
        })
        .where(mine)
        .returning()
        .get(),
  });
}

/** The county's ledger rows for this family's case numbers that no service points at yet. */
export function unlinkedLedgerRows(
  sqlite: Sqlite.Database,
  countyId: number,
  caseNumbers: readonly string[],
) {
  return sqlite
    .prepare(
      `SELECT e.id AS entryId, e.date AS date, e.stream_id AS streamId, e.category_id AS categoryId,
         e.amount_cents AS amountCents, e.description AS description
       FROM ledger_entry e
       WHERE e.county_id = ? AND e.family_reference IN (${caseNumbers.map(() => '?').join(', ')})
         AND NOT EXISTS (SELECT 1 FROM family_service s WHERE s.ledger_entry_id = e.id)
       ORDER BY e.date, e.id
       LIMIT 200`,
    )
    .all(countyId, ...caseNumbers) as {
    entryId: number;
    date: string;
    streamId: number;
    categoryId: number;
    amountCents: number;
    description: string;
  }[];
}
