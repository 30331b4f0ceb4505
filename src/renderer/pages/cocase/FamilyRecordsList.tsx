import { useDeferredValue, useMemo, useState } from 'react';
import { useApi } from '../../client/queries';
import { FamilyRecordsTable } from './FamilyRecordsTable';
import {
  filterRecords,
  GROUP_LABELS,
  recordsSummary,
  sortRecords,
  TIER_LABELS,
  type MutualFamilyRecord,
  type RecordFilter,
  type RecordGroup,
  type RecordSort,
  type RecordTier,
} from './familyRecordsView';

/** The county's recorded mutual families: case numbers only, filtered and sorted in the page. */
export function FamilyRecordsList({ countyId }: { countyId: number }) {
  const families = useApi('cocase.families', { countyId });
  return (
    <section aria-labelledby="family-records-heading">
      <h2 id="family-records-heading">Recorded families</h2>
      {families.error && <p className="error-summary">{families.error.message}</p>}
      {families.isPending && <p>Loading the family records…</p>}
      {families.data &&
        (families.data.length === 0 ? (
          <p role="status">
            No mutual family is recorded yet. Add the families of a match run below.
          </p>
        ) : (
          <RecordList records={families.data} />
        ))}
    </section>
  );
}

function RecordList({ records }: { records: readonly MutualFamilyRecord[] }) {
  const [filter, setFilter] = useState<RecordFilter>({ text: '', group: null, tier: null });
  const [sort, setSort] = useState<RecordSort>({ key: 'calworksCase', descending: false });
  // Typing stays quick while thousands of records are filtered behind it.
  const settled = useDeferredValue(filter);
  const sorted = useMemo(() => sortRecords(records, sort), [records, sort]);
  const shown = useMemo(() => filterRecords(sorted, settled), [sorted, settled]);

  return (
    <>
      <div className="filters" role="search" aria-label="Filter the family records">
        <label htmlFor="family-records-text">Case number contains</label>
        <input
          id="family-records-text"
          type="search"
          maxLength={100}
          value={filter.text}
          onChange={(e) => setFilter({ ...filter, text: e.target.value })}
        />
        <label htmlFor="family-records-group">Group</label>
        <select
          id="family-records-group"
          value={filter.group ?? ''}
          onChange={(e) =>
            setFilter({
              ...filter,
              group: e.target.value === '' ? null : (e.target.value as RecordGroup),
            })
          }
        >
          <option value="">All</option>
          <option value="linkages">{GROUP_LABELS.linkages}</option>
          <option value="comparison">{GROUP_LABELS.comparison}</option>
        </select>
        <label htmlFor="family-records-tier">Tier</label>
        <select
          id="family-records-tier"
          value={filter.tier ?? ''}
          onChange={(e) =>
            setFilter({
              ...filter,
              tier: e.target.value === '' ? null : (e.target.value as RecordTier),
            })
          }
        >
          <option value="">All</option>
          <option value="tertiary">{TIER_LABELS.tertiary}</option>
          <option value="secondary">{TIER_LABELS.secondary}</option>
        </select>
      </div>
      <p role="status" data-testid="family-records-status">
        {recordsSummary(shown, records.length)}
      </p>
      <FamilyRecordsTable
        records={shown}
        viewKey={JSON.stringify([sort, settled])}
        sort={sort}
        onSort={setSort}
      />
      {shown.length === 0 && <p>No family records match these filters.</p>}
    </>
  );
}
