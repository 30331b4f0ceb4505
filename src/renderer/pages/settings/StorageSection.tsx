import { useState } from 'react';
import type { SystemInfo } from '../../../api/system/contract';
import { invoke } from '../../client/client';
import { ErrorSummary } from '../../components/form/FormProblems';
import { useFormProblems } from '../../components/form/useFormProblems';

const FIELD_IDS = { networkDrive: 'storage-network' };

/**
 * Where the data file keeps its log. On a network folder SQLite's write-ahead log is not safe, so
 * the Workbench uses the rollback journal there; a mapped drive letter looks local to the system,
 * and the person says so here. A refusal (a job is working) is said above the checkbox.
 */
export function StorageSection({ storage }: { storage: SystemInfo['storage'] }) {
  const [outcome, setOutcome] = useState('');
  // The choice being saved, shown checked (or not) until the service answers.
  const [asked, setAsked] = useState<boolean | null>(null);
  const problems = useFormProblems(FIELD_IDS, setOutcome, 'storage-problems');
  const detected = storage.network !== null && storage.network !== 'setting';

  async function change(networkDrive: boolean): Promise<void> {
    setAsked(networkDrive);
    await problems.save(
      () => invoke('system.setNetworkDrive', { networkDrive }),
      (now) =>
        now.journal === 'rollback'
          ? 'Now using the rollback journal.'
          : 'Now using the write-ahead log.',
    );
    setAsked(null);
  }

  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">Network drive</h2>
      <p data-testid="storage-journal">{storageInWords(storage)}</p>
      <ErrorSummary
        id="storage-problems"
        title="The setting was not changed"
        errors={problems.errors}
        general={problems.general}
        fieldIds={FIELD_IDS}
        labels={{ networkDrive: 'Network drive' }}
      />
      {!detected && (
        <label className="checkbox">
          <input
            {...problems.field('networkDrive')}
            type="checkbox"
            checked={asked ?? storage.network === 'setting'}
            disabled={asked !== null}
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
