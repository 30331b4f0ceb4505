import type { ReactNode } from 'react';
import type { ExportFile } from '../../api/files.contract';
import { useDownload } from './useDownload';

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
  // Not disabled while busy: the keyboard stays on the button; a repeat is ignored.
  const { busy, download } = useDownload();
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
