/**
 * The data folder, the database, its backups and the lock are the county's confidential records
 * (W&I Code §827, §10850): readable by the person running the Workbench and nobody else on the
 * machine. On Linux and macOS that is mode 0700 for folders and 0600 for files. Windows ignores
 * these modes; there the folder under the user's profile (%LOCALAPPDATA%) is already private to
 * that user by its inherited ACL, which is enough.
 */
import fs from 'node:fs';

export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Creates the folder (and any missing parents) private. A folder that already exists is tightened
 * only when `ours` says the Workbench made it (the data folder's own backups): a folder the person
 * chose with --data may be shared on purpose, and the files inside are private either way.
 */
export function ensurePrivateFolder(folder: string, options: { ours?: boolean } = {}): void {
  const existed = fs.existsSync(folder);
  fs.mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  if (!existed || options.ours) tighten(folder, PRIVATE_FOLDER_MODE);
}

/**
 * Makes sure the file exists and is private before anyone writes into it: SQLite creates a new
 * database 0644, and gives its -wal, -shm and -journal files the mode of the database file, so a
 * private database keeps its logs private too. An existing file (from an older version) is tightened.
 */
export function ensurePrivateFile(file: string): void {
  fs.closeSync(fs.openSync(file, 'a', PRIVATE_FILE_MODE));
  tighten(file, PRIVATE_FILE_MODE);
}

function tighten(target: string, mode: number): void {
  if (process.platform === 'win32') return;
  if ((fs.statSync(target).mode & 0o777) !== mode) fs.chmodSync(target, mode);
}
