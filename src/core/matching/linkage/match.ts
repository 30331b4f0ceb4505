/**
 * A whole match of two loaded extracts: link the persons, split the likely pairs into links and
 * pairs for review at the two thresholds, roll links up to family (case) pairs, and count match
 * rates. The engine behind the command line, the benchmark and the app's match runs.
 */
import { COMPARED_FIELDS } from './comparePairs';
import { linkPersons, type LinkOptions, type LinkResult } from './link';
import { matchRates, type MatchRate } from './matchRates';
import type { PersonTable, SharedVocabularies } from './persons';
import { bandPairs, familyPairs, type FamilyPair } from './resolve';

/** Pairs at least this likely are links without review. */
export const DEFAULT_ACCEPT = 0.9;
/** Pairs at least this likely (and below accept) go to clerical review. */
export const DEFAULT_REVIEW = 0.5;

export interface MatchOptions extends LinkOptions {
  readonly accept?: number;
  readonly review?: number;
}

export interface MatchOutcome {
  readonly result: LinkResult;
  readonly accept: number;
  readonly review: number;
  /** Indexes into result.kept. */
  readonly links: readonly number[];
  readonly reviewPairs: readonly number[];
  readonly families: readonly FamilyPair[];
  readonly rates: readonly MatchRate[];
}

export function matchExtracts(
  calworks: PersonTable,
  cws: PersonTable,
  shared: SharedVocabularies,
  options: MatchOptions = {},
): MatchOutcome {
  const { accept = DEFAULT_ACCEPT, review = DEFAULT_REVIEW } = options;
  if (!(review <= accept))
    throw new RangeError('The review threshold must not exceed the accept threshold.');
  const result = linkPersons(calworks, cws, shared, options);
  const { kept } = result;
  const bands = bandPairs(kept, accept, review);
  const families = familyPairs(
    bands.links,
    kept,
    (i) => calworks.cases[calworks.caseIndex[i] ?? -1] ?? '',
    (j) => cws.cases[cws.caseIndex[j] ?? -1] ?? '',
  );
  const rates = matchRates(calworks, cws, {
    left: bands.links.map((k) => kept.left[k] ?? 0),
    right: bands.links.map((k) => kept.right[k] ?? 0),
  });
  return { result, accept, review, links: bands.links, reviewPairs: bands.review, families, rates };
}

/** The estimated model as a run saves it (run.json, match_run.model_json): enough to reproduce it. */
export function describeModel(result: LinkResult) {
  return {
    blocking: result.byRule,
    training: result.sessions,
    fields: COMPARED_FIELDS.map((field, f) => ({
      name: field.name,
      levels: [...field.levels],
      m: result.parameters.m[f] ?? [],
      u: result.parameters.u[f] ?? [],
    })),
    prior: result.parameters.lambda,
    expectedMatches: result.expectedMatches,
    histogram: result.histogram,
  };
}
export type ModelDescription = ReturnType<typeof describeModel>;
