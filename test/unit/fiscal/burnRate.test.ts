import { describe, expect, it } from 'vitest';
import {
  burnRate,
  burnWindow,
  spentToDate,
  UNSPENT_WARNING_SHARE,
} from '../../../src/core/fiscal/burnRate';

describe('burnWindow', () => {
  it('counts days from July 1, the as-of date included', () => {
    // July 1 alone is day 1.
    expect(burnWindow(2026, '2026-07-01')).toMatchObject({
      start: '2026-07-01',
      through: '2026-07-01',
      end: '2027-06-30',
      daysElapsed: 1,
      daysInYear: 365, // February 2027 has 28 days
    });
    // Q1: 31 (Jul) + 31 (Aug) + 30 (Sep) = 92.
    expect(burnWindow(2026, '2026-09-30').daysElapsed).toBe(92);
    // Jul–Jan 31 + 31 + 30 + 31 + 30 + 31 + 31 = 215, + 28 in February = 243.
    expect(burnWindow(2026, '2027-02-28').daysElapsed).toBe(243);
    expect(burnWindow(2026, '2027-06-30').daysElapsed).toBe(365);
  });

  it('has 366 days in SFY 2027-28, which holds February 29, 2028', () => {
    const window = burnWindow(2027, '2028-02-29');
    // 215 days July–January, + 29 in February = 244.
    expect(window.daysElapsed).toBe(244);
    expect(window.daysInYear).toBe(366);
    expect(window.end).toBe('2028-06-30');
  });

  it('treats a date after June 30 as the whole year', () => {
    expect(burnWindow(2026, '2027-08-15')).toMatchObject({
      through: '2027-06-30',
      daysElapsed: 365,
    });
  });

  it('refuses a date before the SFY starts, and a date that does not exist', () => {
    expect(() => burnWindow(2026, '2026-06-30')).toThrow(/before SFY 2026-27 starts/);
    expect(() => burnWindow(2026, '2027-02-29')).toThrow(/not a date/);
  });
});

describe('spentToDate', () => {
  it('sums expenses from July 1 through the as-of date, refunds included', () => {
    const window = burnWindow(2026, '2026-09-30');
    const expenses = [
      { date: '2026-06-30', amountCents: 100_000 }, // SFY 2025-26: out
      { date: '2026-07-01', amountCents: 5_000 },
      { date: '2026-08-15', amountCents: -1_200 },
      { date: '2026-09-30', amountCents: 700 },
      { date: '2026-10-01', amountCents: 100_000 }, // after as-of: out
    ];
    // 5,000 − 1,200 + 700 = 4,500
    expect(spentToDate(expenses, window)).toBe(4_500);
  });
});

describe('burnRate', () => {
  it('is on track when the straight line lands on the budget', () => {
    expect(
      burnRate({
        sfyStartYear: 2026,
        budgetCents: 365_000,
        spentToDateCents: 92_000,
        asOf: '2026-09-30',
      }),
    ).toEqual({
      sfyStartYear: 2026,
      start: '2026-07-01',
      through: '2026-09-30',
      end: '2027-06-30',
      daysElapsed: 92,
      daysInYear: 365,
      budgetCents: 365_000,
      spentToDateCents: 92_000,
      burnPerDayCents: 1_000, // 92,000 ÷ 92
      projectedCents: 365_000, // 1,000 × 365
      status: 'on-track',
      runOutDate: null,
    });
  });

  it('runs out when the projection exceeds the budget, on the day the line reaches it', () => {
    const result = burnRate({
      sfyStartYear: 2026,
      budgetCents: 300_000,
      spentToDateCents: 92_000,
      asOf: '2026-09-30',
    });
    // 1,000 a day → 365,000 > 300,000.
    expect(result.projectedCents).toBe(365_000);
    expect(result.status).toBe('runs-out');
    // Day ⌈300,000 ÷ 1,000⌉ = 300. Through March: 31+31+30+31+30+31+31+28+31 = 274, so day 300
    // is April 26.
    expect(result.runOutDate).toBe('2027-04-26');
  });

  it('rounds the run-out day up when the budget falls between two days', () => {
    const result = burnRate({
      sfyStartYear: 2026,
      budgetCents: 300_001,
      spentToDateCents: 92_000,
      asOf: '2026-09-30',
    });
    // Day 300 reaches 300,000 < 300,001; day ⌈300.001⌉ = 301 is April 27.
    expect(result.runOutDate).toBe('2027-04-27');
  });

  it('gives a run-out date in the past when the line is already overspent', () => {
    const result = burnRate({
      sfyStartYear: 2026,
      budgetCents: 50_000,
      spentToDateCents: 92_000,
      asOf: '2026-09-30',
    });
    // Day ⌈50,000 ÷ 1,000⌉ = 50: July has 31, so August 19.
    expect(result.status).toBe('runs-out');
    expect(result.runOutDate).toBe('2026-08-19');
  });

  it('runs out on July 1 when there is spending against a budget of 0', () => {
    const result = burnRate({
      sfyStartYear: 2026,
      budgetCents: 0,
      spentToDateCents: 100,
      asOf: '2026-07-10',
    });
    // 100 ÷ 10 days × 365 = 3,650 > 0; day 1 already reaches 0.
    expect(result.projectedCents).toBe(3_650);
    expect(result.status).toBe('runs-out');
    expect(result.runOutDate).toBe('2026-07-01');
  });

  it('warns of unspent money below 90% of the budget, and not at exactly 90%', () => {
    expect(UNSPENT_WARNING_SHARE).toBe(0.9);
    // Projection 365,000 < 0.9 × 500,000 = 450,000.
    expect(
      burnRate({
        sfyStartYear: 2026,
        budgetCents: 500_000,
        spentToDateCents: 92_000,
        asOf: '2026-09-30',
      }).status,
    ).toBe('unspent');
    // Whole year: projection = spent. 90,000 = 0.9 × 100,000 is not below it.
    const atEdge = { sfyStartYear: 2026, budgetCents: 100_000, asOf: '2027-06-30' };
    expect(burnRate({ ...atEdge, spentToDateCents: 90_000 }).status).toBe('on-track');
    expect(burnRate({ ...atEdge, spentToDateCents: 89_999 }).status).toBe('unspent');
  });

  it('rounds the projection to whole cents, halves away from zero', () => {
    const at = (spentToDateCents: number, asOf: string) =>
      burnRate({ sfyStartYear: 2026, budgetCents: 1_000_000, spentToDateCents, asOf });
    // 100 × 365 ÷ 3 = 12,166.67 → 12,167
    expect(at(100, '2026-07-03').projectedCents).toBe(12_167);
    // 200 × 365 ÷ 3 = 24,333.33 → 24,333
    expect(at(200, '2026-07-03').projectedCents).toBe(24_333);
    // 1 × 365 ÷ 2 = 182.5 → 183, at half a cent a day
    expect(at(1, '2026-07-02')).toMatchObject({ projectedCents: 183, burnPerDayCents: 0.5 });
  });

  it('projects over 366 days in a leap SFY', () => {
    const leap = burnRate({
      sfyStartYear: 2027,
      budgetCents: 250_000,
      spentToDateCents: 244_000,
      asOf: '2028-02-29',
    });
    // 244,000 ÷ 244 = 1,000 a day; × 366 = 366,000.
    expect(leap).toMatchObject({
      burnPerDayCents: 1_000,
      projectedCents: 366_000,
      status: 'runs-out',
    });
    // Day 250: 244 through February 29, then 6 more → March 6, 2028.
    expect(leap.runOutDate).toBe('2028-03-06');

    const common = burnRate({
      sfyStartYear: 2026,
      budgetCents: 250_000,
      spentToDateCents: 243_000,
      asOf: '2027-02-28',
    });
    // Same 1,000 a day over 365 days = 365,000; day 250 is 243 + 7 → March 7, 2027.
    expect(common).toMatchObject({ projectedCents: 365_000, runOutDate: '2027-03-07' });
  });

  it('has rate 0 and projects what was spent until there is net spending', () => {
    const asOf = '2026-10-15';
    // Nothing spent against a budget: unspent.
    expect(
      burnRate({ sfyStartYear: 2026, budgetCents: 100_000, spentToDateCents: 0, asOf }),
    ).toMatchObject({ burnPerDayCents: 0, projectedCents: 0, status: 'unspent', runOutDate: null });
    // Nothing spent and nothing budgeted: nothing to warn about.
    expect(burnRate({ sfyStartYear: 2026, budgetCents: 0, spentToDateCents: 0, asOf }).status).toBe(
      'on-track',
    );
    // Refunds only: the projection stays at −5,000 instead of extrapolating refunds.
    expect(
      burnRate({ sfyStartYear: 2026, budgetCents: 100_000, spentToDateCents: -5_000, asOf }),
    ).toMatchObject({ burnPerDayCents: 0, projectedCents: -5_000, status: 'unspent' });
  });

  it('uses the whole year after June 30', () => {
    const result = burnRate({
      sfyStartYear: 2026,
      budgetCents: 400_000,
      spentToDateCents: 380_000,
      asOf: '2027-09-01',
    });
    // 380,000 ÷ 365 × 365 = 380,000 ≥ 0.9 × 400,000 = 360,000.
    expect(result).toMatchObject({
      through: '2027-06-30',
      daysElapsed: 365,
      projectedCents: 380_000,
      status: 'on-track',
    });
  });

  it('refuses an as-of date before the SFY, a negative budget and fractions of a cent', () => {
    const ok = { sfyStartYear: 2026, budgetCents: 100, spentToDateCents: 0, asOf: '2026-07-01' };
    expect(() => burnRate({ ...ok, asOf: '2026-06-30' })).toThrow(/before SFY 2026-27 starts/);
    expect(() => burnRate({ ...ok, budgetCents: -1 })).toThrow(/cannot be negative/);
    expect(() => burnRate({ ...ok, spentToDateCents: 0.5 })).toThrow(/whole number of cents/);
  });
});
