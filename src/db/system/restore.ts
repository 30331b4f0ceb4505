/**
 * Restoring a backup: the file is checked before anything changes, the current data is backed up,
 * and the live file is replaced by a rename, so a failure at any step leaves either the old data
 * or the restored data in place, never a mix, and always the copy made just before.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Sqlite from 'better-sqlite3';
import Engine from 'better-sqlite3-multiple-ciphers';
import { backupDatabase, type BackupFile } from './backups';
import { copyUnderPassphrase, lookOfDataFile, removeCopy } from '../encryption';
import { DataFileError } from '../dataFileError';
import { verifyDataFile, type Workbench } from '../openDatabase';
import { ensurePrivateFile } from '../privateFiles';

export class RestoreFailed extends Error {
  constructor(
    message: string,
    /** Where the data stands: the restore was refused before, or rolled back after, the swap. */
    readonly dataFileChanged: boolean,
  ) {
    super(message);
    this.name = 'RestoreFailed';
  }
}

export interface RestoreOptions {
  /**
   * The shared server's data: the backup must have an enabled administrator, or once restored
   * nobody could sign in to keep the server's users (and it would not start again).
   */
  readonly requireAdministrator?: boolean;
}

/**
 * Throws DataFileError (from the checks) when the backup must not be used; nothing has changed
 * then. Returns the copy of the data as it was just before the restore.
 */
export function restoreBackup(
  workbench: Workbench,
  backup: BackupFile,
  options: RestoreOptions = {},
): BackupFile {
  // The copy is checked, not the backup: what was checked is exactly what goes live.
  let candidate = copyBeside(workbench.file, backup.file);
  try {
    candidate = encryptedLikeTheData(workbench, candidate);
    verifyDataFile(
      candidate,
      {
        migrationsFolder: workbench.migrationsFolder,
        nativeBinding: workbench.nativeBinding ?? undefined,
        passphrase: workbench.passphrase,
      },
      options.requireAdministrator ? requireAdministrator : undefined,
    );
  } catch (error) {
    removeWithSidecars(candidate);
    throw error;
  }
  const beforeRestore = backupDatabase(workbench.sqlite, workbench.file, 'before-restore');
  let swapped = false;
  try {
    workbench.reopen(() => {
      replaceLiveFile(workbench.file, candidate);
      swapped = true;
    });
  } catch (error) {
    removeWithSidecars(candidate);
    if (!swapped) {
      // The data never changed, so the copy of it made for this restore is only clutter.
      fs.rmSync(beforeRestore.file, { force: true });
      throw new RestoreFailed(
        `The backup was not restored (${describe(error)}); the data is as it was.`,
        false,
      );
    }
    putBack(workbench, beforeRestore);
    throw new RestoreFailed(
      `The restored backup could not be opened (${describe(error)}); the data was put back as it was.`,
      false,
    );
  }
  return beforeRestore;
}

/** Asked of the checked copy in SQL: its schema may be older than this Workbench's drizzle one. */
function requireAdministrator(sqlite: Sqlite.Database): void {
  let found: unknown;
  try {
    found = sqlite
      .prepare(
        `SELECT 1 FROM app_user JOIN user_role ON user_role.user_id = app_user.id
         WHERE app_user.disabled = 0 AND user_role.role = 'administrator' LIMIT 1`,
      )
      .get();
  } catch {
    // A backup from before the shared server's users has no such tables, so no administrator.
    found = undefined;
  }
  if (found === undefined) {
    throw new DataFileError(
      'no-administrator',
      `${sqlite.name} has no enabled user with the administrator role.`,
    );
  }
}

/**
 * A plain backup (made before the data was encrypted, or kept plain when its passphrase was
 * changed) goes live encrypted under the data's passphrase, never plain beside encrypted backups.
 * Returns the copy to check and swap in; the plain copy is gone by then.
 */
function encryptedLikeTheData(workbench: Workbench, candidate: string): string {
  if (workbench.passphrase === null || lookOfDataFile(candidate) !== 'plain') return candidate;
  const nativeBinding = workbench.nativeBinding ?? undefined;
  const plain = new Engine(candidate, {
    readonly: true,
    fileMustExist: true,
    ...(nativeBinding ? { nativeBinding } : {}),
  });
  try {
    return copyUnderPassphrase(
      plain,
      candidate,
      { current: null, next: workbench.passphrase },
      nativeBinding,
    );
  } finally {
    plain.close();
    removeCopy(candidate);
  }
}

/** The rollback: the copy made just before goes back in the same way. */
function putBack(workbench: Workbench, beforeRestore: BackupFile): void {
  const copy = copyBeside(workbench.file, beforeRestore.file);
  try {
    workbench.reopen(() => replaceLiveFile(workbench.file, copy));
  } catch (error) {
    removeWithSidecars(copy);
    throw new RestoreFailed(
      `The restore failed and putting the data back failed too (${describe(error)}). Quit the Workbench and copy the backup ${beforeRestore.name} from the backups folder over the data file.`,
      true,
    );
  }
}

/** A copy in the data file's own folder, so the final rename stays on one file system. */
function copyBeside(liveFile: string, source: string): string {
  const copy = path.join(path.dirname(liveFile), `.restoring-${randomUUID()}.sqlite`);
  fs.copyFileSync(source, copy);
  // copyFile gives the copy the source's mode, and a backup from an older version may be 0644.
  ensurePrivateFile(copy);
  syncFile(copy);
  return copy;
}

/**
 * Runs while no connection has the file open. The old -wal and -shm go first: SQLite would replay
 * a leftover log onto the new file. The rename replaces the file in one step.
 */
export function replaceLiveFile(liveFile: string, verifiedCopy: string): void {
  fs.rmSync(`${liveFile}-wal`, { force: true });
  fs.rmSync(`${liveFile}-shm`, { force: true });
  fs.renameSync(verifiedCopy, liveFile);
  syncFolder(path.dirname(liveFile));
}

function removeWithSidecars(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    fs.rmSync(`${file}${suffix}`, { force: true });
}

function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes the rename itself durable where the OS allows syncing a folder (not on Windows). */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Best effort: the rename has happened either way.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
