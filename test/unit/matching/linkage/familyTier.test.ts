import { describe, expect, it } from 'vitest';
import { familyTier } from '../../../../src/core/matching/linkage/familyTier';

describe('a mutual family’s tier', () => {
  it('is Tertiary with an open Family Maintenance or Reunification case (or an open case of no stated type)', () => {
    expect(
      familyTier([
        { cwsStatus: 'referral', caseType: '' },
        { cwsStatus: 'case', caseType: 'FR' },
      ]),
    ).toBe('tertiary');
    expect(familyTier([{ cwsStatus: 'case', caseType: 'fm' }])).toBe('tertiary');
    expect(familyTier([{ cwsStatus: 'case', caseType: '' }])).toBe('tertiary');
  });

  it('is Secondary with a referral only, or a case of another kind', () => {
    expect(familyTier([{ cwsStatus: 'referral', caseType: '' }])).toBe('secondary');
    expect(
      familyTier([
        { cwsStatus: 'case', caseType: 'ER' },
        { cwsStatus: 'case', caseType: 'PP' },
      ]),
    ).toBe('secondary');
    expect(familyTier([{ cwsStatus: '', caseType: '' }])).toBe('secondary');
  });
});
