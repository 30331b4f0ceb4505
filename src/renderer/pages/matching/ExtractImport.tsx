import { useId } from 'react';
import {
  EXTRACT_FIELD_LABELS,
  EXTRACT_FIELDS,
  EXTRACT_MAPPING,
  SIDE_LABELS,
  type ExtractSide,
} from '../../../core/matching/linkage/extract';
import { invoke } from '../../client/client';
import { mayCall, useSignedInUser } from '../../client/permissions';
import { ExampleFiles } from '../../components/ExampleFiles';
import { JobProgress } from '../../components/JobProgress';
import { TableScroll } from '../../components/TableScroll';
import { ExtractLayouts } from './ExtractLayouts';
import { SaveLayout } from './SaveLayout';
import { useExtractImport } from './useExtractImport';

/** One extract's import: choose the file, check the column mapping, import (a job). */
export function ExtractImport({ countyId, side }: { countyId: number; side: ExtractSide }) {
  const flow = useExtractImport(countyId, side);
  const user = useSignedInUser().data;
  const id = useId();
  const label = SIDE_LABELS[side];
  const busy = flow.phase !== 'idle';
  return (
    <section aria-labelledby={`${id}-heading`} className="extract-import">
      <h3 id={`${id}-heading`}>{label}</h3>
      <ExampleFiles
        what={label}
        template={() => invoke('matching.extractExample', { side, file: 'template' })}
        sample={() => invoke('matching.extractExample', { side, file: 'sample' })}
      >
        {side === 'calworks'
          ? 'The sample’s persons are invented; it imports into any county.'
          : 'Invented persons too; matched with the CalWORKs sample, it finds the few families both hold.'}
      </ExampleFiles>
      <label htmlFor={`${id}-file`}>{label} file (CSV or Excel)</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy}
        onChange={(event) => {
          const picked = event.target.files?.[0];
          if (picked) void flow.choose(picked);
          event.target.value = '';
        }}
      />
      <p role="status" className="hint">
        {flow.phase === 'reading' ? 'Reading the file…' : flow.done}
      </p>
      {flow.file && (
        <fieldset disabled={busy}>
          <legend>Columns of “{flow.file.name}”</legend>
          {flow.layouts.length > 0 && (
            <div className="layout-choice">
              <label htmlFor={`${id}-layout`}>Layout</label>
              <select
                id={`${id}-layout`}
                value={flow.layoutId}
                onChange={(event) => flow.chooseLayout(Number(event.target.value))}
              >
                <option value={0}>— the mapping proposed for this file —</option>
                {flow.layouts.map((layout) => (
                  <option key={layout.id} value={layout.id}>
                    {layout.name}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="mapping-grid">
            {EXTRACT_FIELDS.map((field) => {
              const required = EXTRACT_MAPPING.required.includes(field);
              return (
                <div key={field}>
                  <label htmlFor={`${id}-${field}`}>
                    {EXTRACT_FIELD_LABELS[field]}
                    {required ? ' (required)' : ''}
                  </label>
                  <select
                    id={`${id}-${field}`}
                    value={flow.mapping[field] ?? ''}
                    onChange={(event) => flow.mapField(field, event.target.value)}
                  >
                    <option value="">— not in this file —</option>
                    {flow.headers.map((header, index) => (
                      <option key={index} value={header.trim()}>
                        {header}
                      </option>
                    ))}
                  </select>
                </div>
              );
            })}
          </div>
          {flow.problems.length > 0 && (
            <ul className="problems">
              {flow.problems.map((problem, index) => (
                <li key={index}>{problem.message}</li>
              ))}
            </ul>
          )}
          <button
            type="button"
            className="primary"
            disabled={flow.problems.length > 0}
            onClick={() => void flow.start()}
          >
            Import the {label}
          </button>
        </fieldset>
      )}
      {flow.file && (
        <SaveLayout
          countyId={countyId}
          side={side}
          mapping={flow.mapping}
          disabled={busy || flow.problems.length > 0}
          onSaved={flow.layoutSaved}
        />
      )}
      {flow.phase === 'importing' && (
        <JobProgress
          stage={flow.progress?.stage ?? null}
          share={flow.progress?.share ?? 0}
          cancelling={flow.cancelling}
          onCancel={flow.cancel}
        />
      )}
      {flow.failure && (
        <div className="error-summary" role="alert">
          <p>{flow.failure.message}</p>
          {flow.failure.problems.length > 0 && (
            <TableScroll label={`Problems in the ${label}`}>
              <table className="data-table">
                <caption>
                  Rows to fix
                  {flow.failure.problemCount > flow.failure.problems.length
                    ? ` (the first ${flow.failure.problems.length} of ${flow.failure.problemCount})`
                    : ''}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Row</th>
                    <th scope="col">Column</th>
                    <th scope="col">Problem</th>
                  </tr>
                </thead>
                <tbody>
                  {flow.failure.problems.map((problem, index) => (
                    <tr key={index}>
                      <td>{problem.row}</td>
                      <td>{problem.column}</td>
                      <td>{problem.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </div>
      )}
      {mayCall(user, 'matching.layouts', countyId) && (
        <ExtractLayouts countyId={countyId} side={side} />
      )}
    </section>
  );
}
