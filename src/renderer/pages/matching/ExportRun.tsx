import { useState } from 'react';
import { reportError } from '../../alerts';
import { invoke } from '../../client/client';
import { saveExport } from '../../client/files';
import { useConfirm } from '../../components/ConfirmDialog';

/**
 * The run's workbook. Without identifiers by default; with them only when the person ticks the
 * box and confirms what the file will hold (DOMAIN.md, Privacy). A purged run has none to give.
 */
export function ExportRun({ runId, purged }: { runId: number; purged: boolean }) {
  const [withIdentifiers, setWithIdentifiers] = useState(false);
  const [busy, setBusy] = useState(false);
  const { confirm, dialog } = useConfirm();

  async function download(): Promise<void> {
    if (withIdentifiers) {
      const sure = await confirm(
        'Export names, dates of birth and SSN digits?',
        <p>
          The workbook will list every linked person’s name, date of birth and last four SSN digits
          beside the case numbers. Every sheet is marked confidential (W&amp;I Code §827, §10850):
          keep the file on county systems and delete it when the work is done.
        </p>,
        'Export with identifiers',
      );
      if (!sure) return;
    }
    setBusy(true);
    try {
      await saveExport(await invoke('matching.exportRun', { runId, identifiers: withIdentifiers }));
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="export-run-heading">
      <h2 id="export-run-heading">Workbook</h2>
      <p>
        Match rates, family pairs and person links by the programs’ person IDs: no names, dates of
        birth or SSNs unless you ask for them.
      </p>
      {purged ? (
        <p className="hint">The identifiers of this run were purged: the workbook has none.</p>
      ) : (
        <p>
          <input
            id="export-identifiers"
            type="checkbox"
            checked={withIdentifiers}
            onChange={(e) => setWithIdentifiers(e.target.checked)}
          />
          <label htmlFor="export-identifiers">
            Include names, dates of birth and SSN last four (confidential)
          </label>
        </p>
      )}
      <div className="button-row">
        <button type="button" onClick={() => void download()} disabled={busy} aria-busy={busy}>
          {busy ? 'Preparing the workbook…' : 'Download the run’s workbook'}
        </button>
      </div>
      {dialog}
    </section>
  );
}
