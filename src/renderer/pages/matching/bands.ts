/**
 * The run page's arithmetic: where a probability threshold falls on the score histogram, how many
 * compared pairs each band holds, and the model's field weights made safe to draw.
 *
 * Two scales, both in bits. A field level's weight is log2(m/u), a Bayes factor without the prior.
 * The histogram bins each pair's score, its summed field weights plus the prior's log2 odds
 * (link.ts adds the prior before binning), so a score is the log2 odds that the pair is a match
 * and a threshold p sits at log2(p / (1 − p)) on it, whatever the prior.
 */

export interface Thresholds {
  readonly accept: number;
  readonly review: number;
}

/** Where a pair falls: at or above accept, from review up to accept, or below review. */
export type Band = 'linked' | 'review' | 'not-linked';

export const BANDS: readonly Band[] = ['linked', 'review', 'not-linked'];

/** The log2 odds of a probability: its position on the histogram's score scale. */
export const logOddsBits = (probability: number): number =>
  Math.log2(probability / (1 - probability));

export const probabilityOfLogOdds = (bits: number): number => 1 / (1 + 2 ** -bits);

/** The summed field weight (log2 Bayes factor) a pair needs to reach `probability` at `prior`. */
export const matchWeightFor = (probability: number, prior: number): number =>
  logOddsBits(probability) - logOddsBits(prior);

/** p = 1 / (1 + 1 / (prior odds · 2^w)). */
export const probabilityOfMatchWeight = (weight: number, prior: number): number =>
  probabilityOfLogOdds(weight + logOddsBits(prior));

/**
 * A probability a slider lands on, rounded for the number field: two significant digits of its
 * distance from 0 or 1 (0.9, 0.99902), never more than six decimals, so never 0 or 1 itself.
 */
export function roundedProbability(probability: number): number {
  const nearer = Math.min(probability, 1 - probability);
  const decimals = Math.min(6, Math.max(2, Math.ceil(-Math.log10(nearer)) + 1));
  const rounded = Number(probability.toFixed(decimals));
  return Math.min(0.999999, Math.max(0.000001, rounded));
}

export interface ScoreHistogram {
  /** Score at the low edge of the first bin; bins are 1 bit wide, the end bins open-ended. */
  readonly fromBits: number;
  readonly counts: readonly number[];
}

export interface BandedBin {
  /** The bin's low edge (bits). */
  readonly from: number;
  readonly count: number;
  readonly band: Band;
}

/**
 * Each bin goes to the band that holds its middle: a bin is the finest the histogram knows, so a
 * count is off by at most the pairs of the bin each threshold cuts through.
 */
export function bandedBins(histogram: ScoreHistogram, thresholds: Thresholds): BandedBin[] {
  const acceptBits = logOddsBits(thresholds.accept);
  const reviewBits = logOddsBits(thresholds.review);
  return histogram.counts.map((count, i) => {
    const from = histogram.fromBits + i;
    const middle = from + 0.5;
    const band: Band =
      middle >= acceptBits ? 'linked' : middle >= reviewBits ? 'review' : 'not-linked';
    return { from, count, band };
  });
}

/** Compared pairs in each band, at the histogram's 1-bit resolution. */
export function pairsInBands(
  histogram: ScoreHistogram,
  thresholds: Thresholds,
): Record<Band, number> {
  const totals: Record<Band, number> = { linked: 0, review: 0, 'not-linked': 0 };
  for (const bin of bandedBins(histogram, thresholds)) totals[bin.band] += bin.count;
  return totals;
}

/** A threshold pair typed into the page: the thresholds, or why they cannot be used. */
export function readThresholds(
  accept: string,
  review: string,
):
  | { thresholds: Thresholds; problem?: undefined }
  | { thresholds?: undefined; problem: string; field: keyof Thresholds } {
  const isProbability = (value: number) => Number.isFinite(value) && value > 0 && value < 1;
  const values = { accept: Number(accept), review: Number(review) };
  for (const field of ['accept', 'review'] as const) {
    const text = field === 'accept' ? accept : review;
    if (text.trim() === '' || !isProbability(values[field])) {
      const name = field === 'accept' ? 'link' : 'review';
      return {
        field,
        problem: `The ${name} threshold must be a probability between 0 and 1 (for example 0.9).`,
      };
    }
  }
  if (values.review > values.accept) {
    return {
      field: 'review',
      problem: 'The review threshold must not be above the link threshold.',
    };
  }
  return { thresholds: values };
}

/**
 * A level's weight, log2(m/u). A share of 0 makes it infinite (never seen among non-matches: +∞;
 * never among matches: −∞), or undefined when the level was never seen at all.
 */
export function levelWeight(m: number, u: number): number {
  if (m === 0 && u === 0) return Number.NaN;
  return Math.log2(m / u);
}

/** Half the weight chart's width: the largest finite weight, rounded up to 5 bits, at least 5. */
export function weightLimit(weights: readonly number[]): number {
  const finite = weights.filter(Number.isFinite).map(Math.abs);
  return Math.max(5, Math.ceil(Math.max(0, ...finite) / 5) * 5);
}

/** Where a weight is drawn: infinite ones at the chart's edge, undefined ones at 0. */
export function drawnWeight(weight: number, limit: number): number {
  if (Number.isNaN(weight)) return 0;
  return Math.max(-limit, Math.min(limit, weight));
}
