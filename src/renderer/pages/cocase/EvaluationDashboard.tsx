import { useState } from 'react';
import { isIsoDate, localIsoDate } from '../../../core/isoDate';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { DownloadButton } from '../../components/DownloadButton';
import { hrefOf } from '../../navigation';
import { IndicatorFigureTable } from './EvaluationTables';
import { EvaluationTrend } from './EvaluationTrendChart';
import {
  formatCount,
  indicatorTables,
  PERIOD_KIND_LABELS,
  PROGRAM_HEADINGS,
  PROGRAM_LABELS,
  tablesByProgram,
  type Evaluation,
  type PeriodKind,
  type ProgramFilter,
} from './evaluationView';
import { formatDate } from '../../components/format';

const PERIOD_KINDS: readonly PeriodKind[] = ['quarter', 'sfy'];
const PROGRAM_CHOICES: readonly [ProgramFilter, string][] = [
  ['all', 'All'],
  ['cws', PROGRAM_LABELS.cws],
  ['calworks', PROGRAM_LABELS.calworks],
];

const families = (n: number) => `${formatCount(n)} ${n === 1 ? 'family' : 'families'}`;

/** The county's indicators as of a day, by quarter or SFY, for one program or both. */
export function EvaluationDashboard({ countyId }: { countyId: number }) {
  const [asOfText, setAsOfText] = useState<string>(() => localIsoDate(new Date()));
  // A half-typed date keeps the last whole one asked for.
  const [asOf, setAsOf] = useState<string>(asOfText);
  const [periodKind, setPeriodKind] = useState<PeriodKind>('quarter');
  const [program, setProgram] = useState<ProgramFilter>('all');
  const evaluation = useApi('cocase.evaluation', { countyId, asOf });

  return (
    <>
      <div className="evaluation-header">
        <div className="evaluation-as-of">
          <label htmlFor="evaluation-as-of">As of</label>
          <input
            id="evaluation-as-of"
            type="date"
            value={asOfText}
            required
            onChange={(e) => {
              setAsOfText(e.target.value);
              if (isIsoDate(e.target.value)) setAsOf(e.target.value);
            }}
          />
        </div>
        {evaluation.data && <FamiliesLine evaluation={evaluation.data} />}
      </div>
      {evaluation.data && <EvaluationNote smallCell={evaluation.data.smallCell} />}
      <DownloadButton
        label="Download the evaluation (Excel)"
        busyLabel="Making the evaluation workbook…"
        build={() => invoke('cocase.exportEvaluation', { countyId, asOf })}
      />
      <div className="evaluation-controls">
        <fieldset>
          <legend>Periods</legend>
          {PERIOD_KINDS.map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name="evaluation-period-kind"
                value={kind}
                checked={periodKind === kind}
                onChange={() => setPeriodKind(kind)}
              />{' '}
              {PERIOD_KIND_LABELS[kind]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Program</legend>
          {PROGRAM_CHOICES.map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="evaluation-program"
                value={value}
                checked={program === value}
                onChange={() => setProgram(value)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
      </div>
      {evaluation.error && <p className="error-summary">{evaluation.error.message}</p>}
      {evaluation.isPending && <p role="status">Counting the indicators…</p>}
      {evaluation.data && (
        <EvaluationFigures evaluation={evaluation.data} periodKind={periodKind} program={program} />
      )}
    </>
  );
}

function FamiliesLine({ evaluation }: { evaluation: Evaluation }) {
  const { linkages, comparison } = evaluation.families;
  return (
    <p className="evaluation-families" data-testid="evaluation-families">
      <strong>{families(linkages)}</strong> served by Linkages and{' '}
      <strong>{families(comparison)}</strong> in the comparison group, as of{' '}
      {formatDate(evaluation.asOf)}.
    </p>
  );
}

function EvaluationNote({ smallCell }: { smallCell: number }) {
  return (
    <div className="evaluation-note">
      <p>
        The comparison group is mutual families found the same way, by matching the CalWORKs and CWS
        records, who were not served by Linkages. A difference is Linkages’ rate minus the
        comparison group’s, in percentage points, with whether that is better or worse for families.
      </p>
      <p>
        Counts from 1 to {smallCell - 1} are hidden, as in California’s public child-welfare
        reports: they show as “&lt;{smallCell}”, with no rate. While a period’s follow-up is still
        open, its rates can still change.
      </p>
    </div>
  );
}

function EvaluationFigures({
  evaluation,
  periodKind,
  program,
}: {
  evaluation: Evaluation;
  periodKind: PeriodKind;
  program: ProgramFilter;
}) {
  const { linkages, comparison } = evaluation.families;
  const small = evaluation.smallCell;
  const tables = indicatorTables(evaluation, periodKind, program);
  return (
    <>
      {linkages + comparison === 0 ? (
        <p className="notice">
          No mutual families are recorded for this county yet. Add them from a match run’s family
          pairs on the <a href={hrefOf('cocase')}>Mutual family records</a> page.
        </p>
      ) : (
        <>
          <EvaluationTrend tables={tables} periodKind={periodKind} smallCell={small} />
          {tablesByProgram(tables).map((group) => (
            <section key={group.program} aria-labelledby={`evaluation-${group.program}`}>
              <h2 id={`evaluation-${group.program}`}>{PROGRAM_HEADINGS[group.program]}</h2>
              {group.tables.map((table) => (
                <IndicatorFigureTable key={table.indicatorId} table={table} smallCell={small} />
              ))}
            </section>
          ))}
        </>
      )}
    </>
  );
}
