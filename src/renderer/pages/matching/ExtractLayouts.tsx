import { useId, useState } from 'react';
import { SIDE_LABELS, type ExtractSide } from '../../../core/matching/linkage/extract';
import { invoke } from '../../client/client';
import { fileAsBase64 } from '../../client/files';
import { useApi } from '../../client/queries';
import { useConfirm } from '../../components/ConfirmDialog';
import { DownloadButton } from '../../components/DownloadButton';
import { formatDate } from '../../components/format';

/**
 * A side's saved layouts: each exported as a file to share with a neighbouring county, or
 * deleted (after asking); and a neighbour's file imported. A layout file holds column names only.
 */
export function ExtractLayouts({ countyId, side }: { countyId: number; side: ExtractSide }) {
  const id = useId();
  const layouts = useApi('matching.layouts', { countyId, side });
  const { confirm, dialog } = useConfirm();
  const [outcome, setOutcome] = useState('');
  const [problem, setProblem] = useState('');
  const label = SIDE_LABELS[side];

  async function importFile(picked: File): Promise<void> {
    setOutcome('');
    setProblem('');
    try {
      const layout = await invoke('matching.importLayout', {
        countyId,
        side,
        fileName: picked.name,
        bytesBase64: await fileAsBase64(picked),
      });
      setOutcome(`Imported the layout “${layout.name}”.`);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }

  async function remove(layout: { id: number; name: string }): Promise<void> {
    const sure = await confirm(
      `Delete the layout “${layout.name}”?`,
      <p>Extracts imported with it stay as they are; only the saved mapping goes.</p>,
      'Delete the layout',
    );
    if (!sure) return;
    setProblem('');
    try {
      await invoke('matching.deleteLayout', { countyId, id: layout.id });
      setOutcome(`Deleted the layout “${layout.name}”.`);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <details className="extract-layouts">
      <summary>Layouts of the {label}</summary>
      {layouts.data && layouts.data.length === 0 && (
        <p className="hint">No saved layouts yet: save one at the mapping step, or import one.</p>
      )}
      {layouts.data && layouts.data.length > 0 && (
        <ul className="layout-list">
          {layouts.data.map((layout) => (
            <li key={layout.id}>
              <span>
                {layout.name} <span className="hint">({formatDate(layout.updatedAt)})</span>
              </span>
              <DownloadButton
                label={`Export “${layout.name}”`}
                busyLabel="Exporting…"
                build={() => invoke('matching.exportLayout', { countyId, id: layout.id })}
              />
              <button type="button" className="danger" onClick={() => void remove(layout)}>
                Delete “{layout.name}”
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={`${id}-file`}>Import a layout file (.json)</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        onChange={(event) => {
          const picked = event.target.files?.[0];
          if (picked) void importFile(picked);
          event.target.value = '';
        }}
      />
      <p aria-live="polite" className="hint">
        {outcome}
      </p>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {dialog}
    </details>
  );
}
