import { useState } from 'react';
import type { SystemInfo } from '../../../api/system/contract';
import { reportError } from '../../alerts';
import { useApiMutation } from '../../client/queries';

/**
 * Where the data file keeps its log. On a network folder SQLite's write-ahead log is not safe, so
 * the Workbench uses the rollback journal there; a mapped drive letter looks local to the system,
 * and the person says so here.
 */
export function StorageSection({ storage }: { storage: SystemInfo['storage'] }) {
  const save = useApiMutation('system.setNetworkDrive');
  const [outcome, setOutcome] = useState('');
  const detected = storage.network !== null && storage.network !== 'setting';

  async function change(networkDrive: boolean): Promise<void> {
    setOutcome('');
    try {
      const now = await save.mutateAsync({ networkDrive });
      setOutcome(
        now.journal === 'rollback'
          ? 'Now using the rollback journal.'
          : 'Now using the write-ahead log.',
      );
    } catch (error) {
      reportError(error);
    }
  }

  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">Network drive</h2>
      <p data-testid="storage-journal">{storageInWords(storage)}</p>
      {!detected && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={save.isPending ? save.variables.networkDrive : storage.network === 'setting'}
            disabled={save.isPending}
            onChange={(event) => void change(event.target.checked)}
          />{' '}
          The data folder is on a network drive (a drive letter mapped to a shared folder)
        </label>
      )}
      <p role="status">{outcome}</p>
    </section>
  );
}

export function storageInWords(storage: SystemInfo['storage']): string {
  if (storage.network === null) {
    return 'The data folder is on this computer’s own disk: the database uses its write-ahead log.';
  }
  const why =
    storage.network === 'setting' ? 'as set below' : `the system reports ${storage.network}`;
  return `The data folder is on a network drive (${why}): the database uses its rollback journal, since the write-ahead log is not safe over a network.`;
}
