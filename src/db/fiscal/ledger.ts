import { and, asc, count, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { FiscalLedgerRow, SpendingCell } from '../../core/fiscal/types';
import {
  fiscalQuarterOf,
  quarterRange,
  sfyEnd,
  sfyStart,
  type FiscalQuarter,
} from '../../core/fiscalCalendar';
import { saveAudited } from '../audited';
import type { Db, Workbench } from '../openDatabase';
import { ledgerCell, ledgerEntry } from '../schema';

export type LedgerRow = typeof ledgerEntry.$inferSelect;
export type LedgerValues = Omit<
  LedgerRow,
  'id' | 'countyId' | 'importId' | 'createdAt' | 'updatedAt' | 'version'
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
  const sfy = query.sfyStartYear === null ? null : { startYear: query.sfyStartYear };
  return and(
    eq(ledgerEntry.countyId, countyId),
    // The year as the index of the chosen order reads it: dates by date, the year by amount.
    sfy === null
      ? undefined
      : query.sort === 'date'
        ? and(gte(ledgerEntry.date, sfyStart(sfy)), lte(ledgerEntry.date, sfyEnd(sfy)))
        : eq(ledgerEntry.sfyStartYear, sfy.startYear),
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
  return { total: countLedger(db, countyId, query, where), rows };
}

/** Without a text to look for, the count is the sums' entries: no row is read. */
function countLedger(db: Db, countyId: number, query: LedgerQuery, where: SQL | undefined): number {
  if (query.text.trim() !== '') {
    return db.select({ n: count() }).from(ledgerEntry).where(where).get()?.n ?? 0;
  }
  const cells = db
    .select({ n: sql<number | null>`sum(${ledgerCell.entries})` })
    .from(ledgerCell)
    .where(
      and(
        eq(ledgerCell.countyId, countyId),
        query.sfyStartYear === null ? undefined : eq(ledgerCell.sfyStartYear, query.sfyStartYear),
        query.streamId === null ? undefined : eq(ledgerCell.streamId, query.streamId),
        query.categoryId === null ? undefined : eq(ledgerCell.categoryId, query.categoryId),
      ),
    )
    .get();
  return cells?.n ?? 0;
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
  pageSize = LEDGER_PAGE,
): Generator<FiscalLedgerRow> {
  const page = sqlite.prepare(
    `SELECT id, date, quarter, stream_id AS streamId, category_id AS categoryId,
       paying_program AS payingProgram, amount_cents AS amountCents, leveraged,
       saved_program AS savedProgram, description, refund_reason AS refundReason
     FROM ledger_entry
     WHERE county_id = ? AND (date, id) > (?, ?) AND date <= ?
     ORDER BY date, id LIMIT ?`,
  );
  // The year as dates, not sfy_start_year: then each page is a range of ledger_entry_day_idx.
  const sfy = { startYear: sfyStartYear };
  const end = sfyEnd(sfy);
  let after: { date: string; id: number } = { date: sfyStart(sfy), id: 0 };
  for (;;) {
    const rows = page.all(countyId, after.date, after.id, end, pageSize) as (Omit<
      FiscalLedgerRow,
      'leveraged'
    > & { id: number; leveraged: number })[];
    for (const { id, ...row } of rows) yield { ...row, leveraged: row.leveraged === 1 };
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return;
    after = { date: last.date, id: last.id };
  }
}
