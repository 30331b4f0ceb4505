import { useDeferredValue, useMemo, useState } from 'react';
import { useApi } from '../../client/queries';
import { PageHeading } from '../../components/PageHeading';
import { DataTable } from '../../components/table/DataTable';
import { columnsOf } from '../../components/table/tableFeatures';
import { useDataTable } from '../../components/table/useDataTable';
import { hrefOf } from '../../navigation';
import {
  filterReveals,
  NO_FILTER,
  REVEAL_KINDS,
  revealFamily,
  revealKind,
  type IdentifierReveal,
  type RevealFilter,
} from './revealsView';
import { formatWhen } from './settingsWords';

// The service keeps the newest first and sends at most this many: the report says when it is cut.
const LIMIT = 1000;

type RevealRow = IdentifierReveal & { readonly index: number };
const column = columnsOf<RevealRow>();

/** Who and when name each row; the purpose is the person's own words, on two lines at most. */
const REVEAL_COLUMNS = column.columns([
  column.accessor('at', {
    header: 'When',
    cell: ({ row }) => formatWhen(row.original.at),
    sortFn: 'text',
    meta: { key: true, align: 'date', width: 13 },
  }),
  column.accessor('actor', { header: 'User', sortFn: 'text', meta: { key: true } }),
  column.accessor((r) => revealKind(r.method), { id: 'kind', header: 'What', sortFn: 'text' }),
  column.accessor((r) => revealFamily(r), {
    id: 'family',
    header: 'Family (case numbers)',
    sortFn: 'text',
  }),
  column.accessor('purpose', { header: 'Purpose', sortFn: 'text', meta: { clip: true } }),
]);

/**
 * #/settings/identifier-reveals: the county privacy officer's report (issue 24) of who saw names,
 * dates of birth or SSNs, when, for which family and why. It names families by case number only:
 * the report itself shows no one's identifiers.
 */
export function IdentifierRevealsPage({ countyId }: { countyId: number | null }) {
  return (
    <>
      <p className="breadcrumb">
        <a href={hrefOf('settings')}>Settings</a>
      </p>
      <PageHeading>Who saw identifiers</PageHeading>
      <p className="lead">
        Every time someone was shown names, dates of birth or SSNs of people in the match extracts,
        newest first, with the reason they gave. Families are named by their case numbers only.
      </p>
      {countyId === null ? (
        <p className="notice">Choose your county at the top of the window to see its report.</p>
      ) : (
        <RevealsReport countyId={countyId} />
      )}
    </>
  );
}

function RevealsReport({ countyId }: { countyId: number }) {
  const reveals = useApi('system.identifierReveals', { countyId, limit: LIMIT });
  const [filter, setFilter] = useState<RevealFilter>(NO_FILTER);
  const settled = useDeferredValue(filter);
  const rows = useMemo(
    () => filterReveals(reveals.data ?? [], settled).map((r, index) => ({ ...r, index })),
    [reveals.data, settled],
  );
  const table = useDataTable({
    name: 'system.identifierReveals',
    columns: REVEAL_COLUMNS,
    data: rows,
    rowId: (row) => String(row.index),
    sorting: { initial: [{ id: 'at', desc: true }] },
  });
  if (reveals.error) return <p className="error-summary">{reveals.error.message}</p>;
  if (!reveals.data) return <p role="status">Loading the report…</p>;
  const total = reveals.data.length;
  const field = (key: keyof RevealFilter) => ({
    id: `reveals-${key}`,
    value: filter[key],
    onChange: (e: { target: { value: string } }) => setFilter({ ...filter, [key]: e.target.value }),
  });

  return (
    <>
      <div className="filters" role="search" aria-label="Filter the report">
        <span className="filters__pair">
          <label htmlFor="reveals-text">User, case number or purpose contains</label>
          <input type="search" maxLength={100} {...field('text')} />
        </span>
        <span className="filters__pair">
          <label htmlFor="reveals-kind">What</label>
          <select {...field('kind')}>
            <option value="">All</option>
            {Object.entries(REVEAL_KINDS).map(([method, label]) => (
              <option key={method} value={method}>
                {label}
              </option>
            ))}
          </select>
        </span>
        <span className="filters__pair">
          <label htmlFor="reveals-from">From</label>
          <input type="date" {...field('from')} />
          <label htmlFor="reveals-to">to</label>
          <input type="date" {...field('to')} />
        </span>
      </div>
      <p role="status" data-testid="reveals-status">
        {total === 0
          ? 'No one has been shown identifiers in this county.'
          : `Showing ${rows.length.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${total === 1 ? 'reveal' : 'reveals'}${total === LIMIT ? ` (the newest ${LIMIT.toLocaleString('en-US')})` : ''}.`}
      </p>
      {total > 0 && (
        <DataTable
          table={table}
          caption="Reveals of identifiers, newest first unless sorted otherwise"
          captionHidden
          label="Reveals of identifiers"
          tableName="the report"
          testId="reveals-table"
          empty={<p>No reveal matches these filters.</p>}
        />
      )}
    </>
  );
}
