import { useEffect, useRef } from 'react';
import type { FieldIssue } from '../../../../api/errors';
import type { ImportPreview } from '../../../../api/fiscal/ledgerImport.contract';
import { localIsoDate } from '../../../../core/isoDate';
import { formatMoney } from '../../../../core/money';
import { JobProgress } from '../../../components/JobProgress';
import { rowsText } from './importFile';
import { ErrorsTable, ERRORS_SHOWN, SampleTable } from './RowTables';
import type { ImportFailure, ImportPhase } from './useLedgerImport';

/** What the page knows about the rows now, said once in the step's status line. */
function statusText({
  preview,
  phase,
  checking,
  mappingProblems,
  hasFile,
}: {
  preview: ImportPreview | null;
  phase: ImportPhase;
  checking: boolean;
  mappingProblems: number;
  hasFile: boolean;
}): string {
  // While the file is read, step 1 says so; one voice is enough.
  if (phase === 'reading') return '';
  if (phase === 'importing') return preview ? `Importing ${rowsText(preview.rowCount)}…` : '';
  if (!hasFile) return '';
  if (mappingProblems > 0) return 'Fix the column mapping (step 2) to see how the rows read.';
  if (checking) return 'Checking…';
  if (!preview) return '';
  const bad = preview.errors.length + preview.moreErrors;
  return (
    `${rowsText(preview.rowCount)}, ${preview.validRows.toLocaleString('en-US')} pass, ` +
    `total ${formatMoney(preview.totalCents)}.` +
    (bad > 0 ? ` ${bad.toLocaleString('en-US')} ${bad === 1 ? 'problem' : 'problems'} to fix.` : '')
  );
}

/** Why Import is not offered yet, beside the disabled button (which cannot take focus to say so). */
function blockedReason(preview: ImportPreview): string {
  if (preview.mappingProblems.length > 0) return 'Map the columns first (step 2).';
  if (preview.errors.length + preview.moreErrors > 0) {
    return 'Nothing is imported while any row has a problem. Correct the rows listed above in the finance system or the file, then choose the corrected file.';
  }
  if (preview.duplicateOf) return 'This file has been imported already.';
  if (preview.rowCount === 0) return 'The file has no rows to import.';
  return '';
}

/** Step 3: what the import would do, and the one button that does it. */
export function PreviewStep({
  preview,
  phase,
  checking,
  mappingProblems,
  hasFile,
  failure,
  onImport,
  progress,
  cancelling,
  onCancelImport,
}: {
  preview: ImportPreview | null;
  phase: ImportPhase;
  checking: boolean;
  mappingProblems: number;
  hasFile: boolean;
  failure: ImportFailure | null;
  onImport: () => void;
  progress: { stage: string | null; share: number } | null;
  cancelling: boolean;
  onCancelImport: () => void;
}) {
  const status = statusText({ preview, phase, checking, mappingProblems, hasFile });
  const blocked = preview ? blockedReason(preview) : '';
  const ready = preview !== null && blocked === '' && phase === 'idle' && !checking;
  const duplicate = preview?.duplicateOf ?? null;
  return (
    <section aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading">3. Check and import</h2>
      <p role="status" className="import-summary">
        {status}
      </p>
      {!hasFile && phase === 'idle' && (
        <p className="hint">Choose a file and map its columns to see how its rows read.</p>
      )}
      {duplicate && (
        <div className="notice import-duplicate">
          <p>
            <strong>
              These rows were already imported from “{duplicate.fileName}” on{' '}
              {localIsoDate(new Date(duplicate.importedAt))} — importing again would count them
              twice.
            </strong>
          </p>
          <p>
            To replace that import, undo it on the Ledger page first. A file with new rows for the
            same period imports as usual.
          </p>
        </div>
      )}
      {preview && preview.errors.length + preview.moreErrors > 0 && (
        <ErrorsTable preview={preview} />
      )}
      {preview && <SampleTable preview={preview} />}
      {preview && (
        <div className="button-row">
          <button
            type="button"
            className="primary"
            disabled={!ready}
            aria-describedby={blocked ? 'import-blocked' : undefined}
            onClick={onImport}
          >
            Import {rowsText(preview.rowCount)}
          </button>
          {blocked && (
            <p id="import-blocked" className="hint">
              {blocked}
            </p>
          )}
        </div>
      )}
      {phase === 'importing' && (
        <JobProgress
          stage={progress?.stage ?? null}
          share={progress?.share ?? 0}
          cancelling={cancelling}
          onCancel={onCancelImport}
        />
      )}
      {failure && <ImportRefusal failure={failure} />}
    </section>
  );
}

/**
 * The service's own word on why nothing was written: it checks every row again. It takes the focus,
 * since the Import button that was pressed goes while the file is read again.
 */
function ImportRefusal({ failure }: { failure: ImportFailure }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [failure]);
  const issues: readonly FieldIssue[] = failure.issues.slice(0, ERRORS_SHOWN);
  const more = failure.issues.length - issues.length;
  return (
    <div ref={box} className="error-summary" tabIndex={-1}>
      <h3>Nothing was imported</h3>
      <p>{failure.message}</p>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue, index) => (
            <li key={index}>
              {issue.path && <strong>{issue.path}: </strong>}
              {issue.message}
            </li>
          ))}
        </ul>
      )}
      {more > 0 && <p>…and {more.toLocaleString('en-US')} more.</p>}
    </div>
  );
}
