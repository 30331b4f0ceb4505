/**
 * A match run, from two standardized extracts to scored pairs: block, compare, estimate the
 * Fellegi–Sunter weights by EM (over comparison patterns), score every pair with term-frequency
 * adjusted name weights, and keep the pairs likely enough to matter. Deciding which kept pairs are
 * links, which go to review and which families they make is resolve's job, cheap enough to redo
 * whenever a threshold moves.
 */
import { blockIndexes, candidatePairs, MAX_BLOCK, ruleLoads } from './blocking';
import {
  comparePairs,
  COMPARED_FIELDS,
  fieldLevels,
  LEVEL_COUNTS,
  FIRST_NAME,
  levelColumns,
  SURNAME,
} from './comparePairs';
import { logRatios, type FsParameters } from './fellegiSunter';
import { NameIndex } from './nameIndex';
import { decodePattern, patternSpace, writePatternCodes } from './patterns';
import type { PersonTable, SharedVocabularies } from './persons';
import { BLOCKING_RULES } from './rules';
import { nameFrequencyWeights } from './termFrequency';
import { estimateM, estimatePrior, randomPairs, type TrainingSession } from './training';

export type LinkStage = 'block' | 'compare' | 'estimate' | 'score';

export interface LinkProgress {
  readonly stage: LinkStage;
  /** 0 to 1 within the stage. */
  readonly share: number;
}

export interface LinkOptions {
  readonly maxBlock?: number;
  /** Pairs below this probability are dropped after scoring: no threshold would keep them. */
  readonly keepFloor?: number;
  /** Seeds the random pairs u is estimated from: the same seed, the same model. */
  readonly seed?: number;
  readonly onProgress?: (progress: LinkProgress) => void;
  /** Checked between chunks of work; true stops the run with LinkCancelled. */
  readonly shouldStop?: () => boolean;
}

export class LinkCancelled extends Error {
  constructor() {
    super('The match run was cancelled.');
    this.name = 'LinkCancelled';
  }
}

export interface ScoreHistogram {
  /** Match weight (log2 odds) at the low edge of the first bin; bins are 1 bit wide. */
  readonly fromBits: number;
  readonly counts: readonly number[];
}

export interface ScoredPairs {
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly probability: Float64Array;
  /** Levels of each compared field, for the review screen's agree/disagree marks. */
  readonly levels: readonly Int8Array[];
}

export interface LinkResult {
  readonly pairsCompared: number;
  /**
   * Per rule: the pairs it brought first (pairs), its blocks' pairs counted from their sizes
   * before comparing (blockPairs, shared with other rules), its largest block, and blocks skipped.
   */
  readonly byRule: readonly RuleBlocking[];
  /** m and u per field; lambda is the prior, the chance two random persons are the same. */
  readonly parameters: FsParameters;
  readonly expectedMatches: number;
  readonly sessions: readonly TrainingSession[];
  /** Every compared pair's match weight, binned: how many pairs any threshold would keep. */
  readonly histogram: ScoreHistogram;
  /** The pairs at or above the keep floor. */
  readonly kept: ScoredPairs;
}

export interface RuleBlocking {
  readonly rule: string;
  readonly pairs: number;
  readonly skippedBlocks: number;
  readonly blockPairs: number;
  readonly largestBlock: number;
}

export const KEEP_FLOOR = 0.01;
const CHUNK = 1 << 20;
const HISTOGRAM_FROM = -40;
const HISTOGRAM_BINS = 80;
const U_SAMPLE = 1_000_000;
/** Evidence is binned this finely (in nats) to find the prior. */
const BIN_WIDTH = 0.05;
const BIN_RANGE = 80;

export function linkPersons(
  a: PersonTable,
  b: PersonTable,
  shared: SharedVocabularies,
  options: LinkOptions = {},
): LinkResult {
  const { onProgress, shouldStop, keepFloor = KEEP_FLOOR, seed = 1 } = options;
  const checkpoint = (stage: LinkStage, share: number) => {
    if (shouldStop?.()) throw new LinkCancelled();
    onProgress?.({ stage, share });
  };

  checkpoint('block', 0);
  const sideA = { records: a, count: a.count };
  const sideB = { records: b, count: b.count };
  const maxBlock = options.maxBlock ?? MAX_BLOCK;
  const indexes = blockIndexes(sideB, BLOCKING_RULES);
  const loads = ruleLoads(sideA, sideB, BLOCKING_RULES, maxBlock, indexes);
  const pairs = candidatePairs(sideA, sideB, BLOCKING_RULES, {
    maxBlock,
    indexes,
    onProgress: (share) => checkpoint('block', share),
  });
  const n = pairs.left.length;
  const names = new NameIndex(shared.names, shared.nicknames);

  const levels = levelColumns(n);
  const codes = new Uint16Array(n);
  for (let from = 0; from < n; from += CHUNK) {
    checkpoint('compare', from / Math.max(1, n));
    const to = Math.min(n, from + CHUNK);
    comparePairs(a, b, pairs, names, levels, from, to);
    writePatternCodes(levels, LEVEL_COUNTS, codes, from, to);
  }

  checkpoint('estimate', 0);
  const fields = fieldLevels(levels);
  const sample = randomPairs(a, b, names, Math.min(U_SAMPLE, a.count * b.count), seed);
  const { m, u, sessions } = estimateM(a, b, pairs, codes, fields, sample);

  // Each pair's evidence (its pattern's summed field weights, names adjusted for their
  // frequency), then the prior that evidence implies, then probabilities.
  const patternWeights = patternEvidence({ lambda: 0.5, m, u });
  const firstTf = nameFrequencyWeights([a.first, b.first], shared.names.texts.length);
  const surnameTf = nameFrequencyWeights([a.surname, b.surname], shared.names.texts.length);
  const evidence = new Float32Array(n);
  const bins = {
    from: -BIN_RANGE,
    width: BIN_WIDTH,
    counts: new Float64Array((2 * BIN_RANGE) / BIN_WIDTH),
  };
  for (let from = 0; from < n; from += CHUNK) {
    checkpoint('score', (0.5 * from) / Math.max(1, n));
    const to = Math.min(n, from + CHUNK);
    for (let p = from; p < to; p++) {
      let sum = patternWeights[codes[p] as number] as number;
      if ((levels[FIRST_NAME] as Int8Array)[p] === 0) {
        sum += firstTf[a.first[pairs.left[p] as number] as number] as number;
      }
      if ((levels[SURNAME] as Int8Array)[p] === 0) {
        sum += surnameTf[a.surname[pairs.left[p] as number] as number] as number;
      }
      evidence[p] = sum;
      const bin = Math.min(
        bins.counts.length - 1,
        Math.max(0, Math.floor((sum + BIN_RANGE) / BIN_WIDTH)),
      );
      bins.counts[bin] = (bins.counts[bin] as number) + 1;
    }
  }
  const { prior, expectedMatches } = estimatePrior(
    bins,
    a.count * b.count,
    Math.min(a.count, b.count),
  );
  const priorOdds = Math.log(prior / (1 - prior));

  const histogram = new Float64Array(HISTOGRAM_BINS);
  const keptIndexes: number[] = [];
  const keptProbability: number[] = [];
  const floorOdds = Math.log(keepFloor / (1 - keepFloor));
  for (let from = 0; from < n; from += CHUNK) {
    checkpoint('score', 0.5 + (0.5 * from) / Math.max(1, n));
    const to = Math.min(n, from + CHUNK);
    for (let p = from; p < to; p++) {
      const odds = priorOdds + (evidence[p] as number);
      const bin = Math.min(
        HISTOGRAM_BINS - 1,
        Math.max(0, Math.floor(odds / Math.LN2) - HISTOGRAM_FROM),
      );
      histogram[bin] = (histogram[bin] as number) + 1;
      if (odds >= floorOdds) {
        keptIndexes.push(p);
        keptProbability.push(1 / (1 + Math.exp(-odds)));
      }
    }
  }
  const pick = (column: Int32Array | Int8Array) => {
    const out =
      column instanceof Int32Array
        ? new Int32Array(keptIndexes.length)
        : new Int8Array(keptIndexes.length);
    keptIndexes.forEach((p, k) => {
      out[k] = column[p] as number;
    });
    return out;
  };
  return {
    pairsCompared: n,
    byRule: pairs.byRule.map((rule, r) => ({
      ...rule,
      blockPairs: loads[r]?.pairs ?? 0,
      largestBlock: loads[r]?.largestBlock ?? 0,
    })),
    parameters: { lambda: prior, m, u },
    expectedMatches,
    sessions,
    histogram: { fromBits: HISTOGRAM_FROM, counts: [...histogram] },
    kept: {
      left: pick(pairs.left) as Int32Array,
      right: pick(pairs.right) as Int32Array,
      probability: Float64Array.from(keptProbability),
      levels: COMPARED_FIELDS.map((_, f) => pick(levels[f] as Int8Array) as Int8Array),
    },
  };
}

/** Summed field weights (ln m/u over the fields not missing) of every pattern code. */
function patternEvidence(parameters: FsParameters): Float64Array {
  const weights = LEVEL_COUNTS.map((_, f) => logRatios(parameters, f));
  const evidence = new Float64Array(patternSpace(LEVEL_COUNTS));
  for (let code = 0; code < evidence.length; code++) {
    evidence[code] = decodePattern(code, LEVEL_COUNTS).reduce(
      (sum, level, f) => (level < 0 ? sum : sum + (weights[f]?.[level] ?? 0)),
      0,
    );
  }
  return evidence;
}
