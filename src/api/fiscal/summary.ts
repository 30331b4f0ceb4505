import { budgetVsActual } from '../../core/fiscal/budgetVsActual';
import { burnRate, burnWindow } from '../../core/fiscal/burnRate';
import { leverageBySfy } from '../../core/fiscal/leverage';
import type { Budget } from '../../core/fiscal/types';
import { sfyEnd, sfyLabel, sfyStart } from '../../core/fiscalCalendar';
import { localIsoDate } from '../../core/isoDate';
import { listBudgets, type BudgetRow } from '../../db/fiscal/budget';
import { iterateLedger, spendingCells, spentThroughByStream } from '../../db/fiscal/ledger';
import { nameOf } from '../../core/names';
import type { HandlersFor, ServiceContext } from '../context';
import { fileNamePart } from '../files.contract';
import { xlsxExport } from '../exportFile';
import { countyOrThrow } from '../county';
import type { fiscalSummaryContract } from './summary.contract';
import { fiscalCounty } from './rules';

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

/** The figures of one SFY, as the summary page and the fiscal workbook both show them. */
export function fiscalFigures(
  ctx: ServiceContext,
  countyId: number,
  sfyStartYear: number,
  asOf: string | null,
) {
  const { db } = ctx.workbench;
  const county = fiscalCounty(ctx, countyId);
  const budgets = listBudgets(db, countyId).map(coreBudget);
  const cells = spendingCells(db, countyId);
  const sfy = { startYear: sfyStartYear };
  const day = asOf ?? localIsoDate(new Date());
  const inYear = budgets.filter((b) => b.sfyStartYear === sfyStartYear);
  return {
    county,
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
}

export const fiscalSummaryHandlers: HandlersFor<typeof fiscalSummaryContract> = {
  'fiscal.summary': ({ countyId, sfyStartYear, asOf }, ctx) => {
    const { county, ...figures } = fiscalFigures(ctx, countyId, sfyStartYear, asOf);
    return figures;
  },

  'fiscal.exportWorkbook': async ({ countyId, sfyStartYear }, ctx) => {
    const figures = fiscalFigures(ctx, countyId, sfyStartYear, null);
    const name = countyOrThrow(ctx.workbench.db, countyId).name;
    const { streams, categories } = figures.county;
    const { fiscalWorkbookBytes } = await import('../../export/fiscal');
    const bytes = await fiscalWorkbookBytes({
      countyName: name,
      sfyStartYear,
      streamName: (id) => nameOf(streams, id),
      categoryName: (id) => nameOf(categories, id),
      budgetVsActual: figures.budgetVsActual,
      burn: figures.burn,
      leverage: figures.leverage.find((l) => l.sfyStartYear === sfyStartYear) ?? null,
      ledger: iterateLedger(ctx.workbench, countyId, sfyStartYear),
      appVersion: ctx.appVersion,
      generatedAt: new Date(),
    });
    return xlsxExport(
      `${fileNamePart(name)}-fiscal-${sfyLabel({ startYear: sfyStartYear }).replace(/\s+/g, '-')}.xlsx`,
      bytes,
    );
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
