import fs from 'node:fs';
import { backupDatabase, listBackups, type BackupFile } from '../../db/system/backups';
import { DataFileError, type DataFileProblem } from '../../db/dataFileError';
import { NETWORK_DRIVE_SETTING } from '../../db/networkFolder';
import { restoreBackup, RestoreFailed } from '../../db/system/restore';
import {
  countLiveSessionsExcept,
  deleteSessionsExcept,
  hasActiveAdministrator,
  readSessionPolicy,
} from '../../db/system/users';
import { writeSetting } from '../../db/workspace/repository';
import type { HandlersFor } from '../context';
import { ApiError, Conflict, ValidationError } from '../errors';
import type { Backup, systemContract } from './contract';
import {
  changeDataPassphrase,
  decryptWithPassphrase,
  dismissEncryptionOffer,
  encryptionStatus,
  encryptWithPassphrase,
} from './encryption';

export const systemHandlers: HandlersFor<typeof systemContract> = {
  'system.info': (_input, { workbench, appVersion, dataFolder }) => {
    const newest = listBackups(workbench.file)[0];
    return {
      appVersion,
      schemaVersion: workbench.schemaVersion,
      dataFolder,
      databaseFile: workbench.file,
      // The -wal file holds recent commits until a checkpoint, so it counts toward the size.
      databaseBytes: fileSize(workbench.file) + fileSize(`${workbench.file}-wal`),
      lastBackup: newest ? { file: newest.file, createdAt: newest.createdAt } : null,
      storage: workbench.storage,
    };
  },

  'system.setNetworkDrive': ({ networkDrive }, { workbench, jobs, actor }) => {
    // Switching the journal needs the file to itself: a job's connection would keep the old one.
    if (jobs.busy()) {
      throw new Conflict(
        'An import or a match run is still working. Change this setting once it has finished.',
      );
    }
    writeSetting(workbench.db, NETWORK_DRIVE_SETTING, networkDrive, actor);
    try {
      workbench.reopen(() => undefined);
    } catch (error) {
      throw new Conflict(
        `The setting is saved, and takes effect at the next start (${error instanceof Error ? error.message : 'the file is busy'}).`,
      );
    }
    return workbench.storage;
  },

  'system.backupNow': (_input, { workbench }) =>
    backupOutput(backupDatabase(workbench.sqlite, workbench.file, 'manual')),

  'system.listBackups': (_input, { workbench }) => listBackups(workbench.file).map(backupOutput),

  'system.restoreBackup': ({ backup: name }, { workbench, jobs, caller }) => {
    const backup = listBackups(workbench.file).find((candidate) => candidate.name === name);
    if (!backup) {
      throw new ValidationError(`There is no backup called ${name}.`, [
        { path: 'backup', message: 'Choose a backup from the list.' },
      ]);
    }
    // A job's worker has its own connection to the file; replacing the file under it would lose
    // its result or write it into the restored data.
    if (jobs.busy()) {
      throw new Conflict(
        'An import or a match run is still working. Restore the backup once it has finished.',
      );
    }
    // On the shared server, everyone else is signed out first: their pages would go on saving
    // into data that has just gone back in time.
    if (caller.userId !== null) {
      const db = workbench.db;
      const others = countLiveSessionsExcept(
        db,
        caller.sessionId ?? null,
        new Date(),
        readSessionPolicy(db),
      );
      if (others > 0) {
        throw new Conflict(
          `${others === 1 ? 'Someone else is' : `${others} others are`} signed in. Use “Sign everyone else out” on the Administration page first, then restore the backup.`,
        );
      }
    }
    try {
      const beforeRestore = restoreBackup(workbench, backup, {
        requireAdministrator: hasActiveAdministrator(workbench.db),
      });
      // The restored file brings back the sessions it held when it was made; none of them may
      // sign anyone in again (the administrator restoring signs in anew, too).
      deleteSessionsExcept(workbench.db, null);
      return { restored: backupOutput(backup), beforeRestore: backupOutput(beforeRestore) };
    } catch (error) {
      if (error instanceof DataFileError) {
        const message = `${unusable[error.problem]} Nothing was changed.`;
        throw new ValidationError(message, [{ path: 'backup', message }]);
      }
      if (error instanceof RestoreFailed) throw new ApiError('Internal', error.message);
      throw error;
    }
  },

  'system.encryption': (_input, ctx) => encryptionStatus(ctx),
  'system.dismissEncryptionOffer': (_input, ctx) => dismissEncryptionOffer(ctx),
  'system.encryptData': encryptWithPassphrase,
  'system.changePassphrase': changeDataPassphrase,
  'system.decryptData': decryptWithPassphrase,
};

/** Why a backup cannot be restored, in words; the checks' own messages name the temporary copy. */
const unusable: Record<DataFileProblem, string> = {
  unreadable: 'The backup cannot be opened.',
  corrupt: 'The backup is damaged, so it cannot be restored.',
  'too-new': 'The backup was made by a newer Linkages Workbench; update the app to restore it.',
  'unknown-history': 'The backup’s data layout is not one this Workbench knows.',
  foreign: 'The file is not a Linkages Workbench backup.',
  'passphrase-needed': 'The backup is encrypted, and the data is not.',
  'wrong-passphrase': 'The backup is encrypted with another passphrase than the data’s.',
  'not-encrypted': 'The backup is not encrypted, and the data is.',
  'no-administrator':
    'In the backup no enabled user holds the administrator role, so nobody could keep the server’s users after restoring it.',
};

function backupOutput(backup: BackupFile): Backup {
  return {
    id: backup.name,
    createdAt: backup.createdAt,
    bytes: backup.bytes,
    reason: backup.reason,
  };
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
