import { describe, expect, it } from 'vitest';
import {
  BIN_COLOURS,
  binColours,
  binIndex,
  binLabel,
  quantileBins,
} from '../../../../../src/renderer/pages/reports/map/mapScale';

describe('quantileBins', () => {
  it('splits ten figures into five bins of two, in any input order', () => {
    expect(quantileBins([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toEqual([
      { from: 1, to: 2 },
      { from: 3, to: 4 },
      { from: 5, to: 6 },
      { from: 7, to: 8 },
      { from: 9, to: 10 },
    ]);
  });

  it('rounds uneven counts to the nearest rank: 58 counties make bins of 12, 11, 12, 11, 12', () => {
    const bins = quantileBins(Array.from({ length: 58 }, (_, i) => i + 1));
    expect(bins.map((bin) => bin.to - bin.from + 1)).toEqual([12, 11, 12, 11, 12]);
    expect(bins.map((bin) => bin.from)).toEqual([1, 13, 24, 36, 47]);
  });

  it('keeps equal figures in one bin; the bins after a long tie take what is left', () => {
    // Ranks would cut after the 2nd, 4th, 6th and 8th figure; the run of 3s crosses two cuts.
    expect(quantileBins([1, 2, 3, 3, 3, 3, 3, 8, 9, 10])).toEqual([
      { from: 1, to: 2 },
      { from: 3, to: 3 },
      { from: 8, to: 8 },
      { from: 9, to: 9 },
      { from: 10, to: 10 },
    ]);
  });

  it('has fewer than five bins when ties leave too few distinct figures', () => {
    expect(quantileBins([1, 1, 1, 1, 1, 1, 1, 1, 2, 3])).toEqual([
      { from: 1, to: 1 },
      { from: 2, to: 2 },
      { from: 3, to: 3 },
    ]);
  });

  it('has one bin when every figure is equal, or there is only one', () => {
    expect(quantileBins([0.4, 0.4, 0.4, 0.4, 0.4, 0.4, 0.4])).toEqual([{ from: 0.4, to: 0.4 }]);
    expect(quantileBins([7])).toEqual([{ from: 7, to: 7 }]);
  });

  it('gives each figure its own bin when there are fewer than five', () => {
    expect(quantileBins([3, 1, 2])).toEqual([
      { from: 1, to: 1 },
      { from: 2, to: 2 },
      { from: 3, to: 3 },
    ]);
  });

  it('has no bins without figures, and ignores nulls', () => {
    expect(quantileBins([])).toEqual([]);
    expect(quantileBins([null, null])).toEqual([]);
    expect(quantileBins([null, 5, null, 1, 3, 2, 4, null])).toEqual([
      { from: 1, to: 1 },
      { from: 2, to: 2 },
      { from: 3, to: 3 },
      { from: 4, to: 4 },
      { from: 5, to: 5 },
    ]);
  });

  it('handles negative figures and zero', () => {
    expect(quantileBins([-2, 0, 0, 5, -1])).toEqual([
      { from: -2, to: -2 },
      { from: -1, to: -1 },
      { from: 0, to: 0 },
      { from: 5, to: 5 },
    ]);
  });
});

describe('binIndex', () => {
  const bins = quantileBins([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

  it('puts each figure in the bin that holds it', () => {
    expect([1, 2, 3, 6, 10].map((value) => binIndex(bins, value))).toEqual([0, 0, 1, 2, 4]);
  });

  it('puts a figure between bins in the upper one, and past the top in the last', () => {
    expect(binIndex(bins, 2.5)).toBe(1);
    expect(binIndex(bins, 99)).toBe(4);
    expect(binIndex(bins, -99)).toBe(0);
  });
});

describe('binColours', () => {
  it('uses the five blues, light to dark, for five bins', () => {
    expect(binColours(5)).toEqual([...BIN_COLOURS]);
  });

  it('spreads fewer bins across the palette so they stay far apart', () => {
    expect(binColours(2)).toEqual([BIN_COLOURS[0], BIN_COLOURS[4]]);
    expect(binColours(3)).toEqual([BIN_COLOURS[0], BIN_COLOURS[2], BIN_COLOURS[4]]);
    expect(binColours(1)).toEqual([BIN_COLOURS[2]]);
    expect(binColours(0)).toEqual([]);
  });
});

describe('binLabel', () => {
  const ratio = (value: number) => value.toFixed(2);

  it('names a range in words, or the one figure a bin holds', () => {
    expect(binLabel({ from: 0.1, to: 0.254 }, ratio)).toBe('0.10 to 0.25');
    expect(binLabel({ from: 0.4, to: 0.4 }, ratio)).toBe('0.40');
    // Figures that only differ past the format's precision read as one.
    expect(binLabel({ from: 0.401, to: 0.404 }, ratio)).toBe('0.40');
  });
});
