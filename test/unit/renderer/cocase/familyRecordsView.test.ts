import { describe, expect, it } from 'vitest';
import {
  countGroups,
  filterRecords,
  recordsSummary,
  sortRecords,
  type MutualFamilyRecord,
  type RecordSortKey,
} from '../../../../src/renderer/pages/cocase/familyRecordsView';

let nextId = 1;
const record = (
  calworksCase: string,
  cwsCase: string,
  tier: MutualFamilyRecord['tier'],
  group: MutualFamilyRecord['group'],
  startDate: string,
  endDate: string | null,
  matchRunId: number | null,
): MutualFamilyRecord => ({
  familyId: nextId++,
  calworksCase,
  cwsCase,
  tier,
  group,
  startDate,
  endDate,
  calworksWorker: '',
  cwsWorker: '',
  matchRunId,
  version: 1,
});

// In the service's order: CalWORKs case, then CWS case.
const records = [
  record('C-00000001', 'W-00000007', 'secondary', 'linkages', '2025-07-01', null, 2),
  record('C-00000002', 'W-00000003', 'tertiary', 'comparison', '2025-08-15', '2026-01-31', 1),
  record('C-00000002', 'W-00000009', 'secondary', 'linkages', '2025-07-01', '2025-12-31', null),
  record('C-00000005', 'W-00000001', 'tertiary', 'linkages', '2026-02-01', null, 2),
  record('C-00000010', 'W-00000004', 'secondary', 'comparison', '2025-08-15', '2026-03-31', 1),
];
const pairs = (list: readonly MutualFamilyRecord[]) =>
  list.map((r) => `${r.calworksCase} ${r.cwsCase}`);
const sorted = (key: RecordSortKey, descending = false) =>
  pairs(sortRecords(records, { key, descending }));

describe('sortRecords', () => {
  it('sorts by the CalWORKs case, ties by the CWS case ascending either way', () => {
    expect(sorted('calworksCase')).toEqual(pairs(records));
    expect(sorted('calworksCase', true)).toEqual([
      'C-00000010 W-00000004',
      'C-00000005 W-00000001',
      'C-00000002 W-00000003',
      'C-00000002 W-00000009',
      'C-00000001 W-00000007',
    ]);
  });

  it('sorts by the CWS case', () => {
    expect(sorted('cwsCase')).toEqual([
      'C-00000005 W-00000001',
      'C-00000002 W-00000003',
      'C-00000010 W-00000004',
      'C-00000001 W-00000007',
      'C-00000002 W-00000009',
    ]);
  });

  it('sorts the tier and the group by the words shown, ties by case number', () => {
    // "Secondary" before "Tertiary".
    expect(sorted('tier')).toEqual([
      'C-00000001 W-00000007',
      'C-00000002 W-00000009',
      'C-00000010 W-00000004',
      'C-00000002 W-00000003',
      'C-00000005 W-00000001',
    ]);
    // "Comparison" before "Linkages"; descending flips the groups, not the ties.
    expect(sorted('group', true)).toEqual([
      'C-00000001 W-00000007',
      'C-00000002 W-00000009',
      'C-00000005 W-00000001',
      'C-00000002 W-00000003',
      'C-00000010 W-00000004',
    ]);
  });

  it('sorts by the start date', () => {
    expect(sorted('startDate')).toEqual([
      'C-00000001 W-00000007',
      'C-00000002 W-00000009',
      'C-00000002 W-00000003',
      'C-00000010 W-00000004',
      'C-00000005 W-00000001',
    ]);
  });

  it('puts records with no end date last, whichever way the column runs', () => {
    expect(sorted('endDate')).toEqual([
      'C-00000002 W-00000009',
      'C-00000002 W-00000003',
      'C-00000010 W-00000004',
      'C-00000001 W-00000007',
      'C-00000005 W-00000001',
    ]);
    expect(sorted('endDate', true)).toEqual([
      'C-00000010 W-00000004',
      'C-00000002 W-00000003',
      'C-00000002 W-00000009',
      'C-00000001 W-00000007',
      'C-00000005 W-00000001',
    ]);
  });

  it('sorts match runs as numbers, records from no run last', () => {
    const many = [
      ...records,
      record('C-00000003', 'W-00000002', 'secondary', 'linkages', '2025-07-01', null, 10),
    ];
    expect(pairs(sortRecords(many, { key: 'matchRunId', descending: true }))).toEqual([
      'C-00000003 W-00000002',
      'C-00000001 W-00000007',
      'C-00000005 W-00000001',
      'C-00000002 W-00000003',
      'C-00000010 W-00000004',
      'C-00000002 W-00000009',
    ]);
  });

  it('leaves the list it was given as it was', () => {
    const before = pairs(records);
    sortRecords(records, { key: 'cwsCase', descending: true });
    expect(pairs(records)).toEqual(before);
  });
});

describe('filterRecords', () => {
  const all = { text: '', group: null, tier: null };

  it('gives the list itself back when nothing is asked', () => {
    expect(filterRecords(records, all)).toBe(records);
  });

  it('keeps records whose either case number holds the text, any case, spaces trimmed', () => {
    expect(pairs(filterRecords(records, { ...all, text: ' c-0000000 ' }))).toEqual([
      'C-00000001 W-00000007',
      'C-00000002 W-00000003',
      'C-00000002 W-00000009',
      'C-00000005 W-00000001',
    ]);
    expect(pairs(filterRecords(records, { ...all, text: 'w-00000004' }))).toEqual([
      'C-00000010 W-00000004',
    ]);
    expect(filterRecords(records, { ...all, text: '42' })).toEqual([]);
  });

  it('keeps one group, one tier, or both', () => {
    expect(pairs(filterRecords(records, { ...all, group: 'comparison' }))).toEqual([
      'C-00000002 W-00000003',
      'C-00000010 W-00000004',
    ]);
    expect(pairs(filterRecords(records, { ...all, tier: 'tertiary' }))).toEqual([
      'C-00000002 W-00000003',
      'C-00000005 W-00000001',
    ]);
    expect(
      pairs(filterRecords(records, { text: '0000000', group: 'linkages', tier: 'secondary' })),
    ).toEqual(['C-00000001 W-00000007', 'C-00000002 W-00000009']);
  });
});

describe('the summary', () => {
  it('counts each group among the records shown', () => {
    expect(countGroups(records)).toEqual({ linkages: 3, comparison: 2 });
    expect(countGroups([])).toEqual({ linkages: 0, comparison: 0 });
  });

  it('says how many are shown of all, and of each group', () => {
    expect(recordsSummary(records, 5)).toBe(
      'Showing 5 of 5 families: 3 served by Linkages, 2 in the comparison group.',
    );
    expect(recordsSummary(records.slice(1, 2), 1)).toBe(
      'Showing 1 of 1 family: 0 served by Linkages, 1 in the comparison group.',
    );
    expect(recordsSummary([], 1234)).toBe(
      'Showing 0 of 1,234 families: 0 served by Linkages, 0 in the comparison group.',
    );
  });
});
