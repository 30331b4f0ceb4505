import { describe, expect, it } from 'vitest';
import {
  budgetVsActual,
  quarterBudgets,
  type BudgetFigures,
} from '../../../src/core/fiscal/budgetVsActual';
import type { Budget, SpendingCell } from '../../../src/core/fiscal/types';
import type { FiscalQuarter } from '../../../src/core/fiscalCalendar';

function budget(
  streamId: number,
  categoryId: number,
  amountCents: number,
  quarterCents: Budget['quarterCents'] = null,
  sfyStartYear = 2026,
): Budget {
  return { sfyStartYear, streamId, categoryId, amountCents, quarterCents };
}

function cell(
  streamId: number,
  categoryId: number,
  quarter: FiscalQuarter,
  spentCents: number,
  sfyStartYear = 2026,
): SpendingCell {
  return {
    sfyStartYear,
    quarter,
    streamId,
    categoryId,
    spentCents,
    leveragedCents: 0,
    generalFundSavedCents: 0,
  };
}

/** The figures as [Q1..Q4] lists and whole-year totals, to compare at a glance. */
function brief(figures: BudgetFigures) {
  return {
    budget: figures.quarters.map((q) => q.budgetCents),
    actual: figures.quarters.map((q) => q.actualCents),
    variance: figures.quarters.map((q) => q.varianceCents),
    totals: [figures.budgetCents, figures.actualCents, figures.varianceCents],
    percentSpent: figures.percentSpent,
  };
}

describe('quarterBudgets', () => {
  it.each([
    // 1001 = 4 × 250 + 1: the one leftover cent goes to Q1.
    [1001, [251, 250, 250, 250]],
    // 1003 = 4 × 250 + 3: Q1, Q2, Q3 get one each.
    [1003, [251, 251, 251, 250]],
    // 1000 = 4 × 250.
    [1000, [250, 250, 250, 250]],
    // 3 = 4 × 0 + 3.
    [3, [1, 1, 1, 0]],
    [0, [0, 0, 0, 0]],
    // −1001 = 4 × −250 − 1: mirrors 1001.
    [-1001, [-251, -250, -250, -250]],
  ])('splits %i cents evenly as %j', (amountCents, quarters) => {
    expect(quarterBudgets({ amountCents, quarterCents: null })).toEqual(quarters);
  });

  it('uses the budget’s own quarterly split', () => {
    // 40,000 + 0 + 35,000 + 25,000 = 100,000
    expect(
      quarterBudgets({ amountCents: 100_000, quarterCents: [40_000, 0, 35_000, 25_000] }),
    ).toEqual([40_000, 0, 35_000, 25_000]);
  });

  it('refuses a split that does not add up to the amount', () => {
    // 25,000 × 3 + 24,999 = 99,999 ≠ 100,000
    expect(() =>
      quarterBudgets({ amountCents: 100_000, quarterCents: [25_000, 25_000, 25_000, 24_999] }),
    ).toThrow(/must add up to the budget/);
  });
});

describe('budgetVsActual', () => {
  const budgets = [
    budget(1, 10, 100_000), // even split: 25,000 a quarter
    budget(1, 20, 60_000, [30_000, 10_000, 10_000, 10_000]),
    budget(2, 10, 0), // a budget line of zero
    budget(1, 10, 999_999, null, 2025), // another SFY: ignored
  ];
  const cells = [
    cell(1, 10, 1, 30_000),
    cell(1, 10, 2, -5_000), // refunds outweigh charges in Q2
    cell(1, 10, 3, 20_000),
    cell(1, 20, 1, 12_000),
    cell(2, 10, 2, 4_000),
    cell(3, 30, 4, 7_000), // no budget line at all
    cell(1, 10, 1, 123_456, 2027), // another SFY: ignored
  ];
  const report = budgetVsActual(2026, budgets, cells);

  it('has a row for every stream × category with a budget or spending, by stream then category', () => {
    expect(report.sfyStartYear).toBe(2026);
    expect(report.rows.map((r) => [r.streamId, r.categoryId, r.unbudgeted])).toEqual([
      [1, 10, false],
      [1, 20, false],
      [2, 10, false], // a zero budget is still a budget line
      [3, 30, true],
    ]);
  });

  it('computes each quarter and the year of an evenly split line, refunds reducing actuals', () => {
    const [evenSplit] = report.rows;
    expect(evenSplit && brief(evenSplit)).toEqual({
      budget: [25_000, 25_000, 25_000, 25_000], // 100,000 ÷ 4
      actual: [30_000, -5_000, 20_000, 0],
      // 25,000 − 30,000; 25,000 − (−5,000); 25,000 − 20,000; 25,000 − 0
      variance: [-5_000, 30_000, 5_000, 25_000],
      // actual 30,000 − 5,000 + 20,000 = 45,000; variance 100,000 − 45,000 = 55,000
      totals: [100_000, 45_000, 55_000],
      percentSpent: 0.45, // 45,000 ÷ 100,000
    });
  });

  it('follows a quarterly split', () => {
    expect(brief(report.rows[1] as BudgetFigures)).toEqual({
      budget: [30_000, 10_000, 10_000, 10_000],
      actual: [12_000, 0, 0, 0],
      variance: [18_000, 10_000, 10_000, 10_000], // 30,000 − 12,000 = 18,000
      totals: [60_000, 12_000, 48_000],
      percentSpent: 0.2, // 12,000 ÷ 60,000
    });
  });

  it('has no percent spent on a zero budget, and shows unbudgeted spending against 0', () => {
    expect(brief(report.rows[2] as BudgetFigures)).toEqual({
      budget: [0, 0, 0, 0],
      actual: [0, 4_000, 0, 0],
      variance: [0, -4_000, 0, 0],
      totals: [0, 4_000, -4_000],
      percentSpent: null,
    });
    expect(brief(report.rows[3] as BudgetFigures)).toEqual({
      budget: [0, 0, 0, 0],
      actual: [0, 0, 0, 7_000],
      variance: [0, 0, 0, -7_000],
      totals: [0, 7_000, -7_000],
      percentSpent: null,
    });
  });

  it('totals per stream', () => {
    expect(report.byStream.map((s) => s.streamId)).toEqual([1, 2, 3]);
    expect(brief(report.byStream[0] as BudgetFigures)).toEqual({
      // (1,10) + (1,20): 25,000 + 30,000; 25,000 + 10,000; …
      budget: [55_000, 35_000, 35_000, 35_000],
      // 30,000 + 12,000; −5,000 + 0; 20,000 + 0; 0
      actual: [42_000, -5_000, 20_000, 0],
      variance: [13_000, 40_000, 15_000, 35_000],
      // budget 100,000 + 60,000 = 160,000; actual 45,000 + 12,000 = 57,000
      totals: [160_000, 57_000, 103_000],
      percentSpent: 0.35625, // 57,000 ÷ 160,000
    });
    expect(report.byStream[1]?.actualCents).toBe(4_000);
    expect(report.byStream[2]?.actualCents).toBe(7_000);
  });

  it('totals per category', () => {
    expect(report.byCategory.map((c) => c.categoryId)).toEqual([10, 20, 30]);
    expect(brief(report.byCategory[0] as BudgetFigures)).toEqual({
      // (1,10) + (2,10): 25,000 + 0 each quarter
      budget: [25_000, 25_000, 25_000, 25_000],
      // 30,000 + 0; −5,000 + 4,000; 20,000 + 0; 0
      actual: [30_000, -1_000, 20_000, 0],
      variance: [-5_000, 26_000, 5_000, 25_000],
      // actual 30,000 − 1,000 + 20,000 = 49,000; variance 100,000 − 49,000
      totals: [100_000, 49_000, 51_000],
      percentSpent: 0.49, // 49,000 ÷ 100,000
    });
    expect(report.byCategory[1]?.budgetCents).toBe(60_000);
    expect(report.byCategory[2]?.actualCents).toBe(7_000);
  });

  it('gives a grand total', () => {
    expect(brief(report.total)).toEqual({
      budget: [55_000, 35_000, 35_000, 35_000],
      // Q2: −5,000 + 4,000 = −1,000; Q4: the unbudgeted 7,000
      actual: [42_000, -1_000, 20_000, 7_000],
      variance: [13_000, 36_000, 15_000, 28_000],
      // actual 42,000 − 1,000 + 20,000 + 7,000 = 68,000; variance 160,000 − 68,000
      totals: [160_000, 68_000, 92_000],
      percentSpent: 0.425, // 68,000 ÷ 160,000
    });
  });

  it('adds up two budget lines for the same stream and category', () => {
    const [row] = budgetVsActual(2026, [budget(1, 10, 1_001), budget(1, 10, 3)], []).rows;
    // 1,001 → 251, 250, 250, 250 and 3 → 1, 1, 1, 0
    expect(row?.quarters.map((q) => q.budgetCents)).toEqual([252, 251, 251, 250]);
    // 1,001 + 3 = 1,004, nothing spent
    expect(row?.budgetCents).toBe(1_004);
    expect(row?.percentSpent).toBe(0);
  });

  it('is empty, with zero totals and no percent, when the SFY has nothing', () => {
    const empty = budgetVsActual(2030, budgets, cells);
    expect(empty.rows).toEqual([]);
    expect(empty.byStream).toEqual([]);
    expect(empty.byCategory).toEqual([]);
    expect(brief(empty.total)).toEqual({
      budget: [0, 0, 0, 0],
      actual: [0, 0, 0, 0],
      variance: [0, 0, 0, 0],
      totals: [0, 0, 0],
      percentSpent: null,
    });
  });
});
