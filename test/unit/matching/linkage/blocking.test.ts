import { describe, expect, it } from 'vitest';
import {
  candidatePairs,
  NO_KEY,
  ruleLoads,
  type BlockingRule,
} from '../../../../src/core/matching/linkage/blocking';

interface Person {
  dob: string;
  surname: string;
  last4: string | null;
}

const at = (side: Person[], i: number) => side[i] as Person;
/** "2015-03-07" → 20150307; a soundex "G620" → 7620 (letter number × 1000 + digits). */
const dobKey = (dob: string) => (dob ? Number(dob.replace(/-/g, '')) : NO_KEY);
const soundKey = (code: string) => (code.charCodeAt(0) - 64) * 1000 + Number(code.slice(1));
const rules: BlockingRule<Person[]>[] = [
  { name: 'dob', key: (side, i) => dobKey(at(side, i).dob) },
  {
    name: 'surname+year',
    key: (side, i) => {
      const p = at(side, i);
      return p.surname ? soundKey(p.surname) * 10_000 + Number(p.dob.slice(0, 4)) : NO_KEY;
    },
  },
  { name: 'ssn4', key: (side, i) => Number(at(side, i).last4 ?? NO_KEY) },
];
const side = (records: Person[]) => ({ records, count: records.length });

const pairsOf = (result: ReturnType<typeof candidatePairs>) =>
  [...result.left].map((a, i) => [a, result.right[i]]);

describe('blocking', () => {
  it('finds every pair sharing a key under some rule, once, credited to the first rule', () => {
    const calworks: Person[] = [
      { dob: '2015-03-07', surname: 'G620', last4: '3456' },
      { dob: '2012-01-01', surname: 'N250', last4: null },
      { dob: '', surname: '', last4: null },
    ];
    const cws: Person[] = [
      // Same DOB, surname, year and SSN four as calworks[0]: one pair, not three.
      { dob: '2015-03-07', surname: 'G620', last4: '3456' },
      // Same surname and year as calworks[0], another day.
      { dob: '2015-09-30', surname: 'G620', last4: null },
      // Only the SSN four of calworks[0].
      { dob: '1990-05-05', surname: 'S530', last4: '3456' },
      { dob: '2012-01-01', surname: 'X000', last4: null },
    ];
    const result = candidatePairs(side(calworks), side(cws), rules);
    expect(pairsOf(result)).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 3],
    ]);
    expect(result.byRule).toEqual([
      { rule: 'dob', pairs: 2, skippedBlocks: 0 },
      { rule: 'surname+year', pairs: 1, skippedBlocks: 0 },
      { rule: 'ssn4', pairs: 1, skippedBlocks: 0 },
    ]);
  });

  it('leaves out blocks larger than the limit and counts them, and grows past its first buffer', () => {
    const many: Person[] = Array.from({ length: 3000 }, () => ({
      dob: '2000-01-01',
      surname: 'S530',
      last4: null,
    }));
    const capped = candidatePairs(side(many.slice(0, 2)), side(many), rules, { maxBlock: 2999 });
    expect(capped.left.length).toBe(0);
    expect(capped.byRule.map((r) => r.skippedBlocks)).toEqual([1, 1, 0]);
    const all = candidatePairs(side(many.slice(0, 2)), side(many), rules);
    expect(all.left.length).toBe(6000);
    expect(new Set(pairsOf(all).map((p) => p.join())).size).toBe(6000);
  });

  it('counts each rule’s pairs from block sizes before any pair is made, and its largest block', () => {
    const person = (dob: string, surname: string, last4: string | null = null) => ({
      dob,
      surname,
      last4,
    });
    // dob blocks: 2015-03-07 holds 3 CalWORKs × 2 CWS = 6 pairs; 2012-01-01 holds 1 × 1 = 1;
    // 2010-05-05 is on one side only. surname+year: G620/2015 3 × 2 = 6, N250/2012 1 × 1 = 1.
    const calworks = [
      person('2015-03-07', 'G620', '1111'),
      person('2015-03-07', 'G620'),
      person('2015-03-07', 'G620'),
      person('2012-01-01', 'N250', '2222'),
      person('2010-05-05', ''),
    ];
    const cws = [
      person('2015-03-07', 'G620', '1111'),
      person('2015-03-07', 'G620', '1111'),
      person('2012-01-01', 'N250'),
      person('', ''),
    ];
    expect(ruleLoads(side(calworks), side(cws), rules)).toEqual([
      { rule: 'dob', pairs: 7, largestBlock: 6, blocksOverCap: 0 },
      { rule: 'surname+year', pairs: 7, largestBlock: 6, blocksOverCap: 0 },
      { rule: 'ssn4', pairs: 2, largestBlock: 2, blocksOverCap: 0 },
    ]);
    // With a cap of one CWS record per block, the 2015 blocks are left out, as blocking skips them.
    expect(ruleLoads(side(calworks), side(cws), rules, 1)[0]).toEqual({
      rule: 'dob',
      pairs: 1,
      largestBlock: 1,
      blocksOverCap: 1,
    });
    // Before the split into first-found shares, the loads bound what blocking makes.
    const made = candidatePairs(side(calworks), side(cws), rules);
    expect(made.left.length).toBeLessThanOrEqual(7 + 7 + 2);
    expect(made.byRule[0]?.pairs).toBe(7);
  });
});
