import { describe, expect, it } from 'vitest';
import {
  estimateEm,
  matchProbabilities,
  matchWeights,
  type FieldLevels,
} from '../../../src/core/linkage/fellegiSunter';
import { seededRandom } from '../../../src/core/seededRandom';

/** Pairs drawn from known parameters: EM should find them again without the labels. */
function synthetic(pairs: number, lambda: number, m: number[][], u: number[][], missing = 0) {
  const random = seededRandom(7);
  const draw = (probabilities: number[]) => {
    let r = random();
    for (const [level, p] of probabilities.entries()) {
      if (r < p) return level;
      r -= p;
    }
    return probabilities.length - 1;
  };
  const fields: FieldLevels[] = m.map((levels, f) => ({
    name: `field ${f}`,
    levelCount: levels.length,
    levels: new Int8Array(pairs),
  }));
  const truth = new Uint8Array(pairs);
  for (let p = 0; p < pairs; p++) {
    const isMatch = random() < lambda;
    truth[p] = isMatch ? 1 : 0;
    fields.forEach((field, f) => {
      field.levels[p] = random() < missing ? -1 : draw((isMatch ? m[f] : u[f]) ?? []);
    });
  }
  return { fields, truth };
}

const M = [
  [0.9, 0.07, 0.03],
  [0.85, 0.1, 0.05],
  [0.95, 0.05],
  [0.8, 0.15, 0.05],
];
const U = [
  [0.02, 0.08, 0.9],
  [0.05, 0.15, 0.8],
  [0.1, 0.9],
  [0.01, 0.04, 0.95],
];

describe('Fellegi–Sunter by EM', () => {
  it('recovers known m, u and match share from unlabelled pairs', () => {
    const { fields } = synthetic(40_000, 0.2, M, U);
    const { parameters, converged } = estimateEm(fields);
    expect(converged).toBe(true);
    expect(parameters.lambda).toBeCloseTo(0.2, 2);
    parameters.m.forEach((levels, f) =>
      levels.forEach((value, l) => expect(Math.abs(value - (M[f]?.[l] ?? 0))).toBeLessThan(0.02)),
    );
    parameters.u.forEach((levels, f) =>
      levels.forEach((value, l) => expect(Math.abs(value - (U[f]?.[l] ?? 0))).toBeLessThan(0.02)),
    );
  });

  it('ignores missing levels and still separates matches from non-matches', () => {
    const { fields, truth } = synthetic(20_000, 0.3, M, U, 0.2);
    const { parameters } = estimateEm(fields);
    const probability = matchProbabilities(parameters, fields, new Float64Array(truth.length));
    let right = 0;
    for (let p = 0; p < truth.length; p++) {
      if ((probability[p] ?? 0) >= 0.5 === (truth[p] === 1)) right++;
    }
    expect(right / truth.length).toBeGreaterThan(0.97);
    expect(parameters.lambda).toBeCloseTo(0.3, 1);
  });

  it('weighs agreement for and disagreement against, in bits', () => {
    const weights = matchWeights({ lambda: 0.5, m: [[0.9, 0.1]], u: [[0.1, 0.9]] }, 0);
    // log2(0.9 / 0.1) = 3.17; log2(0.1 / 0.9) = −3.17
    expect(weights[0]).toBeCloseTo(3.1699, 4);
    expect(weights[1]).toBeCloseTo(-3.1699, 4);
  });
});
