import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, type FieldIssue } from '../../../api/errors';
import { OUTCOME_KINDS, OUTCOME_LABELS } from '../../../core/cocase/evaluation/outcomes';
import { reportError } from '../../alerts';
import { fileAsBase64 } from '../../client/files';
import { invoke } from '../../client/client';
import { ExampleFiles } from '../../components/ExampleFiles';

const FILE_ID = 'outcomes-file';

interface Refusal {
  readonly fileName: string;
  readonly message: string;
  readonly issues: readonly FieldIssue[];
}

/** Outcome events for recorded families, from a CSV or XLSX file: every row passes, or none is written. */
export function OutcomesImport({ countyId }: { countyId: number }) {
  const [importing, setImporting] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const [fileProblem, setFileProblem] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [outcome, setOutcome] = useState('');

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (importing) return;
    const file = input.current?.files?.[0];
    setRefusal(null);
    setOutcome('');
    if (!file) {
      setFileProblem('Choose an outcomes file (.csv or .xlsx) first.');
      input.current?.focus();
      return;
    }
    const name = file.name.toLowerCase();
    if (!name.endsWith('.csv') && !name.endsWith('.xlsx')) {
      setFileProblem(
        `“${file.name}” is not a CSV or XLSX file. Save the outcomes as .csv or .xlsx.`,
      );
      input.current?.focus();
      return;
    }
    setFileProblem('');
    setImporting(true);
    try {
      // Called directly, not as a mutation: the app's alert would repeat the list of problems.
      const { imported } = await invoke('cocase.importOutcomes', {
        countyId,
        fileName: file.name,
        bytesBase64: await fileAsBase64(file),
      });
      setOutcome(
        `Imported ${imported.toLocaleString('en-US')} outcome ${imported === 1 ? 'event' : 'events'} from “${file.name}”.`,
      );
      if (input.current) input.current.value = '';
    } catch (error) {
      // A refused file is the person's to fix, shown here; anything else is the app's alert.
      if (error instanceof ApiError && error.kind === 'ValidationError') {
        setOutcome(`Nothing was imported from “${file.name}”.`);
        setRefusal({ fileName: file.name, message: error.message, issues: error.issues });
      } else {
        reportError(error);
      }
    } finally {
      setImporting(false);
    }
  }

  return (
    <section aria-labelledby="outcomes-heading">
      <h2 id="outcomes-heading">Import outcomes</h2>
      <p>
        One outcome event per row, for families recorded above. The first row names the four
        columns:
      </p>
      <dl className="outcome-columns">
        <dt>
          <code>calworks_case</code> and <code>cws_case</code>
        </dt>
        <dd>the family’s two case numbers, as in the table above;</dd>
        <dt>
          <code>outcome</code>
        </dt>
        <dd>what happened, by its name or its words (below);</dd>
        <dt>
          <code>date</code>
        </dt>
        <dd>
          when, as 2026-07-01 or 7/1/2026, not before the family’s start date. A reunification needs
          an earlier entry to foster care, a sanction cured an earlier sanction started.
        </dd>
      </dl>
      <details className="outcome-names">
        <summary>The {OUTCOME_KINDS.length} outcome names</summary>
        <ul>
          {OUTCOME_KINDS.map((kind) => (
            <li key={kind}>
              <code>{kind}</code>: {OUTCOME_LABELS[kind]}
            </li>
          ))}
        </ul>
      </details>
      <ExampleFiles
        what="outcomes file"
        template={() => invoke('cocase.outcomesExample', { file: 'template' })}
        sample={() => invoke('cocase.outcomesExample', { file: 'sample' })}
      >
        The sample holds made-up events of five families of the demo county and imports there, once.
        For your county, fill the template with your families’ case numbers.
      </ExampleFiles>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor={FILE_ID}>Outcomes file (CSV or Excel)</label>
        <input
          ref={input}
          id={FILE_ID}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-invalid={fileProblem || refusal ? true : undefined}
          aria-describedby={
            fileProblem ? `${FILE_ID}-problem` : refusal ? 'outcomes-refusal' : undefined
          }
          onChange={() => {
            setFileProblem('');
            setRefusal(null);
          }}
        />
        {fileProblem && (
          <p id={`${FILE_ID}-problem`} className="field-error">
            {fileProblem}
          </p>
        )}
        <div className="button-row">
          {/* Not disabled while importing: the keyboard stays on the button (submit ignores repeats). */}
          <button type="submit" className="primary">
            Import
          </button>
        </div>
      </form>
      <p role="status">{importing ? 'Checking every row…' : outcome}</p>
      {refusal && <RefusalSummary refusal={refusal} />}
    </section>
  );
}

/**
 * Every problem the service found, by row and column. It takes the focus, so the list is read out
 * next and the person can go through it before fixing the file.
 */
function RefusalSummary({ refusal }: { refusal: Refusal }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [refusal]);
  return (
    <div
      ref={box}
      id="outcomes-refusal"
      className="error-summary"
      tabIndex={-1}
      aria-labelledby="outcomes-refusal-heading"
      role="group"
    >
      <h3 id="outcomes-refusal-heading">Nothing was imported from “{refusal.fileName}”</h3>
      <p>{refusal.message}</p>
      {refusal.issues.length > 0 && (
        <ul>
          {refusal.issues.map((issue, index) => (
            <li key={index}>
              {issue.path && <strong>{issue.path}: </strong>}
              {issue.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
