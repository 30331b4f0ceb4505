/**
 * Leverage per SFY (DOMAIN.md, "Money and time"): leveraged funds are what one program or an
 * outside source spent on mutual families that the other program would otherwise have paid for;
 * general-fund savings are the county general-fund dollars another stream spared; the leverage
 * ratio is leveraged funds ÷ the county general-fund dollars committed to Linkages, per SFY.
 */
import type { FiscalQuarter } from '../fiscalCalendar';
import { assertCents, sumCents, type Cents } from '../money';
import type { Budget, FundingStream, SpendingCell } from './types';

export interface LeverageFigures {
  readonly leveragedCents: Cents;
  readonly generalFundSavedCents: Cents;
}

export interface SfyLeverage extends LeverageFigures {
  readonly sfyStartYear: number;
  /** Budgets in the SFY of streams marked generalFund: the ratio's divisor. */
  readonly generalFundCommittedCents: Cents;
  /**
   * leveraged ÷ committed; null when nothing is committed. Only here, not in the breakdowns: the
   * county commits its general fund to Linkages as a whole for the year, and a dollar leveraged
   * in one category or quarter can spare general-fund money budgeted for another, so a ratio per
   * stream, category or quarter would divide figures that do not belong together (and a
   * leveraging stream is never the general fund, so its own divisor would always be 0).
   */
  readonly leverageRatio: number | null;
  /** Streams with leveraged or saved money in the SFY, by stream id. */
  readonly byStream: readonly (LeverageFigures & { readonly streamId: number })[];
  /** Categories with leveraged or saved money in the SFY, by category id. */
  readonly byCategory: readonly (LeverageFigures & { readonly categoryId: number })[];
  /** Q1..Q4, always four, zeros included, so quarters line up across years. */
  readonly byQuarter: readonly (LeverageFigures & { readonly quarter: FiscalQuarter })[];
}

/**
 * One row per SFY that has a budget or a spending cell, oldest first. Every budget's stream must
 * be in `streams`: an unknown stream would silently drop general-fund dollars from the divisor.
 */
export function leverageBySfy(
  budgets: readonly Budget[],
  streams: readonly Pick<FundingStream, 'id' | 'generalFund'>[],
  cells: readonly SpendingCell[],
): SfyLeverage[] {
  const generalFund = new Map(streams.map((stream) => [stream.id, stream.generalFund]));
  const committed = new Map<number, Cents>();
  for (const budget of budgets) {
    const isGeneralFund = generalFund.get(budget.streamId);
    if (isGeneralFund === undefined) {
      throw new RangeError(
        `Budget for SFY ${budget.sfyStartYear} names unknown stream ${budget.streamId}.`,
      );
    }
    assertCents(budget.amountCents);
    const sofar = committed.get(budget.sfyStartYear) ?? 0;
    committed.set(budget.sfyStartYear, sofar + (isGeneralFund ? budget.amountCents : 0));
  }
  const years = new Set([...committed.keys(), ...cells.map((cell) => cell.sfyStartYear)]);
  return [...years]
    .sort((a, b) => a - b)
    .map((sfyStartYear) => {
      const inYear = cells.filter((cell) => cell.sfyStartYear === sfyStartYear);
      const totals = leverageOf(inYear);
      const generalFundCommittedCents = committed.get(sfyStartYear) ?? 0;
      return {
        sfyStartYear,
        ...totals,
        generalFundCommittedCents,
        // A negative commitment is not a commitment; treat it like none rather than flip the sign.
        leverageRatio:
          generalFundCommittedCents > 0 ? totals.leveragedCents / generalFundCommittedCents : null,
        byStream: nonZeroGroups(inYear, (cell) => cell.streamId).map(([streamId, figures]) => ({
          streamId,
          ...figures,
        })),
        byCategory: nonZeroGroups(inYear, (cell) => cell.categoryId).map(
          ([categoryId, figures]) => ({ categoryId, ...figures }),
        ),
        byQuarter: ([1, 2, 3, 4] as const).map((quarter) => ({
          quarter,
          ...leverageOf(inYear.filter((cell) => cell.quarter === quarter)),
        })),
      };
    });
}

function leverageOf(cells: readonly SpendingCell[]): LeverageFigures {
  return {
    leveragedCents: sumCents(cells.map((cell) => cell.leveragedCents)),
    generalFundSavedCents: sumCents(cells.map((cell) => cell.generalFundSavedCents)),
  };
}

/** Groups in ascending key order, leaving out those whose leveraged and saved sums are both 0. */
function nonZeroGroups(
  cells: readonly SpendingCell[],
  key: (cell: SpendingCell) => number,
): [number, LeverageFigures][] {
  const groups = new Map<number, SpendingCell[]>();
  for (const cell of cells) {
    const group = groups.get(key(cell));
    if (group) group.push(cell);
    else groups.set(key(cell), [cell]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([id, group]): [number, LeverageFigures] => [id, leverageOf(group)])
    .filter(([, figures]) => figures.leveragedCents !== 0 || figures.generalFundSavedCents !== 0);
}
