import { and, asc, count, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { FiscalLedgerRow, SpendingCell } from '../core/fiscal/types';
import { fiscalQuarterOf, quarterRange, type FiscalQuarter } from '../core/fiscalCalendar';
import { recordAudit } from './audit';
import { saveAudited } from './audited';
import type { Db, Workbench } from './openDatabase';
import type { Restorer } from './undo';
import { ledgerCell, ledgerEntry, ledgerImport } from './schema';

export type LedgerRow = typeof ledgerEntry.$inferSelect;
export type LedgerValues = Omit<
  LedgerRow,
  'id' | 'countyId' | 'importId' | 'createdAt' | 'updatedAt'
>;

export interface LedgerQuery {
  readonly sfyStartYear: number | null;
  readonly streamId: number | null;
  readonly categoryId: number | null;
  /** Matched against description and family reference. */
  readonly text: string;
  readonly sort: 'date' | 'amount';
  readonly descending: boolean;
  readonly offset: number;
  readonly limit: number;
}

function conditions(countyId: number, query: LedgerQuery): SQL | undefined {
  // % and _ are what the person typed, not wildcards.
  const pattern = `%${query.text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const text = query.text.trim();
  return and(
    eq(ledgerEntry.countyId, countyId),
    query.sfyStartYear === null ? undefined : eq(ledgerEntry.sfyStartYear, query.sfyStartYear),
    query.streamId === null ? undefined : eq(ledgerEntry.streamId, query.streamId),
    query.categoryId === null ? undefined : eq(ledgerEntry.categoryId, query.categoryId),
    text === ''
      ? undefined
      : sql`(${ledgerEntry.description} LIKE ${pattern} ESCAPE '\\' OR ${ledgerEntry.familyReference} LIKE ${pattern} ESCAPE '\\')`,
  );
}

/** One page of the ledger and how many rows match in all: the table asks for pages as it scrolls. */
export function listLedger(
  db: Db,
  countyId: number,
  query: LedgerQuery,
): { total: number; rows: LedgerRow[] } {
  const where = conditions(countyId, query);
  const order = query.sort === 'amount' ? ledgerEntry.amountCents : ledgerEntry.date;
  const direction = query.descending ? desc : asc;
  const rows = db
    .select()
    .from(ledgerEntry)
    .where(where)
    .orderBy(direction(order), direction(ledgerEntry.id))
    .limit(query.limit)
    .offset(query.offset)
    .all();
  const total = db.select({ n: count() }).from(ledgerEntry).where(where).get()?.n ?? 0;
  return { total, rows };
}

export function saveEntry(
  db: Db,
  record: { countyId: number; id: number | null; actor: string },
  values: LedgerValues,
): LedgerRow {
  return saveAudited(db, ledgerEntry, 'ledger_entry', record, values);
}

/** The triggers' sums (see ledgerCell), for one SFY or all. */
export function spendingCells(db: Db, countyId: number, sfyStartYear?: number): SpendingCell[] {
  return db
    .select()
    .from(ledgerCell)
    .where(
      sfyStartYear === undefined
        ? eq(ledgerCell.countyId, countyId)
        : and(eq(ledgerCell.countyId, countyId), eq(ledgerCell.sfyStartYear, sfyStartYear)),
    )
    .all()
    .map(({ countyId: cellCounty, entries, quarter, ...cell }) => ({
      ...cell,
      quarter: quarter as FiscalQuarter,
    }));
}

/**
 * Net spending per stream in an SFY dated up to and including `through`: whole quarters from the
 * sums, and only the days of the quarter in progress from the rows, so it stays quick at a million.
 */
export function spentThroughByStream(
  db: Db,
  countyId: number,
  sfyStartYear: number,
  through: string,
): Map<number, number> {
  const quarter = fiscalQuarterOf(through);
  const spent = new Map<number, number>();
  const add = (streamId: number, cents: number) =>
    spent.set(streamId, (spent.get(streamId) ?? 0) + cents);
  const { start, end } = quarterRange({ sfy: { startYear: sfyStartYear }, quarter });
  const wholeQuarters = through === end ? quarter : quarter - 1;
  for (const cell of spendingCells(db, countyId, sfyStartYear)) {
    if (cell.quarter <= wholeQuarters) add(cell.streamId, cell.spentCents);
  }
  if (wholeQuarters === quarter) return spent;
  const rows = db
    .select({ streamId: ledgerEntry.streamId, spent: sql<number>`sum(${ledgerEntry.amountCents})` })
    .from(ledgerEntry)
    .where(
      and(
        eq(ledgerEntry.countyId, countyId),
        gte(ledgerEntry.date, start),
        lte(ledgerEntry.date, through),
      ),
    )
    .groupBy(ledgerEntry.streamId)
    .all();
  for (const row of rows) add(row.streamId, row.spent);
  return spent;
}

export function findImport(db: Db, countyId: number, fingerprint: string) {
  return db
    .select()
    .from(ledgerImport)
    .where(and(eq(ledgerImport.countyId, countyId), eq(ledgerImport.fingerprint, fingerprint)))
    .get();
}

/**
 * Writes a whole import in one transaction: the import record, every row, and one audit event for
 * the import (not one per row: an import of a million rows is one change, undone as one).
 */
export function importEntries(
  { db, sqlite }: Workbench,
  record: { countyId: number; actor: string; fileName: string; fingerprint: string },
  entries: readonly LedgerValues[],
): number {
  const { countyId, actor, fileName, fingerprint } = record;
  return db.transaction((tx) => {
    const imported = tx
      .insert(ledgerImport)
      .values({ countyId, actor, fileName, fingerprint, rowCount: entries.length })
      .returning()
      .get();
    // One prepared statement, bound per row: drizzle's builder would cost more than the insert.
    const insert = sqlite.prepare(
      `INSERT INTO ledger_entry (county_id, date, sfy_start_year, quarter, stream_id, category_id,
         paying_program, amount_cents, leveraged, saved_program, description, family_reference,
         refund_reason, import_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    // Row triggers would update the sums a million times; the import adds them once per cell.
    sqlite.prepare(`INSERT INTO ledger_bulk_write (import_id) VALUES (?)`).run(imported.id);
    for (const e of entries) {
      insert.run(
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
        imported.id,
      );
    }
    tx.run(cellsOfImport('+', imported.id));
    sqlite.prepare(`DELETE FROM ledger_bulk_write WHERE import_id = ?`).run(imported.id);
    recordAudit(tx, {
      actor,
      countyId,
      entity: 'ledger_import',
      entityId: String(imported.id),
      action: 'create',
      before: undefined,
      after: imported,
    });
    return imported.id;
  });
}

/**
 * Adds (+) or takes away (−) an import's rows in the ledger sums, one statement for all its
 * cells; the row triggers stand aside while ledger_bulk_write holds the import.
 */
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

/** Undo of an import (its only audited change is its creation): its rows and its record go. */
export const restoreImport: Restorer = (tx, { entityId, before }) => {
  if (before !== null) throw new Error('An import is only ever created; nothing else to undo.');
  tx.run(cellsOfImport('-', entityId));
  tx.run(sql`DELETE FROM ledger_cell WHERE entries = 0`);
  tx.run(sql`INSERT INTO ledger_bulk_write (import_id) VALUES (${entityId})`);
  tx.delete(ledgerEntry).where(eq(ledgerEntry.importId, entityId)).run();
  tx.run(sql`DELETE FROM ledger_bulk_write WHERE import_id = ${entityId}`);
  tx.delete(ledgerImport).where(eq(ledgerImport.id, entityId)).run();
};

const LEDGER_PAGE = 5000;

/**
 * An SFY's rows in date order, read page by page (a workbook of a million rows stays small).
 * Pages, not one open cursor: the export pauses between rows, and the connection must stay free
 * for other calls meanwhile.
 */
export function* iterateLedger(
  { sqlite }: Workbench,
  countyId: number,
  sfyStartYear: number,
): Generator<FiscalLedgerRow> {
  const page = sqlite.prepare(
    `SELECT id, date, quarter, stream_id AS streamId, category_id AS categoryId,
       paying_program AS payingProgram, amount_cents AS amountCents, leveraged,
       saved_program AS savedProgram, description, refund_reason AS refundReason
     FROM ledger_entry
     WHERE county_id = ? AND sfy_start_year = ? AND date >= ? AND (date > ? OR id > ?)
     ORDER BY date, id LIMIT ${LEDGER_PAGE}`,
  );
  let after = { date: '', id: 0 };
  for (;;) {
    const rows = page.all(countyId, sfyStartYear, after.date, after.date, after.id) as (Omit<
      FiscalLedgerRow,
      'leveraged'
    > & { id: number; leveraged: number })[];
    for (const { id, ...row } of rows) yield { ...row, leveraged: row.leveraged === 1 };
    const last = rows.at(-1);
    if (!last || rows.length < LEDGER_PAGE) return;
    after = { date: last.date, id: last.id };
  }
}
