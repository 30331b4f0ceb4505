import { useMemo, useRef, useState } from 'react';
import type { LedgerEntryView } from '../../../api/fiscal/contract';
import { stateFiscalYearOf } from '../../../core/fiscalCalendar';
import { localIsoDate } from '../../../core/isoDate';
import { reportError } from '../../alerts';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { useConfirm } from '../../components/ConfirmDialog';
import { PageHeading } from '../../components/PageHeading';
import { UndoButton } from '../../components/UndoButton';
import { FiscalNav } from './FiscalNav';
import { nameOf, useFiscalCounty, useSfy } from '../../components/countyAndYear';
import { useRecordHistory } from './history/RecordHistoryDialog';
import { EntryRow } from './ledger/EntryRow';
import { LedgerFilters, type LedgerFilter } from './ledger/LedgerFilters';
import { useLedgerPages } from './ledger/ledgerPages';
import { LedgerTable, TABLE_REGION_ID } from './ledger/LedgerTable';
import { rowName, type LedgerView } from './ledger/ledgerView';
import { useDebounced } from './ledger/useDebounced';

export function LedgerPage() {
  const { county, noCounty } = useFiscalCounty();
  return (
    <>
      <FiscalNav current="ledger" />
      <PageHeading>Ledger</PageHeading>
      <p className="lead">
        Every expense and refund paid for services to mutual families, by funding stream and service
        category. The state fiscal year and quarter come from each row&apos;s date.
      </p>
      {noCounty && (
        <p className="notice">Choose your county at the top of the window to see its ledger.</p>
      )}
      {county && <CountyLedger countyId={county.id} />}
    </>
  );
}

/** Back to where an action started, or to the table when its row has gone. */
function focusBack(to: Element | null): void {
  requestAnimationFrame(() => {
    if (to instanceof HTMLElement && to.isConnected) to.focus();
    else document.getElementById(TABLE_REGION_ID)?.focus();
  });
}

const NO_NAMES = { streams: [], categories: [] };

function CountyLedger({ countyId }: { countyId: number }) {
  const reference = useApi('fiscal.reference', { countyId });
  const { confirm, dialog } = useConfirm();
  const [sfy, setSfy] = useSfy();
  const [filter, setFilter] = useState<LedgerFilter>({
    streamId: null,
    categoryId: null,
    text: '',
  });
  const text = useDebounced(filter.text.trim(), 250);
  const [sort, setSort] = useState<Pick<LedgerView, 'sort' | 'descending'>>({
    sort: 'date',
    descending: false,
  });
  const view = useMemo<LedgerView>(
    () => ({
      countyId,
      sfyStartYear: sfy,
      streamId: filter.streamId,
      categoryId: filter.categoryId,
      text,
      ...sort,
    }),
    [countyId, sfy, filter.streamId, filter.categoryId, text, sort],
  );
  const viewKey = JSON.stringify(view);
  const ledger = useLedgerPages(view);
  const [editing, setEditing] = useState<LedgerEntryView | null>(null);
  const [saved, setSaved] = useState<{ id: number; position: number } | null>(null);
  const [outcome, setOutcome] = useState('');
  const editOpener = useRef<Element | null>(null);
  const history = useRecordHistory({
    countyId,
    names: reference.data ?? NO_NAMES,
    focusBack,
  });

  if (!reference.data) return <p>{reference.isPending ? 'Loading the ledger…' : ''}</p>;
  const { streams, categories } = reference.data;
  // Entries are made for recent years; older ones come in through imports.
  const thisSfy = stateFiscalYearOf(localIsoDate(new Date())).startYear;
  const years = [thisSfy - 2, thisSfy - 1, thisSfy, thisSfy + 1];

  function edit(row: LedgerEntryView): void {
    editOpener.current = document.activeElement;
    setOutcome('');
    setEditing(row);
  }

  function remove(row: LedgerEntryView): void {
    void confirm(
      'Delete this ledger row?',
      <p>
        The row of {rowName(row)} ({nameOf(streams, row.streamId)},{' '}
        {nameOf(categories, row.categoryId)}) will be removed from the ledger. Undo brings it back.
      </p>,
      'Delete row',
    )
      .then(async (sure) => {
        if (!sure) return;
        await invoke('fiscal.deleteEntry', { countyId, id: row.id });
        if (editing?.id === row.id) setEditing(null);
        setOutcome(`Deleted the row of ${rowName(row)}.`);
        // The Delete button went with its row.
        if (document.activeElement === document.body) focusBack(null);
      })
      .catch(reportError);
  }

  return (
    <>
      <EntryRow
        countyId={countyId}
        streams={streams}
        categories={categories}
        view={view}
        editing={editing}
        onEditDone={() => {
          setEditing(null);
          focusBack(editOpener.current);
        }}
        onSaved={(id, position) => setSaved(position === null ? null : { id, position })}
      />
      <section aria-labelledby="ledger-rows-heading">
        <h2 id="ledger-rows-heading">Rows</h2>
        <LedgerFilters
          sfy={sfy}
          years={years}
          onSfy={setSfy}
          filter={filter}
          onFilter={setFilter}
          streams={streams}
          categories={categories}
          count={ledger.counted ? ledger.total : null}
        />
        <div className="toolbar">
          <UndoButton
            countyId={countyId}
            scope="ledger"
            onUndone={() => {
              setEditing(null);
              setOutcome('');
            }}
          />
          <span role="status">{outcome}</span>
        </div>
        <LedgerTable
          ledger={ledger}
          viewKey={viewKey}
          sort={sort}
          onSort={setSort}
          streams={streams}
          categories={categories}
          editingId={editing?.id ?? null}
          saved={saved}
          onEdit={edit}
          onDelete={remove}
          onHistory={(row) =>
            history.show({ entity: 'ledger_entry', id: row.id, name: `the row of ${rowName(row)}` })
          }
        />
      </section>
      {dialog}
      {history.dialog}
    </>
  );
}
