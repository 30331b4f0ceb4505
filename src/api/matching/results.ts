/**
 * A run's results at given thresholds, with the county's review decisions applied: a pair decided
 * "match" is a link whatever its score, one decided "non-match" never is. Shared by the results
 * view and the review queue.
 */
import { familyTier } from '../../core/matching/linkage/familyTier';
import { CWS_STATUS_CODES, ROLE_CODES } from '../../core/matching/linkage/persons';
import { matchRates, type RatePopulation } from '../../core/matching/linkage/matchRates';
import { bandPairs, familyPairs } from '../../core/matching/linkage/resolve';
import {
  countyDecisions,
  decisionKey,
  extractKeys,
  findRun,
  runPairs,
  type MatchRunRow,
  type PersonKeys,
  type StoredPair,
} from '../../db/matching/repository';
import type { ServiceContext } from '../context';
import { NotFound } from '../errors';

export function runOrThrow(ctx: ServiceContext, runId: number): MatchRunRow {
  const run = findRun(ctx.workbench.db, runId);
  if (!run) throw new NotFound(`There is no match run ${runId}.`);
  return run;
}

/** An extract's persons as results count them (ids and codes, no names), by position. */
function population(ctx: ServiceContext, extractId: number) {
  const keys = extractKeys(ctx.workbench.sqlite, extractId);
  const rates: RatePopulation = {
    count: keys.length,
    role: Int8Array.from(keys, (k) => ROLE_CODES[k.role as keyof typeof ROLE_CODES] ?? 0),
    cwsStatus: Int8Array.from(
      keys,
      (k) => CWS_STATUS_CODES[k.cwsStatus as keyof typeof CWS_STATUS_CODES] ?? 0,
    ),
  };
  const position = new Map(keys.map((k, i) => [k.row, i]));
  const byCase = new Map<string, PersonKeys[]>();
  for (const k of keys) {
    const persons = byCase.get(k.caseNumber);
    if (persons) persons.push(k);
    else byCase.set(k.caseNumber, [k]);
  }
  return {
    keys,
    rates,
    position,
    caseOf: (i: number) => keys[i]?.caseNumber ?? '',
    personsOfCase: (caseNumber: string) => byCase.get(caseNumber) ?? [],
  };
}

export function runResults(ctx: ServiceContext, run: MatchRunRow, accept: number, review: number) {
  const calworks = population(ctx, run.calworksExtractId);
  const cws = population(ctx, run.cwsExtractId);
  const decisions = countyDecisions(ctx.workbench.db, run.countyId);
  const stored = runPairs(ctx.workbench.sqlite, run.id);
  const left = Int32Array.from(stored, (p) => calworks.position.get(p.calworksRow) ?? -1);
  const right = Int32Array.from(stored, (p) => cws.position.get(p.cwsRow) ?? -1);
  const decided = { matches: 0, nonMatches: 0 };
  const decisionOf = (k: number) =>
    decisions.get(
      decisionKey(
        calworks.keys[left[k] ?? -1]?.personId ?? '',
        cws.keys[right[k] ?? -1]?.personId ?? '',
      ),
    );
  const probability = Float64Array.from(stored, (p, k) => {
    const decision = decisionOf(k);
    if (decision === 'match') decided.matches++;
    if (decision === 'non-match') decided.nonMatches++;
    return decision === 'match' ? 1 : decision === 'non-match' ? 0 : p.probability;
  });
  const pairs = { left, right, probability };
  const bands = bandPairs(pairs, accept, review);
  return { calworks, cws, stored, pairs, bands, decided, decisionOf };
}

export type RunResults = ReturnType<typeof runResults>;
export type { StoredPair };

/** The results a run page shows (family pairs listed), at given thresholds. */
export function resultsAt(ctx: ServiceContext, run: MatchRunRow, accept: number, review: number) {
  const { calworks, cws, pairs, bands, decided } = runResults(ctx, run, accept, review);
  return {
    accept,
    review,
    links: bands.links.length,
    reviewPairs: bands.review.length,
    decided,
    families: familyPairs(bands.links, pairs, calworks.caseOf, cws.caseOf).map((family) => ({
      ...family,
      tier: familyTier(cws.personsOfCase(family.cwsCase)),
    })),
    rates: matchRates(calworks.rates, cws.rates, {
      left: bands.links.map((k) => pairs.left[k] ?? 0),
      right: bands.links.map((k) => pairs.right[k] ?? 0),
    }),
  };
}

export type FrozenResults = ReturnType<typeof resultsAt>;

/** A purged run's results as they were frozen, or null while its identifiers are kept. */
export function frozenResults(run: MatchRunRow): FrozenResults | null {
  return run.purgedResultsJson === null
    ? null
    : (JSON.parse(run.purgedResultsJson) as FrozenResults);
}
