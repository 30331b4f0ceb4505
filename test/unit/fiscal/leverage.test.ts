import { describe, expect, it } from 'vitest';
import { spendingCells } from '../../../src/core/fiscal/cells';
import { leverageBySfy } from '../../../src/core/fiscal/leverage';
import type { Budget, SpendingCell } from '../../../src/core/fiscal/types';
import type { FiscalQuarter } from '../../../src/core/fiscalCalendar';

const GENERAL_FUND = 1;
const HOUSING_SUPPORT = 2;
const TITLE_IV_E = 3;
const streams = [
  { id: GENERAL_FUND, generalFund: true },
  { id: HOUSING_SUPPORT, generalFund: false },
  { id: TITLE_IV_E, generalFund: false },
];
const HOUSING = 10;
const MENTAL_HEALTH = 20;

function budget(
  sfyStartYear: number,
  streamId: number,
  categoryId: number,
  amountCents: number,
): Budget {
  return { sfyStartYear, streamId, categoryId, amountCents, quarterCents: null };
}

function cell(
  sfyStartYear: number,
  quarter: FiscalQuarter,
  streamId: number,
  categoryId: number,
  leveragedCents: number,
  generalFundSavedCents: number,
  spentCents = leveragedCents,
): SpendingCell {
  return {
    sfyStartYear,
    quarter,
    streamId,
    categoryId,
    spentCents,
    leveragedCents,
    generalFundSavedCents,
  };
}

describe('leverageBySfy', () => {
  const budgets = [
    budget(2026, GENERAL_FUND, HOUSING, 200_000),
    budget(2026, GENERAL_FUND, MENTAL_HEALTH, 50_000),
    budget(2026, HOUSING_SUPPORT, HOUSING, 999_999), // not general fund: not in the divisor
    budget(2027, HOUSING_SUPPORT, HOUSING, 100_000), // 2027: nothing committed
    budget(2028, GENERAL_FUND, HOUSING, 100_000), // 2028: committed, nothing spent
  ];
  const cells = [
    cell(2026, 1, GENERAL_FUND, HOUSING, 0, 0, 70_000), // the general fund's own spending
    cell(2026, 1, HOUSING_SUPPORT, HOUSING, 60_000, 40_000, 80_000),
    cell(2026, 2, TITLE_IV_E, MENTAL_HEALTH, 50_000, 0), // spared CWS, not the county
    cell(2026, 3, HOUSING_SUPPORT, HOUSING, 30_000, 30_000),
    cell(2026, 3, TITLE_IV_E, MENTAL_HEALTH, -10_000, 0), // a refund
    cell(2027, 1, HOUSING_SUPPORT, HOUSING, 5_000, 5_000),
  ];
  const [sfy2026, sfy2027, sfy2028] = leverageBySfy(budgets, streams, cells);

  it('has one row per SFY with a budget or spending, oldest first', () => {
    expect(leverageBySfy(budgets, streams, cells).map((row) => row.sfyStartYear)).toEqual([
      2026, 2027, 2028,
    ]);
  });

  it('divides leveraged funds by the general fund committed for the SFY', () => {
    expect(sfy2026).toMatchObject({
      // 60,000 + 50,000 + 30,000 − 10,000 = 130,000
      leveragedCents: 130_000,
      // 40,000 + 30,000 = 70,000
      generalFundSavedCents: 70_000,
      // 200,000 + 50,000 (general-fund budgets only) = 250,000
      generalFundCommittedCents: 250_000,
      // 130,000 ÷ 250,000
      leverageRatio: 0.52,
    });
  });

  it('breaks leveraged funds and savings down by stream, leaving out streams with neither', () => {
    expect(sfy2026?.byStream).toEqual([
      // 60,000 + 30,000 leveraged; 40,000 + 30,000 saved
      { streamId: HOUSING_SUPPORT, leveragedCents: 90_000, generalFundSavedCents: 70_000 },
      // 50,000 − 10,000 leveraged
      { streamId: TITLE_IV_E, leveragedCents: 40_000, generalFundSavedCents: 0 },
    ]);
  });

  it('breaks them down by category', () => {
    expect(sfy2026?.byCategory).toEqual([
      // 0 + 60,000 + 30,000; 0 + 40,000 + 30,000
      { categoryId: HOUSING, leveragedCents: 90_000, generalFundSavedCents: 70_000 },
      // 50,000 − 10,000
      { categoryId: MENTAL_HEALTH, leveragedCents: 40_000, generalFundSavedCents: 0 },
    ]);
  });

  it('breaks them down by quarter, all four always present', () => {
    expect(sfy2026?.byQuarter).toEqual([
      { quarter: 1, leveragedCents: 60_000, generalFundSavedCents: 40_000 },
      { quarter: 2, leveragedCents: 50_000, generalFundSavedCents: 0 },
      // 30,000 − 10,000 = 20,000 leveraged
      { quarter: 3, leveragedCents: 20_000, generalFundSavedCents: 30_000 },
      { quarter: 4, leveragedCents: 0, generalFundSavedCents: 0 },
    ]);
  });

  it('has no ratio when no general fund was committed', () => {
    expect(sfy2027).toMatchObject({
      leveragedCents: 5_000,
      generalFundSavedCents: 5_000,
      generalFundCommittedCents: 0,
      leverageRatio: null,
    });
  });

  it('has a ratio of 0 when general fund was committed but nothing leveraged', () => {
    expect(sfy2028).toMatchObject({
      leveragedCents: 0,
      generalFundCommittedCents: 100_000,
      leverageRatio: 0, // 0 ÷ 100,000
      byStream: [],
      byCategory: [],
    });
    expect(sfy2028?.byQuarter.map((q) => q.leveragedCents)).toEqual([0, 0, 0, 0]);
  });

  it('works from ledger rows through spending cells', () => {
    const rows = leverageBySfy(
      [budget(2025, GENERAL_FUND, HOUSING, 40_000)],
      streams,
      spendingCells([
        {
          date: '2026-06-30',
          streamId: HOUSING_SUPPORT,
          categoryId: HOUSING,
          amountCents: 10_000,
          leveraged: true,
          savedProgram: 'county',
        },
        {
          date: '2026-07-01',
          streamId: HOUSING_SUPPORT,
          categoryId: HOUSING,
          amountCents: 7_000,
          leveraged: true,
          savedProgram: 'calworks',
        },
      ]),
    );
    // June 30 belongs to SFY 2025-26: 10,000 ÷ 40,000 = 0.25. July 1 opens 2026-27, uncommitted.
    expect(
      rows.map((r) => [r.sfyStartYear, r.leveragedCents, r.generalFundSavedCents, r.leverageRatio]),
    ).toEqual([
      [2025, 10_000, 10_000, 0.25],
      [2026, 7_000, 0, null],
    ]);
  });

  it('is empty for no budgets and no spending, and refuses a budget of an unknown stream', () => {
    expect(leverageBySfy([], streams, [])).toEqual([]);
    expect(() => leverageBySfy([budget(2026, 99, HOUSING, 1)], streams, [])).toThrow(
      /unknown stream 99/,
    );
  });
});
