import { describe, expect, it } from 'vitest';
import {
  countTiers,
  filterFamilies,
  sortFamilies,
  type MutualFamily,
} from '../../../../src/renderer/pages/matching/familiesView';

const family = (
  calworksCase: string,
  cwsCase: string,
  persons: number,
  tier: MutualFamily['tier'],
): MutualFamily => ({ calworksCase, cwsCase, persons, tier });

// In the service's order: CalWORKs case, then CWS case.
const families = [
  family('C-00000001', 'W-00000007', 2, 'secondary'),
  family('C-00000002', 'W-00000003', 1, 'tertiary'),
  family('C-00000002', 'W-00000009', 3, 'secondary'),
  family('C-00000005', 'W-00000001', 1, 'secondary'),
  family('C-00000010', 'W-00000004', 2, 'tertiary'),
];
const pairs = (list: readonly MutualFamily[]) => list.map((f) => `${f.calworksCase} ${f.cwsCase}`);

describe('sortFamilies', () => {
  it('sorts by the CalWORKs case, then the CWS case, either way', () => {
    expect(pairs(sortFamilies(families, { key: 'calworksCase', descending: false }))).toEqual(
      pairs(families),
    );
    expect(pairs(sortFamilies(families, { key: 'calworksCase', descending: true }))).toEqual([
      'C-00000010 W-00000004',
      'C-00000005 W-00000001',
      // The tie on C-00000002 keeps its CWS cases ascending.
      'C-00000002 W-00000003',
      'C-00000002 W-00000009',
      'C-00000001 W-00000007',
    ]);
  });

  it('sorts by the CWS case', () => {
    expect(pairs(sortFamilies(families, { key: 'cwsCase', descending: false }))).toEqual([
      'C-00000005 W-00000001',
      'C-00000002 W-00000003',
      'C-00000010 W-00000004',
      'C-00000001 W-00000007',
      'C-00000002 W-00000009',
    ]);
  });

  it('sorts persons as numbers, ties by CalWORKs case ascending in both directions', () => {
    expect(pairs(sortFamilies(families, { key: 'persons', descending: false }))).toEqual([
      'C-00000002 W-00000003',
      'C-00000005 W-00000001',
      'C-00000001 W-00000007',
      'C-00000010 W-00000004',
      'C-00000002 W-00000009',
    ]);
    expect(pairs(sortFamilies(families, { key: 'persons', descending: true }))).toEqual([
      'C-00000002 W-00000009',
      'C-00000001 W-00000007',
      'C-00000010 W-00000004',
      'C-00000002 W-00000003',
      'C-00000005 W-00000001',
    ]);
  });

  it('compares numbers as numbers, not text (10 after 9)', () => {
    const many = [family('A', 'X', 10, 'secondary'), family('B', 'Y', 9, 'secondary')];
    expect(sortFamilies(many, { key: 'persons', descending: false }).map((f) => f.persons)).toEqual(
      [9, 10],
    );
  });

  it('sorts by tier as shown: Secondary before Tertiary', () => {
    expect(pairs(sortFamilies(families, { key: 'tier', descending: false }))).toEqual([
      'C-00000001 W-00000007',
      'C-00000002 W-00000009',
      'C-00000005 W-00000001',
      'C-00000002 W-00000003',
      'C-00000010 W-00000004',
    ]);
    expect(pairs(sortFamilies(families, { key: 'tier', descending: true }))).toEqual([
      'C-00000002 W-00000003',
      'C-00000010 W-00000004',
      'C-00000001 W-00000007',
      'C-00000002 W-00000009',
      'C-00000005 W-00000001',
    ]);
  });

  it('leaves the list it was given as it was', () => {
    const before = pairs(families);
    sortFamilies(families, { key: 'persons', descending: true });
    expect(pairs(families)).toEqual(before);
  });
});

describe('filterFamilies', () => {
  it('keeps every pair without a filter', () => {
    expect(filterFamilies(families, { text: '', tier: null })).toEqual(families);
    expect(filterFamilies(families, { text: '   ', tier: null })).toEqual(families);
  });

  it('matches a piece of either case number, any case, trimmed', () => {
    expect(pairs(filterFamilies(families, { text: ' c-0000000 ', tier: null }))).toEqual([
      'C-00000001 W-00000007',
      'C-00000002 W-00000003',
      'C-00000002 W-00000009',
      'C-00000005 W-00000001',
    ]);
    // "01" is in C-00000001 and C-00000010, and in the CWS case W-00000001.
    expect(pairs(filterFamilies(families, { text: '01', tier: null }))).toEqual([
      'C-00000001 W-00000007',
      'C-00000005 W-00000001',
      'C-00000010 W-00000004',
    ]);
    expect(pairs(filterFamilies(families, { text: 'w-00000009', tier: null }))).toEqual([
      'C-00000002 W-00000009',
    ]);
    expect(filterFamilies(families, { text: 'X', tier: null })).toEqual([]);
  });

  it('keeps one tier, with or without text, in the given order', () => {
    expect(pairs(filterFamilies(families, { text: '', tier: 'tertiary' }))).toEqual([
      'C-00000002 W-00000003',
      'C-00000010 W-00000004',
    ]);
    expect(pairs(filterFamilies(families, { text: 'c-00000002', tier: 'secondary' }))).toEqual([
      'C-00000002 W-00000009',
    ]);
  });
});

describe('countTiers', () => {
  it('counts the pairs of each tier', () => {
    expect(countTiers(families)).toEqual({ tertiary: 2, secondary: 3 });
    expect(countTiers([])).toEqual({ tertiary: 0, secondary: 0 });
  });
});
