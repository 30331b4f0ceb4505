/**
 * Fellegi–Sunter with weights estimated by EM, no labels needed: each candidate pair is a match
 * or not; a field's agreement level has probability m (among matches) and u (among non-matches);
 * EM alternates between each pair's match probability and the m, u and match share (lambda) those
 * imply, until they stop moving. Missing levels say nothing. Loops run over typed arrays: a county
 * match has millions of pairs.
 */

/** One field's comparison level for every pair (MISSING = -1), and how many levels it has. */
export interface FieldLevels {
  readonly name: string;
  readonly levelCount: number;
  readonly levels: Int8Array;
}

export interface FsParameters {
  /** The share of candidate pairs that are matches. */
  readonly lambda: number;
  /** m[field][level]: probability of the level among matches. */
  readonly m: readonly (readonly number[])[];
  /** u[field][level]: probability of the level among non-matches. */
  readonly u: readonly (readonly number[])[];
}

export interface EmResult {
  readonly parameters: FsParameters;
  readonly iterations: number;
  readonly converged: boolean;
}

/** Keeps every probability off 0 and 1, so no level is ever "impossible" for a class. */
const FLOOR = 1e-6;

/** A start that any reasonable data moves away from: agreement likely among matches, rare otherwise. */
export function startingParameters(
  fields: readonly Pick<FieldLevels, 'levelCount'>[],
): FsParameters {
  return {
    lambda: 0.1,
    m: fields.map((f) => spread(f.levelCount, 0.9)),
    u: fields.map((f) => spread(f.levelCount, 0.05).reverse()),
  };
}

/** `first` on level 0 and the rest shared evenly by the others (for u, reversed: mostly level last). */
function spread(levelCount: number, first: number): number[] {
  if (levelCount === 1) return [1];
  return Array.from({ length: levelCount }, (_, l) =>
    l === 0 ? first : (1 - first) / (levelCount - 1),
  );
}

export interface EmOptions {
  readonly start?: FsParameters;
  readonly maxIterations?: number;
  readonly tolerance?: number;
  /** How many pairs each row stands for (see comparisonPatterns); 1 each when absent. */
  readonly weights?: Float64Array;
  /** Keep the start's u (estimated from random pairs) and estimate only m and lambda. */
  readonly fixU?: boolean;
  /**
   * Fields this estimate may use and move; the others keep the start's m and u. Pairs blocked on
   * a field agree on it by construction, so it says nothing about matches among those pairs.
   */
  readonly active?: readonly boolean[];
}

export function estimateEm(fields: readonly FieldLevels[], options: EmOptions = {}): EmResult {
  const pairs = fields[0]?.levels.length ?? 0;
  const { maxIterations = 200, tolerance = 1e-7 } = options;
  let parameters = options.start ?? startingParameters(fields);
  const probability = new Float64Array(pairs);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    matchProbabilities(parameters, fields, probability, options.active);
    const estimate = maximise(fields, probability, options.weights);
    const keep = (f: number) => options.active !== undefined && options.active[f] !== true;
    const next: FsParameters = {
      lambda: estimate.lambda,
      m: estimate.m.map((m, f) => (keep(f) ? (parameters.m[f] ?? m) : m)),
      u: estimate.u.map((u, f) => (keep(f) || options.fixU ? (parameters.u[f] ?? u) : u)),
    };
    const change = largestChange(parameters, next);
    parameters = next;
    if (change < tolerance) return { parameters, iterations: iteration, converged: true };
  }
  return { parameters, iterations: maxIterations, converged: false };
}

/** Each pair's probability of being a match under the parameters, written into `out`. */
export function matchProbabilities(
  parameters: FsParameters,
  fields: readonly FieldLevels[],
  out: Float64Array,
  active?: readonly boolean[],
): Float64Array {
  const weights = fields.map((_, f) => logRatios(parameters, f));
  const prior = Math.log(parameters.lambda / (1 - parameters.lambda));
  out.fill(prior);
  fields.forEach((field, f) => {
    if (active && active[f] !== true) return;
    const weight = weights[f] ?? [];
    const { levels } = field;
    for (let p = 0; p < out.length; p++) {
      const level = levels[p] ?? -1;
      if (level >= 0) out[p] = (out[p] ?? 0) + (weight[level] ?? 0);
    }
  });
  for (let p = 0; p < out.length; p++) out[p] = 1 / (1 + Math.exp(-(out[p] ?? 0)));
  return out;
}

/** ln(m/u) per level of a field: what seeing the level adds to a pair's log odds. */
export function logRatios({ m, u }: FsParameters, field: number): number[] {
  const mField = m[field] ?? [];
  return mField.map((mLevel, l) => Math.log(mLevel / (u[field]?.[l] ?? 1)));
}

/** Match weights in bits (log2 m/u), as the diagnostics show them. */
export function matchWeights(parameters: FsParameters, field: number): number[] {
  return logRatios(parameters, field).map((w) => w / Math.LN2);
}

function maximise(
  fields: readonly FieldLevels[],
  probability: Float64Array,
  weights: Float64Array | undefined,
): FsParameters {
  let matches = 0;
  let pairs = 0;
  for (let p = 0; p < probability.length; p++) {
    const weight = weights ? (weights[p] ?? 0) : 1;
    matches += (probability[p] ?? 0) * weight;
    pairs += weight;
  }
  const lambda = clamp(matches / Math.max(1, pairs));
  const m: number[][] = [];
  const u: number[][] = [];
  for (const field of fields) {
    const matchSums = new Float64Array(field.levelCount);
    const otherSums = new Float64Array(field.levelCount);
    const { levels } = field;
    for (let p = 0; p < levels.length; p++) {
      const level = levels[p] ?? -1;
      if (level < 0) continue;
      const g = probability[p] ?? 0;
      const weight = weights ? (weights[p] ?? 0) : 1;
      matchSums[level] = (matchSums[level] ?? 0) + g * weight;
      otherSums[level] = (otherSums[level] ?? 0) + (1 - g) * weight;
    }
    m.push(levelShares(matchSums));
    u.push(levelShares(otherSums));
  }
  return { lambda, m, u };
}

/** Shares of each level from counts, none below the floor. */
export function levelShares(sums: Float64Array): number[] {
  const floored = [...sums].map((s) => Math.max(s, FLOOR));
  const total = floored.reduce((a, b) => a + b, 0);
  return floored.map((s) => s / total);
}

const clamp = (share: number) => Math.min(1 - FLOOR, Math.max(FLOOR, share));

function largestChange(a: FsParameters, b: FsParameters): number {
  let largest = Math.abs(a.lambda - b.lambda);
  a.m.forEach((levels, f) =>
    levels.forEach((value, l) => {
      largest = Math.max(
        largest,
        Math.abs(value - (b.m[f]?.[l] ?? 0)),
        Math.abs((a.u[f]?.[l] ?? 0) - (b.u[f]?.[l] ?? 0)),
      );
    }),
  );
  return largest;
}
