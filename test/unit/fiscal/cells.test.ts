import { describe, expect, it } from 'vitest';
import { spendingCells } from '../../../src/core/fiscal/cells';
import type { Expense } from '../../../src/core/fiscal/types';

function expense(date: string, amountCents: number, overrides: Partial<Expense> = {}): Expense {
  return {
    date,
    streamId: 1,
    categoryId: 10,
    amountCents,
    leveraged: false,
    savedProgram: null,
    ...overrides,
  };
}

describe('spendingCells', () => {
  it('puts June 30 in the SFY that is ending (Q4) and July 1 in the next (Q1)', () => {
    expect(spendingCells([expense('2026-06-30', 1000), expense('2026-07-01', 2000)])).toEqual([
      // 2026-06-30 is SFY 2025-26 Q4.
      {
        sfyStartYear: 2025,
        quarter: 4,
        streamId: 1,
        categoryId: 10,
        spentCents: 1000,
        leveragedCents: 0,
        generalFundSavedCents: 0,
      },
      // 2026-07-01 is SFY 2026-27 Q1.
      {
        sfyStartYear: 2026,
        quarter: 1,
        streamId: 1,
        categoryId: 10,
        spentCents: 2000,
        leveragedCents: 0,
        generalFundSavedCents: 0,
      },
    ]);
  });

  it('sums a quarter, with refunds reducing the total', () => {
    const [cell] = spendingCells([
      expense('2026-10-01', 10_000),
      expense('2026-11-15', 4_550),
      expense('2026-12-31', -2_500),
    ]);
    // Q2 Oct–Dec: 10,000 + 4,550 − 2,500 = 12,050.
    expect(cell?.quarter).toBe(2);
    expect(cell?.spentCents).toBe(12_050);
  });

  it('keeps leveraged money apart, and general-fund savings only when the county was spared', () => {
    const [cell] = spendingCells([
      expense('2027-01-05', 5_000),
      expense('2027-02-05', 3_000, { leveraged: true, savedProgram: 'county' }),
      expense('2027-03-05', 2_000, { leveraged: true, savedProgram: 'cws' }),
      expense('2027-03-20', -500, { leveraged: true, savedProgram: 'county' }),
    ]);
    // spent 5,000 + 3,000 + 2,000 − 500 = 9,500
    // leveraged 3,000 + 2,000 − 500 = 4,500
    // general fund saved 3,000 − 500 = 2,500 (the CWS-spared 2,000 is not general fund)
    expect(cell).toMatchObject({
      sfyStartYear: 2026,
      quarter: 3,
      spentCents: 9_500,
      leveragedCents: 4_500,
      generalFundSavedCents: 2_500,
    });
  });

  it('sorts by SFY, quarter, stream and category whatever the ledger order', () => {
    const cells = spendingCells([
      expense('2027-04-01', 1, { streamId: 2, categoryId: 10 }),
      expense('2026-08-01', 2, { streamId: 2, categoryId: 20 }),
      expense('2026-08-02', 3, { streamId: 2, categoryId: 10 }),
      expense('2026-08-03', 4, { streamId: 1, categoryId: 30 }),
      expense('2025-12-01', 5, { streamId: 9, categoryId: 90 }),
      expense('2026-11-01', 6, { streamId: 1, categoryId: 10 }),
    ]);
    expect(
      cells.map((c) => [c.sfyStartYear, c.quarter, c.streamId, c.categoryId, c.spentCents]),
    ).toEqual([
      [2025, 2, 9, 90, 5],
      [2026, 1, 1, 30, 4],
      [2026, 1, 2, 10, 3],
      [2026, 1, 2, 20, 2],
      [2026, 2, 1, 10, 6],
      [2026, 4, 2, 10, 1],
    ]);
  });

  it('keeps a cell whose refunds net it to zero, so the activity stays visible', () => {
    const cells = spendingCells([expense('2026-07-10', 7_500), expense('2026-07-20', -7_500)]);
    // 7,500 − 7,500 = 0
    expect(cells).toHaveLength(1);
    expect(cells[0]?.spentCents).toBe(0);
  });

  it('returns no cells for no expenses, and refuses fractions of a cent and bad dates', () => {
    expect(spendingCells([])).toEqual([]);
    expect(() => spendingCells([expense('2026-07-01', 10.5)])).toThrow(/whole number of cents/);
    expect(() => spendingCells([expense('2027-02-29', 100)])).toThrow(/not a date/);
  });
});
