import { budgetVsActual } from '../core/fiscal/budgetVsActual';
import { burnRate, burnWindow } from '../core/fiscal/burnRate';
import { leverageBySfy } from '../core/fiscal/leverage';
import type { Budget } from '../core/fiscal/types';
import { sfyEnd, sfyStart } from '../core/fiscalCalendar';
import { localIsoDate } from '../core/isoDate';
import { listBudgets, type BudgetRow } from '../db/budget';
import { spendingCells, spentThroughByStream } from '../db/ledger';
import type { HandlersFor } from './context';
import type { fiscalSummaryContract } from './fiscalSummary.contract';
import { fiscalCounty } from './fiscalRules';

export function coreBudget(row: BudgetRow): Budget {
  const { q1Cents, q2Cents, q3Cents, q4Cents } = row;
  return {
    ...row,
    quarterCents:
      q1Cents === null || q2Cents === null || q3Cents === null || q4Cents === null
        ? null
        : [q1Cents, q2Cents, q3Cents, q4Cents],
  };
}

export const fiscalSummaryHandlers: HandlersFor<typeof fiscalSummaryContract> = {
  'fiscal.summary': ({ countyId, sfyStartYear, asOf }, ctx) => {
    const { db } = ctx.workbench;
    const county = fiscalCounty(ctx, countyId);
    const budgets = listBudgets(db, countyId).map(coreBudget);
    const cells = spendingCells(db, countyId);
    const sfy = { startYear: sfyStartYear };
    const day = asOf ?? localIsoDate(new Date());
    const inYear = budgets.filter((b) => b.sfyStartYear === sfyStartYear);
    return {
      sfyStartYear,
      asOf: day > sfyEnd(sfy) ? sfyEnd(sfy) : day,
      budgetVsActual: budgetVsActual(
        sfyStartYear,
        inYear,
        cells.filter((c) => c.sfyStartYear === sfyStartYear),
      ),
      // Nothing to project for a year that has not begun.
      burn: day < sfyStart(sfy) ? [] : burnByStream(db, countyId, inYear, sfyStartYear, day),
      leverage: leverageBySfy(budgets, county.streams, cells),
    };
  },
};

function burnByStream(
  db: Parameters<typeof spentThroughByStream>[0],
  countyId: number,
  budgets: readonly Budget[],
  sfyStartYear: number,
  asOf: string,
) {
  const { through } = burnWindow(sfyStartYear, asOf);
  const spent = spentThroughByStream(db, countyId, sfyStartYear, through);
  const budgetByStream = new Map<number, number>();
  for (const b of budgets) {
    budgetByStream.set(b.streamId, (budgetByStream.get(b.streamId) ?? 0) + b.amountCents);
  }
  return [...budgetByStream].map(([streamId, budgetCents]) => {
    const figures = burnRate({
      sfyStartYear,
      budgetCents,
      spentToDateCents: spent.get(streamId) ?? 0,
      asOf,
    });
    return { streamId, ...figures };
  });
}
