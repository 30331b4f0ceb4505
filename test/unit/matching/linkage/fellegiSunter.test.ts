import { describe, expect, it } from 'vitest';
import {
  estimateEm,
  matchProbabilities,
  matchWeights,
  type FieldLevels,
} from '../../../../src/core/matching/linkage/fellegiSunter';
import {
  patternRows,
  patternSpace,
  writePatternCodes,
} from '../../../../src/core/matching/linkage/patterns';
import { seededRandom } from '../../../../src/core/seededRandom';

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

  it('with u fixed and a field sitting out, estimates m of the others and leaves those alone', () => {
    const { fields } = synthetic(40_000, 0.2, M, U);
    const start = { lambda: 0.5, m: M.map((levels) => levels.map(() => 1 / levels.length)), u: U };
    const active = [true, true, false, true];
    const { parameters } = estimateEm(fields, { start, fixU: true, active });
    expect(parameters.u).toEqual(U);
    expect(parameters.m[2]).toEqual(start.m[2]);
    [0, 1, 3].forEach((f) =>
      parameters.m[f]?.forEach((value, l) =>
        expect(Math.abs(value - (M[f]?.[l] ?? 0))).toBeLessThan(0.02),
      ),
    );
    expect(parameters.lambda).toBeCloseTo(0.2, 2);
  });

  it('gives the same estimate from pattern counts as from the pairs themselves', () => {
    const { fields } = synthetic(20_000, 0.25, M, U, 0.1);
    const levelCounts = fields.map((field) => field.levelCount);
    const codes = new Uint16Array(20_000);
    writePatternCodes(
      fields.map((field) => field.levels),
      levelCounts,
      codes,
    );
    const counts = new Float64Array(patternSpace(levelCounts));
    codes.forEach((code) => {
      counts[code] = (counts[code] ?? 0) + 1;
    });
    const patterns = patternRows(counts, fields);
    expect(patterns.fields[0]?.levels.length).toBeLessThan(300);
    const direct = estimateEm(fields).parameters;
    const grouped = estimateEm(patterns.fields, { weights: patterns.counts }).parameters;
    expect(grouped.lambda).toBeCloseTo(direct.lambda, 6);
    grouped.m.forEach((levels, f) =>
      levels.forEach((value, l) => expect(value).toBeCloseTo(direct.m[f]?.[l] ?? 0, 6)),
    );
  });

  it('weighs agreement for and disagreement against, in bits', () => {
    const weights = matchWeights({ lambda: 0.5, m: [[0.9, 0.1]], u: [[0.1, 0.9]] }, 0);
    // log2(0.9 / 0.1) = 3.17; log2(0.1 / 0.9) = −3.17
    expect(weights[0]).toBeCloseTo(3.1699, 4);
    expect(weights[1]).toBeCloseTo(-3.1699, 4);
  });
});
