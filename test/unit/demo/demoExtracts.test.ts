import { describe, expect, it } from 'vitest';
import { familyTier } from '../../../src/core/matching/linkage/familyTier';
import { demoExtracts, type ExtractFamily } from '../../../src/demo/demoExtracts';

const FAMILIES: ExtractFamily[] = [
  { calworksCase: 'C-123456', cwsCase: 'W-5000000', tier: 'tertiary' },
  { calworksCase: 'C-2000001', cwsCase: 'W-5000001', tier: 'secondary' },
  { calworksCase: 'C-2000002', cwsCase: 'W-5000002', tier: 'tertiary' },
];
const SPEC = { seed: 3, calworksPersons: 300, cwsPersons: 150, accept: 0.999, review: 0.01 };

const byCase = <T extends { caseNumber: string }>(persons: readonly T[]) => {
  const cases = new Map<string, T[]>();
  for (const p of persons) cases.set(p.caseNumber, [...(cases.get(p.caseNumber) ?? []), p]);
  return cases;
};

describe('the demo county’s extracts', () => {
  it('hold each co-case family on both sides under its case numbers, and no other family on both', () => {
    const extracts = demoExtracts(FAMILIES, SPEC);
    expect(demoExtracts(FAMILIES, SPEC)).toEqual(extracts);
    const calworks = new Map(extracts.calworks.map((p) => [p.personId, p]));
    const cws = new Map(extracts.cws.map((p) => [p.personId, p]));
    const truePairs = new Set(
      extracts.truth.map(([a, b]) => `${calworks.get(a)?.caseNumber} ${cws.get(b)?.caseNumber}`),
    );
    expect([...truePairs].sort()).toEqual(FAMILIES.map((f) => `${f.calworksCase} ${f.cwsCase}`));
    // Every person of a co-case family is on both sides (persons roll up to the same family).
    const onAid = byCase(extracts.calworks);
    const known = byCase(extracts.cws);
    for (const family of FAMILIES) {
      expect(onAid.get(family.calworksCase)?.length).toBe(known.get(family.cwsCase)?.length);
    }
  });

  it('read back the co-case family’s tier from its CWS persons', () => {
    const known = byCase(demoExtracts(FAMILIES, SPEC).cws);
    expect(FAMILIES.map((f) => familyTier(known.get(f.cwsCase) ?? []))).toEqual([
      'tertiary',
      'secondary',
      'tertiary',
    ]);
  });

  it('have about the persons asked for, each person once', () => {
    const { calworks, cws } = demoExtracts(FAMILIES, SPEC);
    // Filled a whole family at a time: at most a family (five persons) over.
    expect(calworks.length - SPEC.calworksPersons).toBeGreaterThanOrEqual(0);
    expect(calworks.length - SPEC.calworksPersons).toBeLessThan(6);
    expect(cws.length - SPEC.cwsPersons).toBeGreaterThanOrEqual(0);
    expect(cws.length - SPEC.cwsPersons).toBeLessThan(6);
    expect(new Set(calworks.map((p) => p.personId)).size).toBe(calworks.length);
    expect(new Set(cws.map((p) => p.personId)).size).toBe(cws.length);
  });
});
