import { describe, expect, it } from 'vitest';
import { synthesizeExtracts, type SynthPerson } from '../../../src/demo/synthExtracts';
import { SKEW } from '../../../src/demo/synthSkewed';

// Properties of the skewed distribution (issue 25), over several seeds: bands wide enough for any
// seed, narrow enough that the even distribution falls outside them.
const SIZE = { calworksPersons: 60_000, cwsPersons: 24_000, mutualPersons: 8400 };
const SEEDS = [3, 11, 2026];

const made = new Map<string, ReturnType<typeof synthesizeExtracts>>();
function memo(key: string, make: () => ReturnType<typeof synthesizeExtracts>) {
  const done = made.get(key) ?? make();
  made.set(key, done);
  return done;
}
const skewed = (seed: number) =>
  memo(`skewed${seed}`, () => synthesizeExtracts({ ...SIZE, seed, distribution: 'skewed' }));
const even = (seed: number) => memo(`even${seed}`, () => synthesizeExtracts({ ...SIZE, seed }));

function shareOf<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.filter(test).length / items.length;
}

function counts(persons: readonly SynthPerson[], key: (p: SynthPerson) => string) {
  const byKey = new Map<string, number>();
  for (const p of persons) byKey.set(key(p), (byKey.get(key(p)) ?? 0) + 1);
  return byKey;
}

/** Persons whose exact first name, last name and birth date another person of the extract has. */
function namesakeShare(persons: readonly SynthPerson[]): number {
  const key = (p: SynthPerson) => `${p.firstName}|${p.lastName}|${p.dob}`;
  const byKey = counts(persons, key);
  return shareOf(persons, (p) => p.dob !== '' && (byKey.get(key(p)) ?? 0) > 1);
}

describe.each(SEEDS)('the skewed synthetic extracts, seed %i', (seed) => {
  const extracts = skewed(seed);
  const { calworks, cws, truth } = extracts;
  const byId = new Map([...calworks, ...cws].map((p) => [p.personId, p]));

  it('have exactly the persons asked for, the same for the same seed', () => {
    expect([calworks.length, cws.length, truth.length]).toEqual([60_000, 24_000, 8400]);
    expect(synthesizeExtracts({ ...SIZE, seed, distribution: 'skewed' })).toEqual(extracts);
    expect(even(seed)).not.toEqual(extracts);
  });

  it('have a few very common surnames and given names, and a long tail', () => {
    const surnames = [...counts(calworks, (p) => p.lastName).entries()].sort((a, b) => b[1] - a[1]);
    const top = (surnames[0]?.[1] ?? 0) / calworks.length;
    expect(top).toBeGreaterThan(0.007);
    expect(top).toBeLessThan(0.02);
    expect(surnames.slice(0, 5).map(([name]) => name)).toEqual(
      expect.arrayContaining(['GARCIA', 'HERNANDEZ']),
    );
    // The ten commonest surnames carry several percent of persons; still thousands of surnames.
    const topTen = surnames.slice(0, 10).reduce((sum, [, n]) => sum + n, 0) / calworks.length;
    expect(topTen).toBeGreaterThan(0.06);
    expect(topTen).toBeLessThan(0.15);
    expect(surnames.length).toBeGreaterThan(5000);
    const women = calworks.filter((p) => p.sex === 'F');
    const men = calworks.filter((p) => p.sex === 'M');
    expect(shareOf(women, (p) => p.firstName === 'MARIA')).toBeGreaterThan(0.025);
    expect(shareOf(men, (p) => p.firstName === 'JOSE')).toBeGreaterThan(0.025);
  });

  it('share exact names and birth dates between different persons well beyond the even data', () => {
    const share = namesakeShare(calworks);
    expect(share).toBeGreaterThan(0.0008);
    expect(share).toBeGreaterThan(2 * namesakeShare(even(seed).calworks));
  });

  it('put several families at one address and relatives on other cases', () => {
    const casesAt = new Map<string, Set<string>>();
    for (const p of calworks) {
      const at = `${p.street}|${p.zip}`;
      casesAt.set(at, (casesAt.get(at) ?? new Set()).add(p.caseNumber));
    }
    const shared = shareOf(calworks, (p) => (casesAt.get(`${p.street}|${p.zip}`)?.size ?? 0) > 1);
    expect(shared).toBeGreaterThan(0.08);
    expect(shared).toBeLessThan(0.3);
  });

  it('leave SSNs out on the CWS side far more often than on the CalWORKs side', () => {
    const cwsMissing = shareOf(cws, (p) => p.ssn === '');
    expect(cwsMissing).toBeGreaterThan(0.42);
    expect(cwsMissing).toBeLessThan(0.58);
    expect(shareOf(calworks, (p) => p.ssn === '')).toBeLessThan(0.08);
    // Children's SSNs are missing more often than parents'.
    const children = cws.filter((p) => p.role === 'child');
    const parents = cws.filter((p) => p.role === 'parent');
    expect(shareOf(children, (p) => p.ssn === '')).toBeGreaterThan(
      shareOf(parents, (p) => p.ssn === '') + 0.1,
    );
  });

  it('move mutual families between the extracts as households, often to a new ZIP', () => {
    const pairs = truth.map(([a, b]) => [byId.get(a), byId.get(b)] as const);
    const zipChanged = shareOf(pairs, ([x, y]) => x?.zip !== y?.zip);
    expect(zipChanged).toBeGreaterThan(0.18);
    expect(zipChanged).toBeLessThan(0.32);
    // The hardest pairs: no SSN on the CWS side and a changed ZIP.
    expect(shareOf(pairs, ([x, y]) => x?.zip !== y?.zip && y?.ssn === '')).toBeGreaterThan(0.08);
    // A household moves together: its CWS members share one address.
    const addressesPerCase = new Map<string, Set<string>>();
    for (const p of cws) {
      const set = addressesPerCase.get(p.caseNumber) ?? new Set();
      addressesPerCase.set(p.caseNumber, set.add(`${p.street}|${p.zip}`));
    }
    expect([...addressesPerCase.values()].every((set) => set.size === 1)).toBe(true);
  });

  it("write a fifth of mutual persons' names differently on the CWS side, some by a middle name", () => {
    const pairs = truth.map(([a, b]) => [byId.get(a), byId.get(b)] as const);
    const nameChanged = shareOf(
      pairs,
      ([x, y]) => x?.firstName !== y?.firstName || x?.lastName !== y?.lastName,
    );
    expect(nameChanged).toBeGreaterThan(0.15);
    expect(nameChanged).toBeLessThan(0.3);
    const byMiddleName = shareOf(
      pairs,
      ([x, y]) =>
        x?.middleName !== '' && x?.middleName !== x?.firstName && y?.firstName === x?.middleName,
    );
    expect(byMiddleName).toBeGreaterThan(0.015);
    expect(byMiddleName).toBeLessThan(0.05);
  });

  it('have twins: children of one case with the same surname and birth date', () => {
    const key = (p: SynthPerson) => `${p.caseNumber}|${p.lastName}|${p.dob}`;
    const children = calworks.filter((p) => p.role === 'child');
    const byKey = counts(children, key);
    const twins = shareOf(children, (p) => (byKey.get(key(p)) ?? 0) > 1);
    expect(twins).toBeGreaterThan(SKEW.twin / 2);
    expect(twins).toBeLessThan(SKEW.twin * 4);
  });
});

it('share exact names and birth dates several times as often as the even data, over the seeds', () => {
  const total = (extracts: (seed: number) => { calworks: SynthPerson[] }) =>
    SEEDS.reduce((sum, seed) => sum + namesakeShare(extracts(seed).calworks), 0);
  expect(total(skewed)).toBeGreaterThan(4 * total(even));
}, 30_000);
