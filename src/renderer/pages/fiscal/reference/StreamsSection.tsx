import { Fragment } from 'react';
import type { FundingStreamView } from '../../../../api/fiscal/contract';
import { FUNDING_LEVEL_LABELS, SOURCE_PROGRAM_LABELS } from '../../../../core/fiscal/reference';
import { FUNDING_LEVELS, SOURCE_PROGRAMS } from '../../../../core/fiscal/types';
import { sfyLabel } from '../../../../core/fiscalCalendar';
import { invoke } from '../../../client/client';
import { TableScroll } from '../../../components/TableScroll';
import { useSortableTable } from '../../../components/sortableTable';
import {
  RetirementStatus,
  formKey,
  useRetirableList,
  type ReferenceSectionProps,
} from './retirement';
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
  streams,
  ...section
}: ReferenceSectionProps & { streams: readonly FundingStreamView[] }) {
  const { countyId } = section;
  const { editing, formProps, actions } = useRetirableList(
    streams,
    section,
    'funding stream',
    (stream, retired) =>
      invoke('fiscal.saveStream', {
        countyId,
        id: stream.id,
        version: stream.version,
        name: stream.name,
        sourceProgram: stream.sourceProgram,
        level: stream.level,
        claimable: stream.claimable,
        generalFund: stream.generalFund,
        activeSfys: [...stream.activeSfys],
        retired,
      }),
  );
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
                  <td>
                    <RetirementStatus retired={s.retired} />
                  </td>
                  <td>{actions(s)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <StreamForm key={formKey(editing)} countyId={countyId} {...formProps} />
    </>
  );
}
