import type { Output } from '../../../api/contract';
import { TIER_LABELS } from '../../../core/program/catalog';

export type MutualFamilyRecord = Output<'cocase.families'>[number];
export type RecordGroup = MutualFamilyRecord['group'];
export type RecordTier = MutualFamilyRecord['tier'];
export type RecordSortKey =
  'calworksCase' | 'cwsCase' | 'tier' | 'group' | 'startDate' | 'endDate' | 'matchRunId';

export interface RecordSort {
  readonly key: RecordSortKey;
  readonly descending: boolean;
}

export interface RecordFilter {
  /** A piece of either case number, any case. */
  readonly text: string;
  readonly group: RecordGroup | null;
  readonly tier: RecordTier | null;
}

export { TIER_LABELS } from '../../../core/program/catalog';

/** The evaluation's two arms (DOMAIN.md): families served by Linkages, and matched families served as usual. */
export const GROUP_LABELS: Record<RecordGroup, string> = {
  linkages: 'Linkages',
  comparison: 'Comparison',
};

// Code-unit order, like the matching area's family list: the same on every machine, and fast
// enough to re-sort thousands of records on every header click, where localeCompare is not.
const order = (x: string | number, y: string | number) => (x < y ? -1 : x > y ? 1 : 0);

/** The value the column shows; null for a blank cell (no end date yet, not from a match run). */
function valueOf(record: MutualFamilyRecord, key: RecordSortKey): string | number | null {
  if (key === 'tier') return TIER_LABELS[record.tier];
  if (key === 'group') return GROUP_LABELS[record.group];
  return record[key];
}

/**
 * The records in the column's order. Blank cells go last whichever way the column runs, as in a
 * spreadsheet; ties fall back to the CalWORKs case and then the CWS case, both ascending, so equal
 * rows never swap when the direction flips.
 */
export function sortRecords(
  records: readonly MutualFamilyRecord[],
  sort: RecordSort,
): MutualFamilyRecord[] {
  const direction = sort.descending ? -1 : 1;
  const compare = (a: MutualFamilyRecord, b: MutualFamilyRecord) => {
    const x = valueOf(a, sort.key);
    const y = valueOf(b, sort.key);
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0);
    return direction * order(x, y);
  };
  return [...records].sort(
    (a, b) => compare(a, b) || order(a.calworksCase, b.calworksCase) || order(a.cwsCase, b.cwsCase),
  );
}

/** The records of the group and tier asked for whose CalWORKs or CWS case number holds the text. */
export function filterRecords(
  records: readonly MutualFamilyRecord[],
  filter: RecordFilter,
): readonly MutualFamilyRecord[] {
  const text = filter.text.trim().toLowerCase();
  if (text === '' && filter.group === null && filter.tier === null) return records;
  return records.filter(
    (record) =>
      (filter.group === null || record.group === filter.group) &&
      (filter.tier === null || record.tier === filter.tier) &&
      (record.calworksCase.toLowerCase().includes(text) ||
        record.cwsCase.toLowerCase().includes(text)),
  );
}

export function countGroups(records: readonly MutualFamilyRecord[]): Record<RecordGroup, number> {
  const counts = { linkages: 0, comparison: 0 };
  for (const record of records) counts[record.group]++;
  return counts;
}

const count = (n: number) => n.toLocaleString('en-US');

/** "Showing 12 of 188 families: 10 served by Linkages, 2 in the comparison group." */
export function recordsSummary(shown: readonly MutualFamilyRecord[], total: number): string {
  const groups = countGroups(shown);
  return (
    `Showing ${count(shown.length)} of ${count(total)} ${total === 1 ? 'family' : 'families'}: ` +
    `${count(groups.linkages)} served by Linkages, ${count(groups.comparison)} in the comparison group.`
  );
}
