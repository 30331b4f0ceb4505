import { useState } from 'react';
import { useApi } from '../../../client/queries';
import { PageHeading } from '../../../components/PageHeading';
import { FiscalNav } from '../FiscalNav';
import { UndoButton } from '../../../components/UndoButton';
import { useFiscalCounty } from '../../../components/countyAndYear';
import type { HistoryKind } from './historyFields';
import { HistoryTable } from './HistoryTable';
import { useHistoryPages } from './useHistoryPages';

const KIND_FILTERS: Record<HistoryKind, string> = {
  ledger_entry: 'Ledger rows',
  budget: 'Budget lines',
  ledger_import: 'Imports',
  funding_stream: 'Funding streams',
  service_category: 'Categories',
};

/** #/fiscal/history: every change to the county's fiscal records, newest first. */
export function FiscalHistoryPage() {
  const { county, noCounty } = useFiscalCounty();
  return (
    <>
      <FiscalNav current="history" />
      <PageHeading>Fiscal history</PageHeading>
      <p className="lead">
        Every change to the ledger, budgets, imports, funding streams and categories: when, by whom,
        and each field before and after. Undo reverts the newest change, one at a time.
      </p>
      {noCounty && (
        <p className="notice">Choose your county at the top of the window to see its history.</p>
      )}
      {county && <CountyHistory countyId={county.id} />}
    </>
  );
}

function CountyHistory({ countyId }: { countyId: number }) {
  const reference = useApi('fiscal.reference', { countyId });
  const [kind, setKind] = useState<HistoryKind | null>(null);
  const history = useHistoryPages({ countyId, entity: kind, entityId: null });

  if (!reference.data) return <p>{reference.isPending ? 'Loading the history…' : ''}</p>;
  return (
    <>
      <div className="toolbar">
        <UndoButton countyId={countyId} scope="fiscal" />
      </div>
      <div className="filters" role="search" aria-label="Filter the history">
        <label htmlFor="history-kind">Kind of record</label>
        <select
          id="history-kind"
          value={kind ?? ''}
          onChange={(e) => setKind(e.target.value === '' ? null : (e.target.value as HistoryKind))}
        >
          <option value="">All kinds</option>
          {Object.entries(KIND_FILTERS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <HistoryTable
        label="Fiscal changes"
        history={history}
        names={reference.data}
        showKind={kind === null}
        empty={
          kind === null
            ? 'No fiscal changes yet.'
            : `No changes to ${KIND_FILTERS[kind].toLowerCase()} yet.`
        }
      />
    </>
  );
}
