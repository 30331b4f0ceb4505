/**
 * Ledger rows summed into spending cells (SFY × quarter × stream × category), the shape every
 * fiscal summary starts from. SQL builds the same cells over large ledgers; this is the reference
 * rule and the path for small sets and tests.
 */
import { fiscalQuarterOf, stateFiscalYearOf, type FiscalQuarter } from '../fiscalCalendar';
import { assertCents } from '../money';
import type { Expense, SpendingCell } from './types';

interface CellTotals {
  sfyStartYear: number;
  quarter: FiscalQuarter;
  streamId: number;
  categoryId: number;
  spentCents: number;
  leveragedCents: number;
  generalFundSavedCents: number;
}

/**
 * A cell exists for every key with at least one ledger row, even when refunds net it to zero:
 * activity on a line (an unbudgeted one, say) stays visible. Sorted by SFY, quarter, stream id,
 * category id.
 */
export function spendingCells(expenses: readonly Expense[]): SpendingCell[] {
  const cells = new Map<string, CellTotals>();
  for (const expense of expenses) {
    assertCents(expense.amountCents);
    const sfyStartYear = stateFiscalYearOf(expense.date).startYear;
    const quarter = fiscalQuarterOf(expense.date);
    const key = `${sfyStartYear}|${quarter}|${expense.streamId}|${expense.categoryId}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = {
        sfyStartYear,
        quarter,
        streamId: expense.streamId,
        categoryId: expense.categoryId,
        spentCents: 0,
        leveragedCents: 0,
        generalFundSavedCents: 0,
      };
      cells.set(key, cell);
    }
    cell.spentCents += expense.amountCents;
    if (expense.leveraged) {
      cell.leveragedCents += expense.amountCents;
      // 'county' as the spared program is the county general fund (types.ts, Expense.savedProgram).
      if (expense.savedProgram === 'county') cell.generalFundSavedCents += expense.amountCents;
    }
  }
  const result = [...cells.values()];
  for (const cell of result) {
    assertCents(cell.spentCents);
    assertCents(cell.leveragedCents);
  }
  return result.sort(compareCells);
}

function compareCells(a: SpendingCell, b: SpendingCell): number {
  return (
    a.sfyStartYear - b.sfyStartYear ||
    a.quarter - b.quarter ||
    a.streamId - b.streamId ||
    a.categoryId - b.categoryId
  );
}
