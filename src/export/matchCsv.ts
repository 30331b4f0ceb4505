/**
 * The command line's results as CSV: person pairs (ids and probability, no names), family (case)
 * pairs, and the match-rate table. Identifiers of persons stay in the extracts; these files carry
 * only the extracts' own ids and case numbers.
 */
import type { MatchOutcome } from '../core/matching/linkage/match';
import type { PersonTable } from '../core/matching/linkage/persons';
import { csvLine } from './csvText';

const probability = (p: number) => Number(p.toFixed(6));

export function personPairsCsv(outcome: MatchOutcome, calworks: PersonTable, cws: PersonTable) {
  const { kept } = outcome.result;
  const rows = [csvLine(['calworks_person_id', 'cws_person_id', 'probability', 'decision'])];
  const add = (indexes: readonly number[], decision: string) => {
    for (const k of indexes) {
      rows.push(
        csvLine([
          calworks.personId[kept.left[k] ?? 0] ?? '',
          cws.personId[kept.right[k] ?? 0] ?? '',
          probability(kept.probability[k] ?? 0),
          decision,
        ]),
      );
    }
  };
  add(outcome.links, 'link');
  add(outcome.reviewPairs, 'review');
  return rows.join('');
}

export function familyPairsCsv(outcome: MatchOutcome): string {
  return [
    csvLine(['calworks_case_number', 'cws_case_number', 'persons_linked', 'probability']),
    ...outcome.families.map((f) =>
      csvLine([f.calworksCase, f.cwsCase, f.persons, probability(f.probability)]),
    ),
  ].join('');
}

export function matchRatesCsv(outcome: MatchOutcome): string {
  return [
    csvLine(['population', 'count', 'matched', 'matched_in', 'percent']),
    ...outcome.rates.map((r) =>
      csvLine([
        r.population,
        r.count,
        r.matched,
        r.matchedIn,
        r.share === null ? '' : Number((100 * r.share).toFixed(1)),
      ]),
    ),
  ].join('');
}
