import { useState } from 'react';
import type { ExportFile } from '../../api/files.contract';
import { reportError } from '../alerts';
import { saveExport } from '../client/files';

/** Builds an export and saves it (dialog in Electron, download in the browser); busy meanwhile. */
export function DownloadButton({
  label,
  busyLabel,
  build,
}: {
  label: string;
  busyLabel: string;
  build: () => Promise<ExportFile>;
}) {
  const [busy, setBusy] = useState(false);
  function download(): void {
    setBusy(true);
    build()
      .then(saveExport)
      .catch(reportError)
      .finally(() => setBusy(false));
  }
  return (
    <div className="button-row">
      <button type="button" onClick={download} disabled={busy} aria-busy={busy}>
        {busy ? busyLabel : label}
      </button>
    </div>
  );
}
