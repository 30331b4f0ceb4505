import { describe, expect, it } from 'vitest';
import { exactAgreementWeight, termFrequencies } from '../../../src/core/linkage/termFrequency';

describe('term-frequency adjustment', () => {
  it('gives each value its share of the values, blanks left out', () => {
    const shares = termFrequencies(['GARCIA', 'GARCIA', 'GARCIA', 'ZWEIBEL', '', 'NGUYEN']);
    expect(shares).toEqual(
      new Map([
        ['GARCIA', 0.6],
        ['ZWEIBEL', 0.2],
        ['NGUYEN', 0.2],
      ]),
    );
  });

  it('weighs agreement on a common surname less than on a rare one', () => {
    // m = 0.9: GARCIA at 5 % → ln(0.9 / 0.05) = 2.89; a 1-in-10,000 name → ln(0.9 / 0.0001) = 9.10.
    expect(exactAgreementWeight(0.9, 0.05)).toBeCloseTo(2.8904, 4);
    expect(exactAgreementWeight(0.9, 0.0001)).toBeCloseTo(9.105, 4);
    // Never rarer than the floor: a name seen once in a tiny extract proves nothing extra.
    expect(exactAgreementWeight(0.9, 1e-9)).toBeCloseTo(Math.log(0.9 / 1e-5), 8);
  });
});
