import { describe, expect, it } from 'vitest';
import { synthesizeExtracts } from '../../../src/demo/synthExtracts';

const SIZE = { calworksPersons: 3000, cwsPersons: 1500, mutualPersons: 600 };

describe('the synthetic extracts', () => {
  it('have exactly the persons asked for, the same for the same seed, and a truth of both', () => {
    const first = synthesizeExtracts({ ...SIZE, seed: 5 });
    expect(synthesizeExtracts({ ...SIZE, seed: 5 })).toEqual(first);
    expect(synthesizeExtracts({ ...SIZE, seed: 6 })).not.toEqual(first);
    expect([first.calworks.length, first.cws.length, first.truth.length]).toEqual([
      3000, 1500, 600,
    ]);
    const calworks = new Set(first.calworks.map((p) => p.personId));
    const cws = new Set(first.cws.map((p) => p.personId));
    expect(first.truth.every(([a, b]) => calworks.has(a) && cws.has(b))).toBe(true);
    expect(new Set(first.truth.map(([a]) => a)).size).toBe(first.truth.length);
    expect(new Set(first.truth.map(([, b]) => b)).size).toBe(first.truth.length);
    // Ids and case numbers of the two agencies have nothing in common to join on.
    const sameNumber = first.truth.filter(([a, b]) => a.slice(1) === b.slice(1)).length;
    expect(sameNumber / first.truth.length).toBeLessThan(0.05);
    expect(
      first.cws.every((p) => p.cwsStatus !== '') && first.calworks.every((p) => p.cwsStatus === ''),
    ).toBe(true);
  });

  it('carry the noise real extracts have on the CWS side of true pairs', () => {
    const { calworks, cws, truth } = synthesizeExtracts({
      calworksPersons: 12_000,
      cwsPersons: 6000,
      mutualPersons: 4000,
      seed: 9,
    });
    const byId = new Map([...calworks, ...cws].map((p) => [p.personId, p]));
    let nameChanged = 0;
    let dobChanged = 0;
    let ssnPartial = 0;
    for (const [a, b] of truth) {
      const [x, y] = [byId.get(a), byId.get(b)];
      if (x?.firstName !== y?.firstName || x?.lastName !== y?.lastName) nameChanged++;
      if (x?.dob !== y?.dob) dobChanged++;
      if (y?.ssn.startsWith('xxx')) ssnPartial++;
    }
    const share = (n: number) => n / truth.length;
    // About a quarter of names and 5 % of birth dates differ; about 13 % of SSNs are last four only.
    expect(share(nameChanged)).toBeGreaterThan(0.15);
    expect(share(nameChanged)).toBeLessThan(0.35);
    expect(share(dobChanged)).toBeGreaterThan(0.04);
    expect(share(dobChanged)).toBeLessThan(0.12);
    expect(share(ssnPartial)).toBeGreaterThan(0.08);
    expect(share(ssnPartial)).toBeLessThan(0.18);
  });

  it('draw names with a common head and a long tail, as a California caseload has', () => {
    const { calworks } = synthesizeExtracts({ ...SIZE, calworksPersons: 20_000, seed: 1 });
    const counts = new Map<string, number>();
    for (const p of calworks) counts.set(p.lastName, (counts.get(p.lastName) ?? 0) + 1);
    const top = Math.max(...counts.values()) / calworks.length;
    expect(top).toBeGreaterThan(0.01);
    expect(top).toBeLessThan(0.06);
    expect(counts.size).toBeGreaterThan(3000);
  });
});
