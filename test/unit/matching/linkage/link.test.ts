import { describe, expect, it } from 'vitest';
import {
  linkPersons,
  LinkCancelled,
  type LinkProgress,
} from '../../../../src/core/matching/linkage/link';
import { matchRates } from '../../../../src/core/matching/linkage/matchRates';
import {
  PersonTableBuilder,
  sharedVocabularies,
  type PersonTable,
} from '../../../../src/core/matching/linkage/persons';
import { bandPairs } from '../../../../src/core/matching/linkage/resolve';
import { synthesizeExtracts, type SynthPerson } from '../../../../src/demo/synthExtracts';
import { shippedNicknames } from '../../../support/nicknames';

function prepare(options: Parameters<typeof synthesizeExtracts>[0]) {
  const { calworks, cws, truth } = synthesizeExtracts(options);
  const shared = sharedVocabularies(shippedNicknames);
  const table = (persons: SynthPerson[]) => {
    const builder = new PersonTableBuilder(shared);
    persons.forEach((person) => builder.add(person));
    return builder.finish();
  };
  return { a: table(calworks), b: table(cws), shared, truth };
}

function quality(
  a: PersonTable,
  b: PersonTable,
  links: { left: ArrayLike<number>; right: ArrayLike<number> },
  truth: [string, string][],
) {
  const real = new Set(truth.map(([x, y]) => `${x}|${y}`));
  let correct = 0;
  for (let k = 0; k < links.left.length; k++) {
    const key = `${a.personId[links.left[k] ?? 0]}|${b.personId[links.right[k] ?? 0]}`;
    if (real.has(key)) correct++;
  }
  return { precision: correct / links.left.length, recall: correct / real.size };
}

describe('a match run', () => {
  // The statewide goals (precision ≥ 0.99, recall ≥ 0.98) on a 20,000 × 10,000 county.
  const { a, b, shared, truth } = prepare({
    calworksPersons: 20_000,
    cwsPersons: 10_000,
    mutualPersons: 3_600,
    seed: 21,
  });
  const stages: LinkProgress['stage'][] = [];
  const result = linkPersons(a, b, shared, {
    onProgress: ({ stage }) => {
      if (stages.at(-1) !== stage) stages.push(stage);
    },
  });

  it('finds the true pairs without labels, at the goals', () => {
    const { links } = bandPairs(result.kept, 0.9, 0.5);
    const linked = {
      left: links.map((k) => result.kept.left[k] ?? 0),
      right: links.map((k) => result.kept.right[k] ?? 0),
    };
    const { precision, recall } = quality(a, b, linked, truth);
    expect({ precision: precision >= 0.99, recall: recall >= 0.98 }).toEqual({
      precision: true,
      recall: true,
    });
    expect(stages).toEqual(['block', 'compare', 'estimate', 'score']);
  });

  it('learns sensible weights: agreement raises the odds, disagreement lowers them', () => {
    const { m, u } = result.parameters;
    // Exact agreement on every field is likelier among matches; full disagreement among non-matches.
    m.forEach((levels, f) => {
      expect((levels[0] ?? 0) / (u[f]?.[0] ?? 1)).toBeGreaterThan(1);
      expect((levels.at(-1) ?? 0) / (u[f]?.at(-1) ?? 1)).toBeLessThan(1);
    });
    // The expected number of matches is close to the truth (3,600).
    expect(result.expectedMatches).toBeGreaterThan(3_300);
    expect(result.expectedMatches).toBeLessThan(3_900);
    expect(result.sessions.every((s) => s.converged)).toBe(true);
  });

  it('gives the same result for the same seed', () => {
    const again = linkPersons(a, b, shared);
    expect(again.parameters).toEqual(result.parameters);
    expect([...again.kept.probability]).toEqual([...result.kept.probability]);
  });

  it('reports match rates in the statewide table’s shape', () => {
    const { links } = bandPairs(result.kept, 0.9, 0.5);
    const rates = matchRates(a, b, {
      left: links.map((k) => result.kept.left[k] ?? 0),
      right: links.map((k) => result.kept.right[k] ?? 0),
    });
    expect(rates.map((r) => r.population)).toEqual([
      'All CalWORKs children',
      'All CWS children with a referral',
      'CWS children with an open case',
    ]);
    const [calworks, cws, openCase] = rates;
    expect(calworks?.count).toBe([...a.role].filter((role) => role === 1).length);
    expect(calworks?.share).toBeCloseTo((calworks?.matched ?? 0) / (calworks?.count ?? 1), 12);
    // Persons linked are matched on both sides: as many children linked in each direction ± parents.
    expect(Math.abs((calworks?.matched ?? 0) - (cws?.matched ?? 0))).toBeLessThan(50);
    expect(openCase?.count).toBeLessThan(cws?.count ?? 0);
  });

  it('stops when asked, with LinkCancelled', () => {
    let checks = 0;
    expect(() => linkPersons(a, b, shared, { shouldStop: () => ++checks > 2 })).toThrow(
      LinkCancelled,
    );
  });
});
