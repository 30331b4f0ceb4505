import type { ExportFile } from '../../api/files.contract';
import { useDownload } from './useDownload';

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
  const { busy, download } = useDownload();
  return (
    <div className="button-row">
      <button type="button" onClick={() => download(build)} disabled={busy} aria-busy={busy}>
        {busy ? busyLabel : label}
      </button>
    </div>
  );
}
