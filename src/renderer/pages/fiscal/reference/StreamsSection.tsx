import { useState } from 'react';
import type { FundingStreamView } from '../../../../api/fiscal/contract';
import { invoke } from '../../../client/client';
import { DataTable } from '../../../components/table/DataTable';
import { useDataTable } from '../../../components/table/useDataTable';
import { STREAM_COLUMNS } from './referenceColumns';
import { formKey, useRetirableList, type ReferenceSectionProps } from './retirement';
import { StreamForm } from './StreamForm';

export function StreamsSection({
  streams,
  ...section
}: ReferenceSectionProps & { streams: readonly FundingStreamView[] }) {
  const { countyId } = section;
  const [outcome, setOutcome] = useState('');
  const { editing, formProps, actions } = useRetirableList(
    streams,
    { ...section, announce: setOutcome },
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
  const table = useDataTable({
    name: 'fiscal.streams',
    columns: STREAM_COLUMNS,
    data: streams.map((stream) => ({ ...stream, actions: actions(stream) })),
    rowId: (stream) => String(stream.id),
    // By program first, as the county's list is grouped; ties keep the county's own order.
    sorting: { initial: [{ id: 'sourceProgram', desc: false }] },
  });

  return (
    <>
      <section aria-labelledby="streams-heading">
        <h2 id="streams-heading">Funding streams ({streams.length})</h2>
        <DataTable
          table={table}
          caption="Funding streams"
          captionHidden
          tableName="the funding streams"
          className="reference-table"
          testId="streams-table"
          rowClassName={(stream) => (stream.retired ? 'is-retired' : undefined)}
        />
        <p role="status">{outcome}</p>
      </section>
      <StreamForm key={formKey(editing)} countyId={countyId} {...formProps} />
    </>
  );
}
