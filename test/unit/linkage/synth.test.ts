import { describe, expect, it } from 'vitest';
import { synthesizeExtracts } from '../../../src/core/linkage/synth';

describe('the synthetic extracts', () => {
  it('are the same for the same seed, with a truth that names persons of both extracts', () => {
    const first = synthesizeExtracts({ families: 300, mutualShare: 0.3, seed: 5 });
    expect(synthesizeExtracts({ families: 300, mutualShare: 0.3, seed: 5 })).toEqual(first);
    expect(synthesizeExtracts({ families: 300, mutualShare: 0.3, seed: 6 })).not.toEqual(first);
    const calworks = new Set(first.calworks.map((p) => p.personId));
    const cws = new Set(first.cws.map((p) => p.personId));
    expect(first.truth.every(([a, b]) => calworks.has(a) && cws.has(b))).toBe(true);
    expect(new Set(first.truth.map(([a]) => a)).size).toBe(first.truth.length);
  });

  it('carry the noise real extracts have on the CWS side of true pairs', () => {
    const { calworks, cws, truth } = synthesizeExtracts({
      families: 3000,
      mutualShare: 0.4,
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
    // About 20 % of names and 8 % of birth dates differ; about 13 % of SSNs are last four only.
    expect(share(nameChanged)).toBeGreaterThan(0.12);
    expect(share(nameChanged)).toBeLessThan(0.3);
    expect(share(dobChanged)).toBeGreaterThan(0.04);
    expect(share(dobChanged)).toBeLessThan(0.14);
    expect(share(ssnPartial)).toBeGreaterThan(0.08);
    expect(share(ssnPartial)).toBeLessThan(0.18);
  });
});
