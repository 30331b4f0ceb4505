import { useDeferredValue, useMemo, useState } from 'react';
import { mayCall, useSignedInUser } from '../../client/permissions';
import { useApi } from '../../client/queries';
import { PageHeading } from '../../components/PageHeading';
import { hrefOf } from '../../navigation';
import { FamiliesTable } from './FamiliesTable';
import { FamilyNames } from './FamilyNames';
import {
  countTiers,
  filterFamilies,
  sortFamilies,
  TIER_LABELS,
  type FamilyFilter,
  type FamilySort,
  type FamilyTier,
  type MutualFamily,
} from './familiesView';

const count = (n: number) => n.toLocaleString('en-US');

/** #/matching/runs/<id>/families: the run's family pairs at its thresholds, case numbers only. */
export function FamiliesPage({ runId }: { runId: number }) {
  const families = useApi('matching.families', { runId });
  return (
    <>
      <p className="breadcrumb">
        <a href={hrefOf('matching')}>Mutual families</a> ›{' '}
        <a href={hrefOf('matching', 'runs', runId)}>Match run {runId}</a>
      </p>
      <PageHeading>Mutual families of run {runId}</PageHeading>
      <p className="hint">
        Each family pair is its CalWORKs and CWS case numbers; names are shown only for a family you
        ask for (Show).
      </p>
      {families.error && <p className="error-summary">{families.error.message}</p>}
      {families.isPending && <p>Loading the family pairs…</p>}
      {families.data && <FamilyList runId={runId} families={families.data} />}
    </>
  );
}

function FamilyList({ runId, families }: { runId: number; families: readonly MutualFamily[] }) {
  const [filter, setFilter] = useState<FamilyFilter>({ text: '', tier: null });
  const [revealed, setRevealed] = useState<MutualFamily | null>(null);
  const user = useSignedInUser().data;
  const countyId = useApi('workspace.get', {}).data?.county?.id ?? null;
  const [sort, setSort] = useState<FamilySort>({ key: 'calworksCase', descending: false });
  // Typing stays quick while 200,000 pairs are filtered behind it.
  const settled = useDeferredValue(filter);
  const sorted = useMemo(() => sortFamilies(families, sort), [families, sort]);
  const shown = useMemo(() => filterFamilies(sorted, settled), [sorted, settled]);
  const tiers = useMemo(() => countTiers(shown), [shown]);

  if (families.length === 0) {
    return <p role="status">This run found no mutual families at its thresholds.</p>;
  }
  return (
    <>
      <div className="filters" role="search" aria-label="Filter the family pairs">
        <label htmlFor="families-filter-text">Case number contains</label>
        <input
          id="families-filter-text"
          type="search"
          maxLength={100}
          value={filter.text}
          onChange={(e) => setFilter({ ...filter, text: e.target.value })}
        />
        <label htmlFor="families-filter-tier">Tier</label>
        <select
          id="families-filter-tier"
          value={filter.tier ?? ''}
          onChange={(e) =>
            setFilter({
              ...filter,
              tier: e.target.value === '' ? null : (e.target.value as FamilyTier),
            })
          }
        >
          <option value="">All</option>
          <option value="tertiary">{TIER_LABELS.tertiary}</option>
          <option value="secondary">{TIER_LABELS.secondary}</option>
        </select>
      </div>
      <p role="status" data-testid="families-status">
        Showing {count(shown.length)} of {count(families.length)}{' '}
        {families.length === 1 ? 'family pair' : 'family pairs'}: {count(tiers.tertiary)} Tertiary,{' '}
        {count(tiers.secondary)} Secondary.
      </p>
      <FamiliesTable
        families={shown}
        viewKey={JSON.stringify([sort, settled])}
        sort={sort}
        onSort={setSort}
        onReveal={mayCall(user, 'matching.familyPersons', countyId) ? setRevealed : null}
      />
      {shown.length === 0 && <p>No family pairs match these filters.</p>}
      {revealed && <FamilyNames runId={runId} family={revealed} onHide={() => setRevealed(null)} />}
    </>
  );
}
