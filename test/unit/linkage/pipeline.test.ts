import { describe, expect, it } from 'vitest';
import { candidatePairs, type BlockingRule } from '../../../src/core/linkage/blocking';
import {
  compareAddress,
  compareDob,
  compareFirstName,
  compareSex,
  compareSsn,
  compareSurname,
} from '../../../src/core/linkage/compare';
import {
  estimateEm,
  matchProbabilities,
  type FieldLevels,
} from '../../../src/core/linkage/fellegiSunter';
import { oneToOne } from '../../../src/core/linkage/resolve';
import { soundex } from '../../../src/core/linkage/soundex';
import {
  formalFirstName,
  standardName,
  standardSsn,
  standardStreet,
  standardSurname,
  standardZip,
} from '../../../src/core/linkage/standardize';
import { synthesizeExtracts, type SynthPerson } from '../../../src/core/linkage/synth';
import { shippedNicknames } from '../../support/nicknames';

const nicknames = shippedNicknames;

function standard(p: SynthPerson) {
  const surname = standardSurname(p.lastName);
  return {
    id: p.personId,
    first: standardName(p.firstName).split(' ')[0] ?? '',
    formal: formalFirstName(p.firstName, nicknames),
    surname,
    sound: soundex(surname.parts[0] ?? ''),
    dob: p.dob,
    sex: p.sex,
    ssn: standardSsn(p.ssn),
    address: { street: standardStreet(p.street), zip: standardZip(p.zip) },
  };
}
type Standard = ReturnType<typeof standard>;

const RULES: BlockingRule<Standard>[] = [
  { name: 'dob', key: (p) => p.dob || null },
  {
    name: 'surname sound + birth year',
    key: (p) => (p.dob ? `${p.sound}|${p.dob.slice(0, 4)}` : null),
  },
  { name: 'ssn last four', key: (p) => p.ssn.last4 },
  { name: 'first name + zip', key: (p) => (p.address.zip ? `${p.formal}|${p.address.zip}` : null) },
];

describe('the engine’s parts together', () => {
  it('find the generator’s true pairs from two noisy extracts, without labels', () => {
    const { calworks, cws, truth } = synthesizeExtracts({
      families: 1500,
      mutualShare: 0.3,
      seed: 11,
    });
    const a = calworks.map(standard);
    const b = cws.map(standard);
    const pairs = candidatePairs(a, b, RULES);
    const n = pairs.left.length;
    const field = (
      name: string,
      levelCount: number,
      compare: (x: Standard, y: Standard) => number,
    ): FieldLevels => {
      const levels = new Int8Array(n);
      for (let p = 0; p < n; p++)
        levels[p] = compare(a[pairs.left[p] ?? 0] as Standard, b[pairs.right[p] ?? 0] as Standard);
      return { name, levelCount, levels };
    };
    const fields = [
      field('first name', 5, (x, y) => compareFirstName(x.first, y.first, nicknames)),
      field('surname', 5, (x, y) => compareSurname(x.surname, y.surname)),
      field('dob', 5, (x, y) => compareDob(x.dob, y.dob)),
      field('ssn', 3, (x, y) => compareSsn(x.ssn, y.ssn)),
      field('address', 3, (x, y) => compareAddress(x.address, y.address)),
      field('sex', 2, (x, y) => compareSex(x.sex, y.sex)),
    ];
    const { parameters } = estimateEm(fields);
    const probability = matchProbabilities(parameters, fields, new Float64Array(n));
    const links = oneToOne({ left: pairs.left, right: pairs.right, probability }, 0.9);
    const found = new Set(
      links.map((p) => `${a[pairs.left[p] ?? 0]?.id}|${b[pairs.right[p] ?? 0]?.id}`),
    );
    const real = new Set(truth.map(([x, y]) => `${x}|${y}`));
    const correct = [...found].filter((pair) => real.has(pair)).length;
    const precision = correct / found.size;
    const recall = correct / real.size;
    expect(real.size).toBeGreaterThan(1000);
    expect({ precision: precision > 0.97, recall: recall > 0.93 }).toEqual({
      precision: true,
      recall: true,
    });
  });
});
