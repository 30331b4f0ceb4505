import { useState } from 'react';
import type { ExportFile } from '../../api/files.contract';
import { reportError } from '../alerts';
import { saveExport } from '../client/files';

/**
 * Builds an export and saves it (a dialog in Electron, a download in the browser), busy meanwhile;
 * a second press while busy is ignored, so buttons can stay enabled and keep the keyboard.
 */
export function useDownload(): {
  busy: boolean;
  download: (build: () => Promise<ExportFile>) => void;
} {
  const [busy, setBusy] = useState(false);
  function download(build: () => Promise<ExportFile>): void {
    if (busy) return;
    setBusy(true);
    build()
      .then(saveExport)
      .catch(reportError)
      .finally(() => setBusy(false));
  }
  return { busy, download };
}
