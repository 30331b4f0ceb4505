import { z } from 'zod';
import { IsoDayOrNull } from '../dates.contract';
import type { ContractSlice } from '../contractTypes';
import { ExportFile } from '../files.contract';
import { FISCAL_READ } from '../system/roleGroups';

const Id = z.number().int().positive();
const Cents = z.number().int();
const Quarter = z.number().int().min(1).max(4);

const QuarterFigures = z.object({
  quarter: Quarter,
  budgetCents: Cents,
  actualCents: Cents,
  varianceCents: Cents,
});
const BudgetFigures = z.object({
  quarters: z.array(QuarterFigures).length(4).readonly(),
  budgetCents: Cents,
  actualCents: Cents,
  varianceCents: Cents,
  /** A share: 0.25 is 25 %. */
  percentSpent: z.number().nullable(),
});
const LeverageFigures = z.object({ leveragedCents: Cents, generalFundSavedCents: Cents });

export const SfyLeverageView = LeverageFigures.extend({
  sfyStartYear: z.number().int(),
  generalFundCommittedCents: Cents,
  leverageRatio: z.number().nullable(),
  byStream: z.array(LeverageFigures.extend({ streamId: Id })).readonly(),
  byCategory: z.array(LeverageFigures.extend({ categoryId: Id })).readonly(),
  byQuarter: z.array(LeverageFigures.extend({ quarter: Quarter })).readonly(),
});
export type SfyLeverageView = z.infer<typeof SfyLeverageView>;

export const FiscalSummary = z.object({
  sfyStartYear: z.number().int(),
  asOf: z.string(),
  budgetVsActual: z.object({
    rows: z
      .array(BudgetFigures.extend({ streamId: Id, categoryId: Id, unbudgeted: z.boolean() }))
      .readonly(),
    byStream: z.array(BudgetFigures.extend({ streamId: Id })).readonly(),
    byCategory: z.array(BudgetFigures.extend({ categoryId: Id })).readonly(),
    total: BudgetFigures,
  }),
  /** Per stream with a budget in the SFY: straight-line projection to June 30. */
  burn: z.array(
    z.object({
      streamId: Id,
      budgetCents: Cents,
      spentToDateCents: Cents,
      burnPerDayCents: z.number(),
      projectedCents: Cents,
      status: z.enum(['runs-out', 'on-track', 'unspent']),
      runOutDate: z.string().nullable(),
      daysElapsed: z.number().int(),
      daysInYear: z.number().int(),
    }),
  ),
  /** Every SFY the county has, oldest first: the chosen one and the trend across years. */
  leverage: z.array(SfyLeverageView).readonly(),
});
export type FiscalSummary = z.infer<typeof FiscalSummary>;

export const fiscalSummaryContract = {
  'fiscal.summary': {
    reads: ['fiscalReference', 'budgets', 'ledger'],
    identifiers: 'none',
    roles: FISCAL_READ,
    summary:
      'Budget vs actual by stream, category and quarter; burn rate and projection per stream; leverage by SFY.',
    input: z
      .object({
        countyId: Id,
        sfyStartYear: z.number().int().min(2000).max(2099),
        /** The day the projection stands on; today by default (June 30 for a past SFY). */
        asOf: IsoDayOrNull,
      })
      .strict(),
    output: FiscalSummary,
  },
  'fiscal.exportWorkbook': {
    reads: ['fiscalReference', 'budgets', 'ledger'],
    identifiers: 'none',
    roles: FISCAL_READ,
    summary:
      'The fiscal workbook of an SFY: summary, budget vs actual, by quarter, leverage and the ledger.',
    input: z.object({ countyId: Id, sfyStartYear: z.number().int().min(2000).max(2099) }).strict(),
    output: ExportFile,
  },
} as const satisfies ContractSlice;
