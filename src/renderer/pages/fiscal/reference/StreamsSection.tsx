import { useQueryClient } from '@tanstack/react-query';
import { Fragment, useRef } from 'react';
import type { FundingStreamView } from '../../../../api/fiscal.contract';
import { FUNDING_LEVEL_LABELS, SOURCE_PROGRAM_LABELS } from '../../../../core/fiscal/reference';
import { FUNDING_LEVELS, SOURCE_PROGRAMS } from '../../../../core/fiscal/types';
import { sfyLabel } from '../../../../core/fiscalCalendar';
import { reportError } from '../../../alerts';
import { invoke } from '../../../client/client';
import { refreshAfterChange } from '../../../client/queries';
import { TableScroll } from '../../../components/TableScroll';
import { returnFocus } from '../../program/formFocus';
import { useSortableTable } from '../../program/sortableTable';
import { confirmRetire, REFERENCE_REFRESHES, RetiredBadge, type Confirm } from './retirement';
import { StreamForm } from './StreamForm';

/** "Every year" when the list is empty (the stream is not limited to some SFYs). */
function ActiveSfys({ years }: { years: readonly number[] }) {
  if (years.length === 0) return <>Every year</>;
  const labels = [...years].sort((a, b) => a - b).map((startYear) => sfyLabel({ startYear }));
  // Each label kept whole: "SFY 2026-" and "27" on two lines reads as two things.
  return labels.map((label, i) => (
    <Fragment key={label}>
      {i > 0 && ', '}
      <span className="nowrap">{label}</span>
    </Fragment>
  ));
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

type SortKey = 'name' | 'sourceProgram' | 'level' | 'status';
const programOrder = new Map<string, number>(SOURCE_PROGRAMS.map((p, i) => [p, i]));
const levelOrder = new Map<string, number>(FUNDING_LEVELS.map((l, i) => [l, i]));

export function StreamsSection({
  countyId,
  streams,
  editingId,
  onEditingChange,
  confirm,
  announce,
}: {
  countyId: number;
  streams: readonly FundingStreamView[];
  editingId: number | null;
  onEditingChange: (id: number | null) => void;
  confirm: Confirm;
  announce: (message: string) => void;
}) {
  const queryClient = useQueryClient();
  const opener = useRef<Element | null>(null);
  const editing = streams.find((s) => s.id === editingId) ?? null;
  // By program first, as the county's list is grouped; ties keep the county's own order.
  const { sortRows, header } = useSortableTable<FundingStreamView, SortKey>(
    { key: 'sourceProgram', descending: false },
    (s, key) =>
      key === 'name'
        ? s.name.toLowerCase()
        : key === 'sourceProgram'
          ? (programOrder.get(s.sourceProgram) ?? 9)
          : key === 'level'
            ? (levelOrder.get(s.level) ?? 9)
            : Number(s.retired),
  );

  function startEdit(stream: FundingStreamView): void {
    opener.current = document.activeElement;
    announce('');
    onEditingChange(stream.id);
  }

  function stopEdit(): void {
    onEditingChange(null);
    returnFocus(opener.current);
  }

  function setRetired(stream: FundingStreamView, retired: boolean): void {
    const ask = retired ? confirmRetire(confirm, 'funding stream', stream.name) : true;
    Promise.resolve(ask)
      .then(async (sure) => {
        if (!sure) return;
        await invoke('fiscal.saveStream', {
          countyId,
          id: stream.id,
          name: stream.name,
          sourceProgram: stream.sourceProgram,
          level: stream.level,
          claimable: stream.claimable,
          generalFund: stream.generalFund,
          activeSfys: [...stream.activeSfys],
          retired,
        });
        await refreshAfterChange(queryClient, REFERENCE_REFRESHES);
        announce(
          retired
            ? `Retired “${stream.name}”: it is hidden from new entries.`
            : `Restored “${stream.name}”.`,
        );
      })
      .catch(reportError);
  }

  return (
    <>
      <section aria-labelledby="streams-heading">
        <h2 id="streams-heading">Funding streams ({streams.length})</h2>
        <TableScroll label="Funding streams">
          <table className="data-table" data-testid="streams-table">
            <thead>
              <tr>
                {header('name', 'Name')}
                {header('sourceProgram', 'Source program')}
                {header('level', 'Level')}
                <th scope="col">Claimable</th>
                <th scope="col">General fund</th>
                <th scope="col">Active in</th>
                {header('status', 'Status')}
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {sortRows(streams).map((s) => (
                <tr key={s.id} className={s.retired ? 'is-retired' : undefined}>
                  <th scope="row">{s.name}</th>
                  <td>{SOURCE_PROGRAM_LABELS[s.sourceProgram]}</td>
                  <td>{FUNDING_LEVEL_LABELS[s.level]}</td>
                  <td>{yesNo(s.claimable)}</td>
                  <td>{yesNo(s.generalFund)}</td>
                  <td>
                    <ActiveSfys years={s.activeSfys} />
                  </td>
                  <td>{s.retired ? <RetiredBadge /> : 'In use'}</td>
                  <td>
                    <div className="actions">
                      <button type="button" className="link" onClick={() => startEdit(s)}>
                        Edit<span className="visually-hidden"> {s.name}</span>
                      </button>
                      <button
                        type="button"
                        className="link"
                        onClick={() => setRetired(s, !s.retired)}
                      >
                        {s.retired ? 'Restore' : 'Retire'}
                        <span className="visually-hidden"> {s.name}</span>
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <StreamForm
        key={editing?.id ?? 'new'}
        countyId={countyId}
        editing={editing}
        onSaved={(message) => {
          announce(message);
          if (editing) stopEdit();
        }}
        onCancel={stopEdit}
      />
    </>
  );
}
