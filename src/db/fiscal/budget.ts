import { and, asc, eq } from 'drizzle-orm';
import { saveAudited } from '../audited';
import type { Db } from '../openDatabase';
import { budget } from '../schema';

export type BudgetRow = typeof budget.$inferSelect;
export type BudgetValues = Pick<
  BudgetRow,
  | 'sfyStartYear'
  | 'streamId'
  | 'categoryId'
  | 'amountCents'
  | 'q1Cents'
  | 'q2Cents'
  | 'q3Cents'
  | 'q4Cents'
>;

export function listBudgets(db: Db, countyId: number, sfyStartYear?: number): BudgetRow[] {
  return db
    .select()
    .from(budget)
    .where(
      sfyStartYear === undefined
        ? eq(budget.countyId, countyId)
        : and(eq(budget.countyId, countyId), eq(budget.sfyStartYear, sfyStartYear)),
    )
    .orderBy(asc(budget.sfyStartYear), asc(budget.streamId), asc(budget.categoryId))
    .all();
}

/** The budget line for an SFY, stream and category, if the county has one. */
export function findBudgetLine(
  db: Db,
  countyId: number,
  line: Pick<BudgetRow, 'sfyStartYear' | 'streamId' | 'categoryId'>,
): BudgetRow | undefined {
  return db
    .select()
    .from(budget)
    .where(
      and(
        eq(budget.countyId, countyId),
        eq(budget.sfyStartYear, line.sfyStartYear),
        eq(budget.streamId, line.streamId),
        eq(budget.categoryId, line.categoryId),
      ),
    )
    .get();
}

/** SFY start years that have at least one budget line: the years the county keeps a ledger for. */
export function budgetedSfys(db: Db, countyId: number): number[] {
  return db
    .selectDistinct({ year: budget.sfyStartYear })
    .from(budget)
    .where(eq(budget.countyId, countyId))
    .orderBy(asc(budget.sfyStartYear))
    .all()
    .map((r) => r.year);
}

export function saveBudget(
  db: Db,
  record: { countyId: number; id: number | null; actor: string },
  values: BudgetValues,
): BudgetRow {
  return saveAudited(db, budget, 'budget', record, values);
}
