import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../../../src/core/matching/linkage/blocking';
import {
  compareAddress,
  compareDob,
  compareFirstName,
  compareSex,
  compareSsn,
  compareSurname,
} from '../../../../src/core/matching/linkage/compare';
import { comparePairs, levelColumns } from '../../../../src/core/matching/linkage/comparePairs';
import { NameIndex } from '../../../../src/core/matching/linkage/nameIndex';
import {
  PersonTableBuilder,
  sharedVocabularies,
} from '../../../../src/core/matching/linkage/persons';
import { BLOCKING_RULES } from '../../../../src/core/matching/linkage/rules';
import {
  standardName,
  standardSsn,
  standardStreet,
  standardSurname,
  standardZip,
} from '../../../../src/core/matching/linkage/standardize';
import { synthesizeExtracts, type SynthPerson } from '../../../../src/demo/synthExtracts';
import { shippedNicknames } from '../../../support/nicknames';

describe('levels from the standardized columns', () => {
  it('are the levels the string comparisons of compare.ts give, pair for pair', () => {
    const { calworks, cws } = synthesizeExtracts({
      calworksPersons: 3000,
      cwsPersons: 1500,
      mutualPersons: 700,
      seed: 3,
    });
    const shared = sharedVocabularies(shippedNicknames);
    const table = (persons: SynthPerson[]) => {
      const builder = new PersonTableBuilder(shared);
      persons.forEach((person) => builder.add(person));
      return builder.finish();
    };
    const [a, b] = [table(calworks), table(cws)];
    // The blocked pairs (mostly close calls) and every pair of the first 100 × 100 (mostly not).
    const blocked = candidatePairs(
      { records: a, count: a.count },
      { records: b, count: b.count },
      BLOCKING_RULES,
    );
    const grid = Array.from({ length: 10_000 }, (_, k) => [Math.floor(k / 100), k % 100]);
    const pairs = {
      left: Int32Array.from([...blocked.left, ...grid.map(([i]) => i ?? 0)]),
      right: Int32Array.from([...blocked.right, ...grid.map(([, j]) => j ?? 0)]),
    };
    const levels = levelColumns(pairs.left.length);
    comparePairs(a, b, pairs, new NameIndex(shared.names, shared.nicknames), levels);

    const first = (p: SynthPerson) => standardName(p.firstName).split(/[\s-]/)[0] ?? '';
    const address = (p: SynthPerson) => ({
      street: standardStreet(p.street),
      zip: standardZip(p.zip),
    });
    let checked = 0;
    const differences: string[] = [];
    for (let p = 0; p < pairs.left.length; p++) {
      const x = calworks[pairs.left[p] ?? 0] as SynthPerson;
      const y = cws[pairs.right[p] ?? 0] as SynthPerson;
      const [surnameX, surnameY] = [standardSurname(x.lastName), standardSurname(y.lastName)];
      // The columns keep two surname parts; a third part only ever matters to "shared part".
      if (surnameX.parts.length > 2 || surnameY.parts.length > 2) continue;
      const expected = [
        compareFirstName(first(x), first(y), shippedNicknames),
        compareSurname(surnameX, surnameY),
        compareDob(x.dob, y.dob),
        compareSsn(standardSsn(x.ssn), standardSsn(y.ssn)),
        compareAddress(address(x), address(y)),
        compareSex(x.sex, y.sex),
      ];
      const actual = levels.map((column) => column[p]);
      if (expected.join() !== actual.join())
        differences.push(`pair ${p}: ${expected} vs ${actual}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(levels.every((column) => new Set(column).size >= 2)).toBe(true);
    expect(differences).toEqual([]);
  });
});
