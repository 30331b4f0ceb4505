import { describe, expect, it } from 'vitest';
import {
  bandedBins,
  drawnWeight,
  levelWeight,
  logOddsBits,
  matchWeightFor,
  pairsInBands,
  probabilityOfLogOdds,
  probabilityOfMatchWeight,
  readThresholds,
  roundedProbability,
  weightLimit,
} from '../../../../src/renderer/pages/matching/bands';

describe('probabilities and bits', () => {
  it('places a probability at its log2 odds on the score scale', () => {
    expect(logOddsBits(0.5)).toBe(0);
    expect(logOddsBits(0.8)).toBeCloseTo(2, 12); // odds 4:1
    expect(logOddsBits(0.2)).toBeCloseTo(-2, 12);
    expect(logOddsBits(0.9)).toBeCloseTo(Math.log2(9), 12);
    expect(probabilityOfLogOdds(2)).toBeCloseTo(0.8, 12);
    expect(probabilityOfLogOdds(-1)).toBeCloseTo(1 / 3, 12);
  });

  it('takes the prior off to give the field weight a pair needs, and puts it back', () => {
    // Prior 1/1025: prior odds 1/1024, −10 bits. Even odds need 10 bits of field evidence.
    expect(matchWeightFor(0.5, 1 / 1025)).toBeCloseTo(10, 12);
    expect(matchWeightFor(0.8, 0.2)).toBeCloseTo(4, 12);
    // 12 bits over odds of 1/1024: odds 4, p = 1 / (1 + 1/4) = 0.8.
    expect(probabilityOfMatchWeight(12, 1 / 1025)).toBeCloseTo(0.8, 12);
    expect(probabilityOfMatchWeight(matchWeightFor(0.97, 0.001), 0.001)).toBeCloseTo(0.97, 12);
  });
});

describe('pairs in each band, from the histogram', () => {
  // Bins [−3,−2) [−2,−1) [−1,0) [0,1) [1,2) [2,3), middles −2.5 … 2.5.
  const histogram = { fromBits: -3, counts: [10, 20, 30, 40, 50, 60] };

  it('counts each bin in the band holding its middle', () => {
    // Link at 0.8 (2 bits), review from 0.5 (0 bits).
    expect(pairsInBands(histogram, { accept: 0.8, review: 0.5 })).toEqual({
      linked: 60,
      review: 40 + 50,
      'not-linked': 10 + 20 + 30,
    });
    expect(bandedBins(histogram, { accept: 0.8, review: 0.5 }).map((b) => b.band)).toEqual([
      'not-linked',
      'not-linked',
      'not-linked',
      'review',
      'review',
      'linked',
    ]);
  });

  it('moves a bin when a threshold passes its middle', () => {
    // Review from −0.4 bits: the middle of [−1, 0), −0.5, is below it; from −0.6 it is above.
    expect(
      pairsInBands(histogram, { accept: 0.8, review: probabilityOfLogOdds(-0.4) }).review,
    ).toBe(90);
    expect(
      pairsInBands(histogram, { accept: 0.8, review: probabilityOfLogOdds(-0.6) }).review,
    ).toBe(120);
    // Link at 0.9 (3.17 bits): above every middle, so nothing is linked.
    expect(pairsInBands(histogram, { accept: 0.9, review: 0.5 })).toEqual({
      linked: 0,
      review: 150,
      'not-linked': 60,
    });
  });

  it('has an empty review band when both thresholds are the same', () => {
    expect(pairsInBands(histogram, { accept: 0.5, review: 0.5 })).toEqual({
      linked: 150,
      review: 0,
      'not-linked': 60,
    });
  });
});

describe('thresholds typed into the page', () => {
  it('takes probabilities strictly between 0 and 1, review at most link', () => {
    expect(readThresholds('0.9', '0.5')).toEqual({ thresholds: { accept: 0.9, review: 0.5 } });
    expect(readThresholds('0.5', '0.5')).toEqual({ thresholds: { accept: 0.5, review: 0.5 } });
    expect(readThresholds('', '0.5')).toMatchObject({ field: 'accept' });
    expect(readThresholds('1', '0.5')).toMatchObject({ field: 'accept' });
    expect(readThresholds('abc', '0.5')).toMatchObject({ field: 'accept' });
    expect(readThresholds('0.9', '0')).toMatchObject({ field: 'review' });
    expect(readThresholds('0.5', '0.9')).toEqual({
      field: 'review',
      problem: 'The review threshold must not be above the link threshold.',
    });
  });
});

describe('a slider position as a probability', () => {
  it('keeps two significant digits of the distance from 0 or 1, and stays inside (0, 1)', () => {
    expect(roundedProbability(0.5)).toBe(0.5);
    expect(roundedProbability(probabilityOfLogOdds(Math.log2(9)))).toBe(0.9);
    // 10 bits: odds 1024, p = 1024/1025 = 0.999024…
    expect(roundedProbability(probabilityOfLogOdds(10))).toBe(0.99902);
    // −10 bits: p = 1/1025 = 0.000975…
    expect(roundedProbability(probabilityOfLogOdds(-10))).toBe(0.00098);
    expect(roundedProbability(probabilityOfLogOdds(20))).toBe(0.999999);
    expect(roundedProbability(probabilityOfLogOdds(-25))).toBe(0.000001);
  });
});

describe('field weights for the chart', () => {
  it('is log2(m/u), infinite when a share is 0, undefined when both are', () => {
    expect(levelWeight(0.5, 0.125)).toBe(2);
    expect(levelWeight(0.25, 0.5)).toBe(-1);
    expect(levelWeight(0.5, 0)).toBe(Infinity);
    expect(levelWeight(0, 0.5)).toBe(-Infinity);
    expect(levelWeight(0, 0)).toBeNaN();
  });

  it('draws infinite weights at the edge, rounded up to 5 bits past the largest finite one', () => {
    expect(weightLimit([2, -1, Infinity, Number.NaN])).toBe(5);
    expect(weightLimit([12.3, -7])).toBe(15);
    expect(weightLimit([-20])).toBe(20);
    expect(weightLimit([])).toBe(5);
    expect(drawnWeight(Infinity, 15)).toBe(15);
    expect(drawnWeight(-Infinity, 15)).toBe(-15);
    expect(drawnWeight(Number.NaN, 15)).toBe(0);
    expect(drawnWeight(-3.5, 15)).toBe(-3.5);
  });
});
