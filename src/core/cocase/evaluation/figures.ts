/**
 * The dashboard's figures from the counts: each rate with its numerator and denominator, cells
 * under 11 suppressed as California's public child-welfare reports do (a count of 1 to 10 could
 * point at a family), and Linkages against the comparison group in percentage points.
 */
import { COMPARISON_GROUP, LINKAGES_GROUP, countIndex, type IndicatorCounts } from './counts';
import type { Indicator } from './indicators';
import type { EvaluationPeriod } from './periods';

/** Counts from 1 to SMALL_CELL − 1 are not shown. */
export const SMALL_CELL = 11;

export interface RateCell {
  /** null when suppressed. */
  readonly numerator: number | null;
  /** null when suppressed (it is shown when only the numerator is small). */
  readonly denominator: number | null;
  /** numerator ÷ denominator; null when suppressed or the denominator is 0. */
  readonly rate: number | null;
  readonly suppressed: boolean;
}

export interface IndicatorFigure {
  readonly indicator: Indicator;
  readonly period: EvaluationPeriod;
  readonly linkages: RateCell;
  readonly comparison: RateCell;
  /** Linkages' rate minus the comparison group's, in percentage points; null if either is hidden. */
  readonly differencePoints: number | null;
  /** False while the follow-up window of a recent period is still open: its rate can still move. */
  readonly followUpComplete: boolean;
}

/** A count the rule hides wherever it is shown: from 1 to SMALL_CELL − 1 (0 is shown). */
export const isSmallCell = (count: number) => count > 0 && count < SMALL_CELL;

export function rateCell(numerator: number, denominator: number): RateCell {
  if (isSmallCell(denominator)) {
    return { numerator: null, denominator: null, rate: null, suppressed: true };
  }
  if (isSmallCell(numerator)) {
    return { numerator: null, denominator, rate: null, suppressed: true };
  }
  return {
    numerator,
    denominator,
    rate: denominator === 0 ? null : numerator / denominator,
    suppressed: false,
  };
}

export function differencePoints(linkages: RateCell, comparison: RateCell): number | null {
  if (linkages.rate === null || comparison.rate === null) return null;
  return (linkages.rate - comparison.rate) * 100;
}

/** Every indicator in every period, in the counts' order (indicator, then period). */
export function indicatorFigures(counts: IndicatorCounts, asOfDay: number): IndicatorFigure[] {
  const P = counts.periods.length;
  return counts.indicators.flatMap((indicator, i) =>
    counts.periods.map((period, p) => {
      const cell = (group: number) => {
        const at = countIndex(P, i, group, p);
        return rateCell(counts.numerator[at] ?? 0, counts.denominator[at] ?? 0);
      };
      const linkages = cell(LINKAGES_GROUP);
      const comparison = cell(COMPARISON_GROUP);
      const window = indicator.rule.cohort === 'anchor' ? indicator.rule.withinDays : 0;
      return {
        indicator,
        period,
        linkages,
        comparison,
        differencePoints: differencePoints(linkages, comparison),
        followUpComplete: period.lastDay + window <= asOfDay,
      };
    }),
  );
}
