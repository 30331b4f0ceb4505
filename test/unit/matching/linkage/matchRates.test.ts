import { describe, expect, it } from 'vitest';
import type { ExtractPerson } from '../../../../src/core/matching/linkage/extract';
import { matchRates } from '../../../../src/core/matching/linkage/matchRates';
import {
  PersonTableBuilder,
  sharedVocabularies,
} from '../../../../src/core/matching/linkage/persons';
import { estimatePrior } from '../../../../src/core/matching/linkage/training';
import { shippedNicknames } from '../../../support/nicknames';

const person = (
  personId: string,
  role: ExtractPerson['role'],
  cwsStatus: ExtractPerson['cwsStatus'] = '',
): ExtractPerson => ({
  personId,
  caseNumber: 'C',
  firstName: 'ANA',
  middleName: '',
  lastName: 'RUIZ',
  dob: '2015-01-01',
  sex: 'F',
  ssn: '',
  street: '',
  zip: '',
  role,
  cwsStatus,
  caseType: '',
});

function table(persons: ExtractPerson[]) {
  const builder = new PersonTableBuilder(sharedVocabularies(shippedNicknames));
  persons.forEach((p) => builder.add(p));
  return builder.finish();
}

describe('match rates', () => {
  it('count children and matched children in the statewide table’s three rows', () => {
    // CalWORKs: 3 children and a parent; CWS: 2 referral children, 1 child with a case, a parent.
    const calworks = table([
      person('a1', 'child'),
      person('a2', 'child'),
      person('a3', 'child'),
      person('a4', 'parent'),
    ]);
    const cws = table([
      person('b1', 'child', 'referral'),
      person('b2', 'child', 'case'),
      person('b3', 'child', 'referral'),
      person('b4', 'parent', 'case'),
    ]);
    // Links: a1–b2 (child with a case), a2–b1, and the parents a4–b4.
    const rates = matchRates(calworks, cws, { left: [0, 1, 3], right: [1, 0, 3] });
    expect(rates).toEqual([
      { population: 'All CalWORKs children', count: 3, matched: 2, matchedIn: 'CWS', share: 2 / 3 },
      {
        population: 'All CWS children with a referral',
        count: 3,
        matched: 2,
        matchedIn: 'CalWORKs',
        share: 2 / 3,
      },
      {
        population: 'CWS children with an open case',
        count: 1,
        matched: 1,
        matchedIn: 'CalWORKs',
        share: 1,
      },
    ]);
  });

  it('count every person, and say so, when an extract has no roles; leave out the case row without statuses', () => {
    const rates = matchRates(
      table([person('a1', ''), person('a2', '')]),
      table([person('b1', '')]),
      { left: [1], right: [0] },
    );
    expect(rates).toEqual([
      {
        population: 'All CalWORKs persons (no role column)',
        count: 2,
        matched: 1,
        matchedIn: 'CWS',
        share: 0.5,
      },
      {
        population: 'All CWS persons (no role column) with a referral',
        count: 1,
        matched: 1,
        matchedIn: 'CalWORKs',
        share: 1,
      },
    ]);
  });
});

describe('the prior', () => {
  it('is the fixed point of the expected number of matches', () => {
    // 100 pairs with evidence +20 nats (sure matches) and 10,000 with −20 (sure non-matches) among
    // 1,000 × 1,000 possible pairs: about 100 matches, so a prior of 100 / 1,000,000.
    const counts = new Float64Array(800);
    const bin = (nats: number) => Math.floor((nats + 20) / 0.05);
    counts[bin(20) - 1] = 100;
    counts[bin(-20)] = 10_000;
    const { prior, expectedMatches } = estimatePrior(
      { from: -20, width: 0.05, counts },
      1_000_000,
      1_000,
    );
    expect(expectedMatches).toBeGreaterThan(99.5);
    expect(expectedMatches).toBeLessThan(100.5);
    expect(prior).toBeCloseTo(1e-4, 6);
  });
});
