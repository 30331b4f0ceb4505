import { describe, expect, it } from 'vitest';
import {
  frequencyAdjustments,
  MIN_FREQUENCY,
  termFrequencies,
} from '../../../../src/core/matching/linkage/termFrequency';

describe('term-frequency adjustment', () => {
  it('gives each value its share of the values of both extracts, blanks (NONE) left out', () => {
    // ids: 0 GARCIA, 1 ZWEIBEL, 2 NGUYEN
    const shares = termFrequencies([Int32Array.of(0, 0, -1), Int32Array.of(0, 1, 2)], 3);
    expect([...shares]).toEqual([0.6, 0.2, 0.2]);
  });

  it('weighs agreement on a common name less and on a rare one more than on an average one', () => {
    // Average chance two persons share a name: 0.6² + 0.2² + 0.2² = 0.44.
    const adjustments = frequencyAdjustments(Float64Array.of(0.6, 0.2, 0.2));
    expect(adjustments[0]).toBeCloseTo(Math.log(0.44 / 0.6), 12); // −0.310
    expect(adjustments[1]).toBeCloseTo(Math.log(0.44 / 0.2), 12); // +0.788
  });

  it('never treats a value as rarer than the floor', () => {
    const adjustments = frequencyAdjustments(Float64Array.of(1 - 1e-9, 1e-9));
    expect(adjustments[1]).toBeCloseTo(Math.log((1 - 1e-9) ** 2 / MIN_FREQUENCY), 9);
  });
});
