import { describe, expect, it } from 'vitest';
import { divideCeiling, divideRounded } from '../../../src/core/fiscal/wholeCents';

describe('divideRounded', () => {
  it.each([
    [7, 2, 4], // 3.5 → 4
    [-7, 2, -4], // −3.5 → −4, like the charge it reverses
    [5, 3, 2], // 1.67 → 2
    [4, 3, 1], // 1.33 → 1
    [-4, 3, -1],
    [0, 5, 0],
    [36_500, 3, 12_167], // 12,166.67 → 12,167
  ])('%i ÷ %i ≈ %i', (numerator, denominator, expected) => {
    expect(divideRounded(numerator, denominator)).toBe(expected);
  });

  it('stays exact near the largest safe integer, where float division rounds', () => {
    // (2^53 − 1) ÷ 2 = 4,503,599,627,370,495.5 → …496
    expect(divideRounded(Number.MAX_SAFE_INTEGER, 2)).toBe(4_503_599_627_370_496);
    // (2^53 − 2) ÷ 3 = 3,002,399,751,580,330 exactly
    expect(divideRounded(Number.MAX_SAFE_INTEGER - 1, 3)).toBe(3_002_399_751_580_330);
  });

  it('refuses division by zero and fractions of a cent', () => {
    expect(() => divideRounded(1, 0)).toThrow(/Cannot divide/);
    expect(() => divideRounded(1.5, 2)).toThrow(/whole number of cents/);
  });
});

describe('divideCeiling', () => {
  it.each([
    [300_000, 1_000, 300], // exact
    [300_001, 1_000, 301], // 300.001 → 301
    [0, 7, 0],
    [-5, 2, -2], // −2.5 → −2
  ])('⌈%i ÷ %i⌉ = %i', (numerator, denominator, expected) => {
    expect(divideCeiling(numerator, denominator)).toBe(expected);
  });
});
