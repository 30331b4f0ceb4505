import { describe, expect, it } from 'vitest';
import { levelChains, orderedM } from '../../../../src/core/matching/linkage/orderedLevels';

const SSN = ['exact', 'last four', 'different'];
const SURNAME = ['exact', 'shared part', 'close', 'similar', 'different'];

describe('level order as evidence', () => {
  it('chains each level between the strongest and disagreement, and close before similar', () => {
    expect(levelChains(SSN)).toEqual([[0, 1, 2]]);
    expect(levelChains(['same', 'different'])).toEqual([[0, 1]]);
    expect(levelChains(SURNAME)).toEqual([
      [0, 1, 4],
      [0, 2, 4],
      [0, 3, 4],
      [0, 2, 3, 4],
    ]);
  });

  it('pools SSN "last four" into "exact" when the estimate rates it higher', () => {
    // Ratios m/u: exact 0.80/1e-6 = 800,000 < last four 0.15/1e-7 = 1,500,000: broken.
    // Pooled: (0.80 + 0.15) / (1e-6 + 1e-7) = 863,636.36…; exact 0.95 × 10/11, last four 0.95 × 1/11.
    const m = orderedM([0.8, 0.15, 0.05], [1e-6, 1e-7, 1 - 1.1e-6], levelChains(SSN));
    expect(m[0]).toBeCloseTo(0.8636363636, 9);
    expect(m[1]).toBeCloseTo(0.0863636364, 9);
    expect(m[2]).toBe(0.05);
    expect(m.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('pools a last name "similar" that weighs less than "different" with it', () => {
    const u = [0.001, 0.001, 0.01, 0.05, 0.938];
    // Ratios: 900, 20, 4, 0.02 (similar) < 0.04158 (different): broken.
    // Pooled: (0.001 + 0.039) / (0.05 + 0.938) = 0.04048583; similar × 0.05, different × 0.938.
    const m = orderedM([0.9, 0.02, 0.04, 0.001, 0.039], u, levelChains(SURNAME));
    expect(m.slice(0, 3)).toEqual([0.9, 0.02, 0.04]);
    expect(m[3]).toBeCloseTo(0.00202429, 8);
    expect(m[4]).toBeCloseTo(0.03797571, 8);
    expect((m[3] ?? 0) / (u[3] ?? 1)).toBeCloseTo((m[4] ?? 0) / (u[4] ?? 1), 12);
  });

  it('leaves an estimate that keeps the order as it is', () => {
    const m = [0.9, 0.03, 0.03, 0.02, 0.02];
    expect(orderedM(m, [0.001, 0.001, 0.01, 0.05, 0.938], levelChains(SURNAME))).toEqual(m);
  });

  it('never lets a partial agreement (a nickname) outweigh an exact one', () => {
    const names = ['exact', 'nickname', 'close', 'similar', 'different'];
    // Ratios: exact 0.6/0.01 = 60 < nickname 0.3/0.001 = 300. Pooled: 0.9 / 0.011 = 81.818…
    const ordered = orderedM(
      [0.6, 0.3, 0.05, 0.03, 0.02],
      [0.01, 0.001, 0.02, 0.07, 0.899],
      levelChains(names),
    );
    expect(ordered[0]).toBeCloseTo((0.9 * 0.01) / 0.011, 12);
    expect(ordered[1]).toBeCloseTo((0.9 * 0.001) / 0.011, 12);
    expect(ordered.slice(2)).toEqual([0.05, 0.03, 0.02]);
  });
});
