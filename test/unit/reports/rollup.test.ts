import { describe, expect, it } from 'vitest';
import { byStream, byTierStatus, median, statewide } from '../../../src/core/reports/rollup';
import { samplePackage } from '../../support/reportPackage';

describe('the roll-up’s arithmetic', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });

  it('recomputes the statewide ratio from sums, and counts counties per tier and stream', () => {
    const big = samplePackage();
    const small = samplePackage();
    small.county = { fips: '06041', name: 'Marin' };
    small.fiscal = {
      ...small.fiscal,
      leveragedCents: 0,
      generalFundCommittedCents: 10_000_00,
      leverageRatio: 0,
    };
    const figures = statewide([big, small]);
    // 12,000 leveraged ÷ (40,000 + 10,000) committed = 0.24, not the mean of 0.3 and 0.
    expect(figures.totals.leverageRatio).toBeCloseTo(0.24, 12);
    expect(figures.medians.leverageRatio).toBeCloseTo(0.15, 12);
    expect(figures.totals.budgetCents).toBe(300_000_00);
    const primary = byTierStatus([big, small]).find(
      (c) => c.tier === 'primary' && c.status === 'operating',
    );
    expect(primary).toEqual({ tier: 'primary', status: 'operating', components: 4, counties: 2 });
    expect(byStream([big, small])[0]).toMatchObject({
      stream: 'CalWORKs Housing Support Program',
      budgetCents: 220_000_00,
      counties: 2,
    });
    expect(statewide([]).totals.leverageRatio).toBeNull();
  });
});
