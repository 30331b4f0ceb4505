import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Backup } from '../../../api/system/contract';
import { invoke } from '../../client/client';
import { useApi } from '../../client/queries';
import { useConfirm } from '../../components/ConfirmDialog';
import { ErrorSummary } from '../../components/form/FormProblems';
import { useFormProblems } from '../../components/form/useFormProblems';
import { TableScroll } from '../../components/TableScroll';
import { formatBytes, formatWhen, reasonInWords } from './settingsWords';

/**
 * Backups of the data: make one now, see them all, put one back. A refusal (a job is working, the
 * backup is gone) is said in the section, under Back up now, where the keyboard is taken to it.
 */
export function BackupsSection() {
  const queryClient = useQueryClient();
  const backups = useApi('system.listBackups', {});
  const { confirm, dialog } = useConfirm();
  const [outcome, setOutcome] = useState('');
  const [working, setWorking] = useState(false);
  const problems = useFormProblems({}, setOutcome, 'backup-problems');

  async function backUpNow(): Promise<void> {
    if (working) return;
    await run(
      'Backing up…',
      () => invoke('system.backupNow', {}),
      (made) => `Backed up at ${formatWhen(made.createdAt)}.`,
    );
  }

  async function restore(backup: Backup): Promise<void> {
    if (working) return;
    const when = formatWhen(backup.createdAt);
    const sure = await confirm(
      'Restore this backup?',
      <p>
        The data goes back to how it was on {when}. A backup of the current data is made first, so
        you can return to it from this list.
      </p>,
      'Restore backup',
    );
    if (!sure) return;
    await run(
      'Restoring…',
      async () => {
        await invoke('system.restoreBackup', { backup: backup.id });
        // The queries on screen were fetched again by invoke; the others describe the data before
        // the restore, so none of them is shown again before it is fetched anew.
        queryClient.removeQueries({ type: 'inactive' });
      },
      () =>
        `Restored the backup of ${when}. The data from just before is kept as a backup in the list.`,
    );
  }

  /** Says what is under way, then what was done, or why not (in the summary). */
  async function run<T>(
    underWay: string,
    request: () => Promise<T>,
    done: (result: T) => string,
  ): Promise<void> {
    setWorking(true);
    const result = await problems.save(async () => {
      setOutcome(underWay);
      return request();
    }, done);
    if (result === null) setOutcome('');
    setWorking(false);
  }

  return (
    <section aria-labelledby="backups-heading">
      <h2 id="backups-heading">Backups</h2>
      <p>
        The Workbench backs the data up once a day (at the day&apos;s first start, or within the
        hour after midnight while it stays open) and before each schema upgrade. It keeps the newest
        five, and the newest of each kind.
      </p>
      <button type="button" onClick={() => void backUpNow()}>
        Back up now
      </button>
      <p role="status" data-testid="backup-status">
        {outcome}
      </p>
      <ErrorSummary
        id="backup-problems"
        title="Nothing was backed up or restored"
        errors={problems.errors}
        general={problems.general}
        fieldIds={problems.ids}
        labels={{}}
      />
      {backups.isPending && <p>Loading…</p>}
      {backups.data?.length === 0 && (
        <p>No backups yet: the first daily one comes within the hour.</p>
      )}
      {backups.data && backups.data.length > 0 && (
        <TableScroll label="Backups">
          <table className="data-table">
            <caption>Backups, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Made</th>
                <th scope="col">Why</th>
                <th scope="col">Size</th>
                <th scope="col">
                  <span className="visually-hidden">Restore</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backups.data.map((backup) => (
                <tr key={backup.id}>
                  <th scope="row">{formatWhen(backup.createdAt)}</th>
                  <td>{reasonInWords(backup.reason)}</td>
                  <td className="number">{formatBytes(backup.bytes)}</td>
                  <td>
                    <button type="button" onClick={() => void restore(backup)}>
                      Restore
                      <span className="visually-hidden">
                        {' '}
                        the backup of {formatWhen(backup.createdAt)}
                      </span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {dialog}
    </section>
  );
}
