/**
 * Moving a county's data from a laptop onto the shared server (issue 24, part 8): the laptop's
 * data file is checked in full, the server's data (if any) is backed up, a consistent copy of the
 * laptop's file goes live in one rename, and the normal open upgrades its schema. Every audit
 * entry comes along as it is: they name the laptop's user ("root", "jsmith"), which is what
 * happened, and the trail is not rewritten.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Engine from 'better-sqlite3-multiple-ciphers';
import type Sqlite from 'better-sqlite3';
import { DataFileError } from '../../db/dataFileError';
import { databaseFileIn } from '../../db/dataFolder';
import type { DataFolderLock } from '../../db/dataFolderLock';
import { applyPassphrase, lookOfDataFile } from '../../db/encryption';
import { openDatabase, verifyDataFile } from '../../db/openDatabase';
import { ensurePrivateFile } from '../../db/privateFiles';
import { backupDatabase, type BackupFile } from '../../db/system/backups';
import { replaceLiveFile } from '../../db/system/restore';

/** The tables of the trail: what was changed by whom, and whose identifiers were seen. */
export const HISTORY_TABLES = ['audit_event', 'identifier_reveal'] as const;

export interface MoveInRequest {
  /** The laptop's data file (workbench.sqlite, copied off the laptop with its -wal if any). */
  readonly from: string;
  readonly dataFolder: string;
  /** Put the laptop's data in place of data the server already has (backed up first). */
  readonly replace: boolean;
  /** Opens whichever of the two files is encrypted; null when neither is. */
  readonly passphrase: string | null;
  readonly migrationsFolder: string;
  /** Held by the caller for the whole move: no server may open the folder meanwhile. */
  readonly lock: DataFolderLock;
}

export interface MovedIn {
  readonly file: string;
  /** Rows of each history table, on the laptop and on the server after the move. */
  readonly history: Record<string, number>;
  /** Who the laptop's audit entries name, most entries first. */
  readonly actors: readonly string[];
  /** The server's data as it was, when there was some. */
  readonly backup: BackupFile | null;
  readonly schemaVersion: number;
}

/** Refused before anything changed: the message says why and what to do. */
export class MoveInRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MoveInRefused';
  }
}

/** Throws DataFileError (the laptop's file, or the server's data, cannot be used) or MoveInRefused. */
export function moveInLaptopData(request: MoveInRequest): MovedIn {
  const { from, dataFolder, migrationsFolder } = request;
  const live = databaseFileIn(dataFolder);
  if (!fs.existsSync(from)) {
    throw new MoveInRefused(`There is no file ${from} to move in (see --from FILE).`);
  }
  if (path.resolve(from) === path.resolve(live)) {
    throw new MoveInRefused(`${from} is already the server's data file.`);
  }
  const keyOf = (file: string) =>
    lookOfDataFile(file) === 'encrypted' ? request.passphrase : null;
  // The full check (integrity_check, a Workbench file, a schema history this version knows).
  verifyDataFile(from, { migrationsFolder, passphrase: keyOf(from) });
  const exists = fs.existsSync(live);
  if (exists && !request.replace) {
    throw new MoveInRefused(
      `${dataFolder} already holds Workbench data. Nothing was changed. To put the laptop's data in its place, run the command again with --replace (the data there is backed up first).`,
    );
  }
  // Moved in, a plain file would replace encrypted data: the county's records and every later
  // backup would lie unencrypted on the server.
  if (exists && lookOfDataFile(live) === 'encrypted' && lookOfDataFile(from) !== 'encrypted') {
    throw new MoveInRefused(
      `The server's data in ${dataFolder} is encrypted and the laptop's file is not, so moving it in would leave the county's records unencrypted. Nothing was changed. Encrypt the data on the laptop first (Settings, Encryption at rest) with the server's passphrase, then run this again.`,
    );
  }
  const laptop = openFile(from, keyOf(from), true);
  let copy: string;
  let history: Record<string, number>;
  let actors: string[];
  try {
    history = historyCounts(laptop);
    actors = actorsOf(laptop);
    copy = consistentCopy(laptop, dataFolder);
  } finally {
    laptop.close();
  }
  let backup: BackupFile | null = null;
  try {
    // What goes live is what was checked: the copy, not the laptop's file.
    verifyDataFile(copy, { migrationsFolder, passphrase: keyOf(from) });
    if (exists) backup = backupServerData(live, keyOf(live));
    // A process that took the folder over meanwhile could be writing into the file replaced here.
    if (!request.lock.held()) {
      throw new MoveInRefused(`Another process took over ${dataFolder}; nothing was moved in.`);
    }
    replaceLiveFile(live, copy);
  } catch (error) {
    removeWithSidecars(copy);
    throw error;
  }
  try {
    return { ...openedAsServer(live, keyOf(live), migrationsFolder, history), actors, backup };
  } catch (error) {
    // All or nothing: a move that fails after the swap (an upgrade refused, rows not all there)
    // puts the server's data back as it was, so the command's "nothing was moved in" holds.
    putBack(live, backup);
    throw error;
  }
}

/** The normal open: the same checks as a start, a backup before and the schema upgrade. */
function openedAsServer(
  live: string,
  passphrase: string | null,
  migrationsFolder: string,
  history: Record<string, number>,
): { file: string; history: Record<string, number>; schemaVersion: number } {
  const workbench = openDatabase(live, { migrationsFolder, passphrase });
  try {
    const after = historyCounts(workbench.sqlite);
    for (const [table, rows] of Object.entries(history)) {
      if (after[table] !== rows) {
        throw new Error(
          `The moved data has ${after[table] ?? 0} rows of ${table} where the laptop had ${rows}.`,
        );
      }
    }
    return { file: live, history, schemaVersion: workbench.schemaVersion };
  } finally {
    workbench.close();
  }
}

/** The server's data as the backup before the move kept it, or no data when there was none. */
function putBack(live: string, backup: BackupFile | null): void {
  if (backup === null) {
    removeWithSidecars(live);
    return;
  }
  const copy = path.join(path.dirname(live), `.moving-in-back-${process.pid}.sqlite`);
  fs.copyFileSync(backup.file, copy);
  replaceLiveFile(live, copy);
}

function openFile(file: string, passphrase: string | null, readonly: boolean): Sqlite.Database {
  const sqlite = new Engine(file, { readonly, fileMustExist: true });
  if (passphrase !== null) applyPassphrase(sqlite, passphrase);
  return sqlite;
}

/**
 * VACUUM INTO reads through the connection, so what the laptop's -wal log holds is included, and
 * the copy of an encrypted file is encrypted with the same key (backups.ts); a raw file copy
 * would miss the log's recent commits.
 */
function consistentCopy(laptop: Sqlite.Database, dataFolder: string): string {
  const copy = path.join(dataFolder, `.moving-in-${randomUUID()}.sqlite`);
  ensurePrivateFile(copy);
  try {
    laptop.prepare('VACUUM INTO ?').run(copy);
  } catch (error) {
    removeWithSidecars(copy);
    throw error;
  }
  return copy;
}

function backupServerData(live: string, passphrase: string | null): BackupFile {
  let server: Sqlite.Database | undefined;
  try {
    server = openFile(live, passphrase, false);
    return backupDatabase(server, live, 'before-move-in');
  } catch (error) {
    if (error instanceof Engine.SqliteError) {
      throw new DataFileError(
        'unreadable',
        `The data already in ${path.dirname(live)} could not be backed up (${error.message}), so it was not replaced. Nothing was changed.`,
      );
    }
    throw error;
  } finally {
    server?.close();
  }
}

export function historyCounts(sqlite: Sqlite.Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of HISTORY_TABLES) {
    const exists = sqlite
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(table);
    if (!exists) continue;
    counts[table] = (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
  return counts;
}

function actorsOf(sqlite: Sqlite.Database): string[] {
  return (
    sqlite
      .prepare('SELECT actor FROM audit_event GROUP BY actor ORDER BY count(*) DESC LIMIT 5')
      .all() as { actor: string }[]
  ).map((row) => row.actor);
}

function removeWithSidecars(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    fs.rmSync(`${file}${suffix}`, { force: true });
}
