/**
 * Estimating the model without labels, the way Splink does it, because plain EM over blocked
 * pairs goes wrong: blocking makes the pairs agree on their blocking fields by construction, so
 * EM mistakes "disagrees on the birth date" (only SSN-blocked pairs can) for a sign of a match.
 *
 * - u (how often non-matches agree) from random pairs of the two extracts: nearly all of them are
 *   non-matches.
 * - m (how often matches agree) by EM with u fixed, in sessions over the pairs of one blocking
 *   rule each, where the rule's own fields sit out; each field's m is the mean over the sessions
 *   it took part in.
 * - the prior (the chance that two random persons are the same) as the fixed point of the
 *   expected number of matches among all scored pairs.
 */
import { levelChains, orderedM } from './orderedLevels';
import { seededRandom } from '../../seededRandom';
import { comparePairs, COMPARED_FIELDS, levelColumns } from './comparePairs';
import { estimateEm, levelShares, startingParameters, type FieldLevels } from './fellegiSunter';
import { patternRows, patternSpace } from './patterns';
import type { NameIndex } from './nameIndex';
import type { PersonTable } from './persons';

const [FIRST, SURNAME, DOB, SSN, ADDRESS, SEX] = [0, 1, 2, 3, 4, 5];

export interface TrainingSession {
  readonly name: string;
  readonly pairs: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/** Fewer pairs than this teach EM nothing reliable; such a session is left out. */
const MIN_SESSION_PAIRS = 200;

/** Random pairs of the two extracts (seeded, so a run is reproducible) and their levels. */
export interface RandomPairs {
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly levels: readonly Int8Array[];
}

export function randomPairs(
  a: PersonTable,
  b: PersonTable,
  names: NameIndex,
  sample: number,
  seed: number,
): RandomPairs {
  const random = seededRandom(seed);
  const left = new Int32Array(sample);
  const right = new Int32Array(sample);
  for (let s = 0; s < sample; s++) {
    left[s] = Math.floor(random() * a.count);
    right[s] = Math.floor(random() * b.count);
  }
  const levels = levelColumns(sample);
  comparePairs(a, b, { left, right }, names, levels);
  return { left, right, levels };
}

/** u of one field from the random pairs, or from those of them `includes` keeps. */
export function fieldU(
  sample: RandomPairs,
  field: number,
  includes?: (i: number, j: number) => boolean,
): number[] {
  const counts = new Float64Array(COMPARED_FIELDS[field]?.levels.length ?? 0);
  const column = sample.levels[field] as Int8Array;
  for (let s = 0; s < column.length; s++) {
    const level = column[s] as number;
    if (level < 0) continue;
    if (includes && !includes(sample.left[s] as number, sample.right[s] as number)) continue;
    counts[level] = (counts[level] ?? 0) + 1;
  }
  return levelShares(counts);
}

/** Which candidate pairs a session learns from, and which fields it may use. */
interface SessionSpec {
  readonly name: string;
  readonly active: readonly number[];
  readonly includes: (a: PersonTable, i: number, b: PersonTable, j: number) => boolean;
  /**
   * A field the rule pins in part (the birth year, for a field on the whole date): its u among
   * non-matches is the u of random pairs that share the pinned part.
   */
  readonly pinned?: {
    readonly field: number;
    readonly includes: (a: PersonTable, i: number, b: PersonTable, j: number) => boolean;
  };
}

const year = (dob: number) => Math.floor(dob / 10_000);

const SESSIONS: readonly SessionSpec[] = [
  {
    name: 'Pairs sharing an SSN',
    active: [FIRST, SURNAME, DOB, ADDRESS, SEX],
    includes: (a, i, b, j) => a.ssn[i] !== 0 && a.ssn[i] === b.ssn[j],
  },
  {
    name: 'Pairs sharing a birth date and first name',
    // First names mostly tell the sex, so sharing one pins sex in part too.
    active: [SURNAME, SSN, ADDRESS],
    includes: (a, i, b, j) =>
      a.dob[i] !== 0 && a.dob[i] === b.dob[j] && a.formal[i] === b.formal[j],
  },
  {
    name: 'Pairs sharing a last name sound, first name and birth year',
    active: [DOB, SSN, ADDRESS],
    includes: (a, i, b, j) =>
      a.sound[i] === b.sound[j] &&
      a.formal[i] === b.formal[j] &&
      a.dob[i] !== 0 &&
      year(a.dob[i] as number) === year(b.dob[j] as number),
    pinned: {
      field: DOB,
      includes: (a, i, b, j) =>
        a.dob[i] !== 0 && year(a.dob[i] as number) === year(b.dob[j] as number),
    },
  },
];

export function estimateM(
  a: PersonTable,
  b: PersonTable,
  pairs: { readonly left: Int32Array; readonly right: Int32Array },
  /** Each pair's pattern code (see patterns.ts). */
  codes: Uint16Array,
  fields: readonly Pick<FieldLevels, 'name' | 'levelCount'>[],
  sample: RandomPairs,
): { m: number[][]; u: number[][]; sessions: TrainingSession[] } {
  const u = fields.map((_, f) => fieldU(sample, f));
  const start = startingParameters(fields);
  const sums = fields.map((field) => new Array<number>(field.levelCount).fill(0));
  const taking = fields.map(() => 0);
  const sessions: TrainingSession[] = [];
  const space = patternSpace(fields.map((field) => field.levelCount));
  for (const spec of SESSIONS) {
    const counts = new Float64Array(space);
    let included = 0;
    for (let p = 0; p < codes.length; p++) {
      if (!spec.includes(a, pairs.left[p] as number, b, pairs.right[p] as number)) continue;
      const code = codes[p] as number;
      counts[code] = (counts[code] ?? 0) + 1;
      included++;
    }
    if (included < MIN_SESSION_PAIRS) {
      sessions.push({ name: spec.name, pairs: included, iterations: 0, converged: false });
      continue;
    }
    const patterns = patternRows(counts, fields);
    const active = fields.map((_, f) => spec.active.includes(f));
    const pinned = spec.pinned;
    const sessionU = pinned
      ? u.map((levels, f) =>
          f === pinned.field ? fieldU(sample, f, (i, j) => pinned.includes(a, i, b, j)) : levels,
        )
      : u;
    const em = estimateEm(patterns.fields, {
      start: { lambda: 0.5, m: start.m, u: sessionU },
      weights: patterns.counts,
      fixU: true,
      active,
    });
    sessions.push({
      name: spec.name,
      pairs: included,
      iterations: em.iterations,
      converged: em.converged,
    });
    for (const f of spec.active) {
      taking[f] = (taking[f] ?? 0) + 1;
      em.parameters.m[f]?.forEach((value, l) => {
        (sums[f] as number[])[l] = ((sums[f] as number[])[l] ?? 0) + value;
      });
    }
  }
  const estimated = sums.map((levels, f) =>
    (taking[f] ?? 0) === 0 ? [...(start.m[f] ?? [])] : levels.map((sum) => sum / (taking[f] ?? 1)),
  );
  // No level may weigh more than a stronger one (orderedLevels.ts): small samples say otherwise.
  const m = estimated.map((levels, f) =>
    orderedM(levels, u[f] ?? [], levelChains(COMPARED_FIELDS[f]?.levels ?? [])),
  );
  return { m, u, sessions };
}

/**
 * The chance two random persons are the same, from the pairs' summed field weights (binned): the
 * prior at which the expected number of matches among the scored pairs, over all possible pairs,
 * gives that same prior back. A person is in each extract once, so there are at most as many
 * matches as persons in the smaller extract.
 */
export function estimatePrior(
  weightBins: { readonly from: number; readonly width: number; readonly counts: Float64Array },
  possiblePairs: number,
  maxMatches: number,
): { prior: number; expectedMatches: number } {
  let expected = Math.max(1, maxMatches * 0.1);
  for (let iteration = 0; iteration < 200; iteration++) {
    const logit = Math.log(expected / (possiblePairs - expected));
    let next = 0;
    weightBins.counts.forEach((count, bin) => {
      if (count === 0) return;
      const weight = weightBins.from + (bin + 0.5) * weightBins.width;
      next += count / (1 + Math.exp(-(logit + weight)));
    });
    next = Math.min(Math.max(next, 1), maxMatches);
    const settled = Math.abs(next - expected) < 0.5;
    expected = next;
    if (settled) break;
  }
  return { prior: expected / possiblePairs, expectedMatches: expected };
}
