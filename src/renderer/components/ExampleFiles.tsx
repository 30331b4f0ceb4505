import { useState, type ReactNode } from 'react';
import type { ExportFile } from '../../api/files.contract';
import { reportError } from '../alerts';
import { saveExport } from '../client/files';

/**
 * An import's blank template and its sample file, to download beside the import, with a sentence
 * saying where the sample imports: a made-up file imported into a county's real data would count.
 */
export function ExampleFiles({
  what,
  template,
  sample,
  children,
}: {
  /** The kind of file, as the buttons name it ("ledger", "CWS extract"). */
  what: string;
  template?: () => Promise<ExportFile>;
  sample: () => Promise<ExportFile>;
  /** Where the sample imports, in words. */
  children: ReactNode;
}) {
  const [busy, setBusy] = useState(false);
  function download(build: () => Promise<ExportFile>): void {
    // Not disabled while busy: the keyboard stays on the button; a repeat is ignored.
    if (busy) return;
    setBusy(true);
    build()
      .then(saveExport)
      .catch(reportError)
      .finally(() => setBusy(false));
  }
  return (
    <div className="example-files">
      <div className="button-row">
        {template && (
          <button type="button" onClick={() => download(template)} aria-busy={busy}>
            Download the {what} template
          </button>
        )}
        <button type="button" onClick={() => download(sample)} aria-busy={busy}>
          Download a sample {what}
        </button>
      </div>
      <p className="hint">{children}</p>
    </div>
  );
}
