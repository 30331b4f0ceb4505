import { describe, expect, it } from 'vitest';
import {
  familyPairs,
  oneToOne,
  type ScoredPairs,
} from '../../../../src/core/matching/linkage/resolve';

const scored = (rows: [number, number, number][]): ScoredPairs => ({
  left: Int32Array.from(rows.map((r) => r[0])),
  right: Int32Array.from(rows.map((r) => r[1])),
  probability: Float64Array.from(rows.map((r) => r[2])),
});

describe('one-to-one links', () => {
  it('takes the likeliest pairs first and links each person once', () => {
    // CalWORKs 0 fits CWS 0 best; CalWORKs 1's best (CWS 0) is taken, so it keeps CWS 1.
    const pairs = scored([
      [0, 0, 0.99],
      [1, 0, 0.95],
      [1, 1, 0.9],
      [2, 1, 0.97],
      [2, 2, 0.4],
      [3, 3, 0.5],
    ]);
    // 0.99 (0,0) kept; 0.97 (2,1) kept; 0.95 (1,0) CWS 0 taken; 0.9 (1,1) CWS 1 taken; 0.5 below.
    expect(oneToOne(pairs, 0.8)).toEqual([0, 3]);
    // With a lower threshold, (3,3) comes in; (2,2) does not, CalWORKs 2 being linked.
    expect(oneToOne(pairs, 0.3)).toEqual([0, 3, 5]);
  });

  it('breaks ties by pair order, so a run is reproducible', () => {
    const pairs = scored([
      [0, 0, 0.9],
      [0, 1, 0.9],
    ]);
    expect(oneToOne(pairs, 0.5)).toEqual([0]);
  });
});

describe('families', () => {
  it('roll linked persons up to case pairs, counting persons and keeping the strongest link', () => {
    const pairs = scored([
      [0, 0, 0.99],
      [1, 1, 0.93],
      [2, 2, 0.97],
    ]);
    const calworksCases = ['C-1', 'C-1', 'C-2'];
    const cwsCases = ['W-9', 'W-9', 'W-9'];
    expect(
      familyPairs(
        [0, 1, 2],
        pairs,
        (i) => calworksCases[i] ?? '',
        (i) => cwsCases[i] ?? '',
      ),
    ).toEqual([
      { calworksCase: 'C-1', cwsCase: 'W-9', persons: 2, probability: 0.99 },
      { calworksCase: 'C-2', cwsCase: 'W-9', persons: 1, probability: 0.97 },
    ]);
  });
});
