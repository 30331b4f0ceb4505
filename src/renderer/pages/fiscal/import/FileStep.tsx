import { useEffect, useRef } from 'react';
import { useFileDrop } from '../../../components/useFileDrop';
import { fileSizeText, MAX_FILE_MB } from './importFile';
import type { ChosenFile, ImportPhase } from './useLedgerImport';

export const FILE_INPUT_ID = 'import-file';

/**
 * Step 1. The labelled file input is the way in for everyone (keyboard included); the drop zone
 * around it is an extra for people dragging from a folder.
 */
export function FileStep({
  file,
  phase,
  problem,
  onChoose,
  onRefuse,
  onCancel,
}: {
  file: ChosenFile | null;
  phase: ImportPhase;
  problem: string;
  onChoose: (file: File) => void;
  onRefuse: (message: string) => void;
  onCancel: () => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const importing = phase === 'importing';

  // The input forgets its file when the page does (cancel, import), so picking it again counts.
  useEffect(() => {
    if (!file && input.current) input.current.value = '';
  }, [file]);

  const { over, zone } = useFileDrop(importing, (files) => {
    if (files.length > 1) onRefuse('Drop one file at a time.');
    else if (files[0]) onChoose(files[0]);
  });

  function cancel(): void {
    onCancel();
    // The Cancel button goes with the file; the input is where the next step starts.
    requestAnimationFrame(() => input.current?.focus());
  }

  return (
    <section aria-labelledby="import-file-heading">
      <h2 id="import-file-heading">1. Choose a file</h2>
      {/* Dropping is a mouse extra (useFileDrop); the file input inside is the keyboard way. */}
      <div className={over ? 'import-drop import-drop--over' : 'import-drop'} {...zone}>
        <label htmlFor={FILE_INPUT_ID}>
          Finance export (.csv or .xlsx, up to {MAX_FILE_MB} MB)
        </label>
        <input
          ref={input}
          id={FILE_INPUT_ID}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={importing}
          aria-describedby="import-file-hint"
          aria-invalid={problem ? true : undefined}
          // The browser reports no change when the same file is picked again, which is what a
          // person does after correcting it in Excel; forgetting it as the picker opens lets it count.
          onClick={(event) => {
            event.currentTarget.value = '';
          }}
          onChange={(event) => {
            const picked = event.currentTarget.files?.[0];
            if (picked) onChoose(picked);
          }}
        />
        <p id="import-file-hint" className="hint">
          Or drag the file from a folder and drop it here. The first row must name the columns.
        </p>
      </div>
      <div className="toolbar">
        <p role="status" className="import-file__status">
          {file &&
            (phase === 'reading'
              ? `Reading the file… (${file.name}, ${fileSizeText(file.size)})`
              : `${file.name} · ${fileSizeText(file.size)}`)}
        </p>
        {file && (
          <button type="button" onClick={cancel} disabled={importing}>
            Cancel
          </button>
        )}
      </div>
      <div role="alert">
        {problem && (
          <p className="field-error import-file__problem">
            {file ? `This file cannot be imported: ${problem}` : problem}
          </p>
        )}
      </div>
    </section>
  );
}
