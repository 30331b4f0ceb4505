import { useState } from 'react';
import { reportError } from '../../alerts';
import { invoke } from '../../client/client';
import { saveExport } from '../../client/files';

/** The program workbook (model, plan, team, trainings) from the model's and the plan's pages. */
export function ExportProgramButton({ countyId }: { countyId: number }) {
  const [busy, setBusy] = useState(false);
  function download(): void {
    setBusy(true);
    invoke('program.exportWorkbook', { countyId })
      .then(saveExport)
      .catch(reportError)
      .finally(() => setBusy(false));
  }
  return (
    <div className="button-row">
      <button type="button" onClick={download} disabled={busy} aria-busy={busy}>
        {busy ? 'Preparing the program workbook…' : 'Download program workbook'}
      </button>
    </div>
  );
}
