/**
 * Imports of the ledger: written in one transaction as their rows arrive, and undone as one.
 */
import { randomUUID } from 'node:crypto';
import type Sqlite from 'better-sqlite3';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { recordAudit } from '../audit';
import type { LedgerValues } from './ledger';
import type { Db, Workbench } from '../openDatabase';
import { ledgerEntry, ledgerImport } from '../schema';
import { recreated, type Restorer } from '../system/undo';

export function findImport(db: Db, countyId: number, fingerprint: string) {
  return db
    .select()
    .from(ledgerImport)
    .where(and(eq(ledgerImport.countyId, countyId), eq(ledgerImport.fingerprint, fingerprint)))
    .get();
}

/**
 * Writes a whole import in one transaction: the import record, every row, and one audit event for
 * the import (not one per row: an import of a million rows is one change, undone as one). A file
 * whose rows the county has imported before writes nothing and names the earlier import.
 */
export function importEntries(
  workbench: Pick<Workbench, 'db' | 'sqlite'>,
  record: ImportRecord,
  batches: Iterable<readonly LedgerValues[]>,
  fingerprint: string,
): ImportOutcome {
  const writer = new LedgerImportWriter(workbench, record);
  try {
    for (const entries of batches) writer.add(entries);
    return writer.finish(fingerprint);
  } finally {
    writer.abort();
  }
}

export interface ImportRecord {
  readonly countyId: number;
  readonly actor: string;
  readonly fileName: string;
}

export type ImportOutcome =
  | { readonly importId: number; readonly rowCount: number }
  | { readonly duplicateOf: typeof ledgerImport.$inferSelect };

/**
 * An import written in one transaction from its first row to its last, taking rows in batches
 * (so a caller can feed it as a file is read). Nothing is visible to anyone until finish()
 * commits; abort() (or a crash) leaves the ledger as it was.
 */
export class LedgerImportWriter {
  private readonly importId: number;
  private readonly triggers: readonly StoredTrigger[];
  private readonly insert: Sqlite.Statement;
  private readonly at: string;
  private rows = 0;

  constructor(
    private readonly workbench: Pick<Workbench, 'db' | 'sqlite'>,
    private readonly record: ImportRecord,
  ) {
    const { db, sqlite } = workbench;
    // Its own transaction, never a part of another: abort() must not roll back someone else's.
    if (sqlite.inTransaction) throw new Error('A ledger import cannot run inside a transaction.');
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      // The fingerprint is known only at the end; until then the record holds a unique stand-in.
      const imported = db
        .insert(ledgerImport)
        .values({ ...record, fingerprint: `pending ${randomUUID()}`, rowCount: 0 })
        .returning()
        .get();
      this.importId = imported.id;
      this.at = imported.importedAt;
      this.triggers = setSumTriggersAside(db);
      // One prepared statement, bound per row: drizzle's builder would cost more than the
      // insert. The import's own time stamps every row (SQLite's default would work it out each
      // time).
      this.insert = sqlite.prepare(
        `INSERT INTO ledger_entry (county_id, date, sfy_start_year, quarter, stream_id, category_id,
           paying_program, amount_cents, leveraged, saved_program, description, family_reference,
           refund_reason, import_id, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
    } catch (error) {
      this.abort();
      throw error;
    }
  }

  add(entries: readonly LedgerValues[]): void {
    const { countyId } = this.record;
    for (const e of entries) {
      this.insert.run(
        countyId,
        e.date,
        e.sfyStartYear,
        e.quarter,
        e.streamId,
        e.categoryId,
        e.payingProgram,
        e.amountCents,
        e.leveraged ? 1 : 0,
        e.savedProgram,
        e.description,
        e.familyReference,
        e.refundReason,
        this.importId,
        this.at,
        this.at,
      );
    }
    this.rows += entries.length;
  }

  /** Commits the import, unless the county has these rows already (then nothing is written). */
  finish(fingerprint: string): ImportOutcome {
    const { db, sqlite } = this.workbench;
    // Checked inside the transaction: another import of the same file cannot slip in between.
    const earlier = findImport(db, this.record.countyId, fingerprint);
    if (earlier) {
      this.abort();
      return { duplicateOf: earlier };
    }
    const imported = db
      .update(ledgerImport)
      .set({ fingerprint, rowCount: this.rows })
      .where(eq(ledgerImport.id, this.importId))
      .returning()
      .get();
    db.run(cellsOfImport('+', this.importId));
    restoreSumTriggers(db, this.triggers);
    recordAudit(db, {
      actor: this.record.actor,
      countyId: this.record.countyId,
      entity: 'ledger_import',
      entityId: String(this.importId),
      action: 'create',
      before: undefined,
      after: imported,
    });
    sqlite.exec('COMMIT');
    return { importId: this.importId, rowCount: this.rows };
  }

  /** Rolls back whatever was written; harmless after finish(). */
  abort(): void {
    if (this.workbench.sqlite.inTransaction) this.workbench.sqlite.exec('ROLLBACK');
  }
}

/** The row triggers that keep ledger_cell's sums as rows come and go one at a time. */
const SUM_TRIGGERS = ['ledger_cell_insert', 'ledger_cell_delete'];

type StoredTrigger = { name: string; sql: string };

/**
 * Sets the per-row sum triggers aside inside the caller's transaction, for a bulk write that sums
 * its rows once, per cell, itself (a trigger run per row costs seconds at a million rows). They are
 * made again from their own stored SQL by restoreSumTriggers() in the same transaction, so a
 * failure or a crash rolls them back with the rest, and no other connection ever sees the ledger
 * without them.
 */
function setSumTriggersAside(tx: Db): StoredTrigger[] {
  const triggers = tx.all<StoredTrigger>(
    sql`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ${SUM_TRIGGERS}`,
  );
  if (triggers.length !== SUM_TRIGGERS.length) {
    throw new Error('The ledger sum triggers are missing; the database needs repair.');
  }
  for (const trigger of triggers) tx.run(sql.raw(`DROP TRIGGER "${trigger.name}"`));
  return triggers;
}

function restoreSumTriggers(tx: Db, triggers: readonly StoredTrigger[]): void {
  for (const trigger of triggers) tx.run(sql.raw(trigger.sql));
}

/** Adds (+) or takes away (−) an import's rows in the ledger sums, one statement for all its cells. */
function cellsOfImport(sign: '+' | '-', importId: number): SQL {
  const signed = sql.raw(sign);
  return sql`
    INSERT INTO ledger_cell
    SELECT county_id, sfy_start_year, quarter, stream_id, category_id,
      ${signed}SUM(amount_cents),
      ${signed}SUM(CASE WHEN leveraged THEN amount_cents ELSE 0 END),
      ${signed}SUM(CASE WHEN leveraged AND saved_program = 'county' THEN amount_cents ELSE 0 END),
      ${signed}COUNT(*)
    FROM ledger_entry WHERE import_id = ${importId}
    GROUP BY county_id, sfy_start_year, quarter, stream_id, category_id
    ON CONFLICT DO UPDATE SET
      spent_cents = spent_cents + excluded.spent_cents,
      leveraged_cents = leveraged_cents + excluded.leveraged_cents,
      general_fund_saved_cents = general_fund_saved_cents + excluded.general_fund_saved_cents,
      entries = entries + excluded.entries`;
}

/** Where an undone import keeps its rows on the undo event, for redo (never shown in History). */
export const IMPORT_ROWS_FIELD = 'rowsForRedo';

/** SQLite takes at most 32,766 bound values a statement; a ledger row binds 18. */
const REDO_BATCH = 1_000;

/**
 * Undo of an import (its only audited change is its creation): its rows and its record go, and
 * the rows are handed back to be kept on the undo event. Redo (a before-image with those rows)
 * puts the record and every row back with their own ids.
 */
export const restoreImport: Restorer = (tx, { entityId, before }) => {
  if (before !== null) {
    const { [IMPORT_ROWS_FIELD]: rows, ...record } = before;
    if (!Array.isArray(rows)) throw new Error('This import was undone without its rows kept.');
    tx.insert(ledgerImport)
      .values(record as typeof ledgerImport.$inferInsert)
      .run();
    const triggers = setSumTriggersAside(tx);
    for (let start = 0; start < rows.length; start += REDO_BATCH) {
      const batch = rows.slice(start, start + REDO_BATCH).map(recreated);
      tx.insert(ledgerEntry)
        .values(batch as (typeof ledgerEntry.$inferInsert)[])
        .run();
    }
    tx.run(cellsOfImport('+', entityId));
    restoreSumTriggers(tx, triggers);
    return undefined;
  }
  const record = tx.select().from(ledgerImport).where(eq(ledgerImport.id, entityId)).get();
  const rows = tx
    .select()
    .from(ledgerEntry)
    .where(eq(ledgerEntry.importId, entityId))
    .orderBy(ledgerEntry.id)
    .all();
  const triggers = setSumTriggersAside(tx);
  tx.run(cellsOfImport('-', entityId));
  tx.run(sql`DELETE FROM ledger_cell WHERE entries = 0`);
  tx.delete(ledgerEntry).where(eq(ledgerEntry.importId, entityId)).run();
  restoreSumTriggers(tx, triggers);
  tx.delete(ledgerImport).where(eq(ledgerImport.id, entityId)).run();
  return record ? { ...record, [IMPORT_ROWS_FIELD]: rows } : undefined;
};
