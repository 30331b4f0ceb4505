import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type Sqlite from 'better-sqlite3';
// The SQLCipher-compatible build of better-sqlite3, same API (encryption.ts).
import Engine from 'better-sqlite3-multiple-ciphers';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { backupDatabase, backupIfFirstStartToday } from './system/backups';
import { DataFileError } from './dataFileError';
import { applyPassphrase, checkPassphrase } from './encryption';
import type { DataFolderLock } from './dataFolderLock';
import {
  detectNetworkFolder,
  NETWORK_DRIVE_SETTING,
  type NetworkFolderKind,
} from './networkFolder';
import { ensurePrivateFile, ensurePrivateFolder } from './privateFiles';
import * as schema from './schema';

/** What repositories take: the database or a transaction on it, so they compose inside one. */
export type Db = BaseSQLiteDatabase<'sync', Sqlite.RunResult, typeof schema>;

/**
 * How SQLite keeps its log: the write-ahead log, or on a network folder (detected, or named so by
 * the "network drive" setting) the rollback journal, since WAL is not safe there.
 */
export interface DataFileStorage {
  readonly journal: 'wal' | 'rollback';
  /** Why the rollback journal: what the system told, or the person's setting; null on a local disk. */
  readonly network: NetworkFolderKind | 'setting' | null;
}

export interface Workbench {
  readonly db: BetterSQLite3Database<typeof schema>;
  readonly sqlite: Sqlite.Database;
  readonly file: string;
  /** Number of migrations applied: the schema version the app reports. */
  readonly schemaVersion: number;
  /** Backup made before this open's migrations, if any were pending on an existing file. */
  readonly backupBeforeMigration: string | null;
  /** The addon path it was opened with, for job workers that open the same file. */
  readonly nativeBinding: string | null;
  /** The migrations it was opened with: a file to restore is checked against the same ones. */
  readonly migrationsFolder: string;
  readonly storage: DataFileStorage;
  /**
   * The passphrase the file is encrypted with (encryption.ts), null when it is not: job workers,
   * backups and restores open their files with the same one. Never logged.
   */
  readonly passphrase: string | null;
  close(): void;
  /**
   * Closes the connection, lets `replaceFile` swap the file while nothing holds it, and opens it
   * again with the checks and migrations of a start. The handle stays the same object, so the
   * service and the shell that hold it see the new data without a restart. When `replaceFile`
   * throws, the file as it was is opened again; when the new file cannot be opened, this throws
   * and the handle stays closed until the next reopen. Refused, with nothing closed, when the
   * data folder's lock was given to this open and is no longer held: another process may have
   * the file open, and must not be left writing into a replaced one. `passphrase`, when given, is
   * the one the replaced file opens with (a new passphrase, or null once decrypted).
   */
  reopen(replaceFile: () => void, passphrase?: string | null): void;
}

export interface OpenOptions {
  /** Folder of drizzle-kit migrations; defaults to the one shipped beside this module. */
  readonly migrationsFolder?: string;
  /** Path of a better-sqlite3 addon built for another ABI (Electron's), see DESIGN.md. */
  readonly nativeBinding?: string;
  /** The shells' start-up: back an existing file up on the first start of the day. */
  readonly dailyBackup?: boolean;
  /** The clock the daily backup goes by; tests set it instead of waiting for tomorrow. */
  readonly now?: () => Date;
  /**
   * The shells' single-writer lock on the data folder (dataFolderLock.ts), taken before opening;
   * released by close(). Tests that open one file from one process leave it out.
   */
  readonly lock?: DataFolderLock;
  /**
   * The data file's passphrase; a new file opened with one is encrypted from its first page. A
   * wrong one, or none for an encrypted file, is refused with a DataFileError.
   */
  readonly passphrase?: string | null;
}

export const defaultMigrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

const BUSY_TIMEOUT_MS = 5000;
const MIGRATIONS_TABLE = '__drizzle_migrations';

interface Connection {
  readonly db: BetterSQLite3Database<typeof schema>;
  readonly sqlite: Sqlite.Database;
  readonly backupBeforeMigration: string | null;
  readonly storage: DataFileStorage;
}

export function openDatabase(file: string, options: OpenOptions = {}): Workbench {
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder;
  const shipped = readMigrationFiles({ migrationsFolder });
  ensurePrivateFolder(path.dirname(file));
  ensurePrivateFile(file);
  let passphrase = options.passphrase ?? null;
  let current = connect(file, options, migrationsFolder, shipped);
  return {
    get db() {
      return current.db;
    },
    get sqlite() {
      return current.sqlite;
    },
    get backupBeforeMigration() {
      return current.backupBeforeMigration;
    },
    get storage() {
      return current.storage;
    },
    get passphrase() {
      return passphrase;
    },
    file,
    schemaVersion: shipped.length,
    nativeBinding: options.nativeBinding ?? null,
    migrationsFolder,
    close: () => {
      closeQuietly(current.sqlite);
      options.lock?.release();
    },
    reopen(replaceFile, nextPassphrase) {
      if (options.lock && !options.lock.held()) {
        throw new Error(
          'This Workbench no longer holds the lock on its data folder, so it will not replace the data file.',
        );
      }
      if (current.sqlite.open) {
        // Everything committed goes into the main file and the log is emptied, so removing the
        // -wal and -shm files beside a replaced file loses nothing. Busy: someone else reads.
        const [log] = current.sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
        if (log?.busy) throw new Error('Another connection is using the data file.');
        closeQuietly(current.sqlite);
        // The last connection to close a WAL database removes its -wal file. One still there
        // means another connection (a job's, say) has the file open: replaced under it, that
        // connection would go on writing into the old file, and its writes would be lost.
        if (current.storage.journal === 'wal' && fs.existsSync(`${file}-wal`)) {
          current = connect(
            file,
            { ...options, passphrase, dailyBackup: false },
            migrationsFolder,
            shipped,
          );
          throw new Error('Another connection is using the data file.');
        }
      }
      try {
        replaceFile();
      } catch (error) {
        current = connect(file, { ...options, passphrase }, migrationsFolder, shipped);
        throw error;
      }
      if (nextPassphrase !== undefined) passphrase = nextPassphrase;
      current = connect(
        file,
        { ...options, passphrase, dailyBackup: false },
        migrationsFolder,
        shipped,
      );
    },
  };
}

function connect(
  file: string,
  options: OpenOptions,
  migrationsFolder: string,
  shipped: ReturnType<typeof readMigrationFiles>,
): Connection {
  const sqlite = openFile(file, options.nativeBinding, options.passphrase ?? null);
  try {
    // Read-only checks first: a file we must refuse is refused before anything writes to it.
    checkIntegrity(sqlite, 'quick_check');
    const shippedHashes = shipped.map((m) => m.hash);
    const applied = appliedMigrationHashes(sqlite);
    checkHistory(sqlite, applied, shippedHashes);
    const storage = chooseStorage(sqlite, file, applied.length > 0);
    sqlite.pragma(`journal_mode = ${storage.journal === 'wal' ? 'WAL' : 'DELETE'}`);
    sqlite.pragma('foreign_keys = ON');
    const pending = shipped.length - applied.length;
    // A file with history gets a copy before its schema moves; a brand-new file has nothing to lose.
    const backup =
      pending > 0 && applied.length > 0
        ? backupDatabase(sqlite, file, `before-schema-${shipped.length}`).file
        : null;
    const db = drizzle(sqlite, { schema });
    if (pending > 0) {
      migrate(db, { migrationsFolder });
      // drizzle applies only migrations dated after the last applied one: make sure all ran.
      const after = appliedMigrationHashes(sqlite);
      if (after.join() !== shippedHashes.join()) {
        throw new Error(
          `Schema upgrade stopped at step ${after.length} of ${shipped.length}; the copy made before it is ${backup ?? 'not needed'}.`,
        );
      }
    }
    if (options.dailyBackup && applied.length > 0) dailyBackup(sqlite, file, options.now);
    return { db, sqlite, backupBeforeMigration: backup, storage };
  } catch (error) {
    closeQuietly(sqlite);
    throw error;
  }
}

function chooseStorage(sqlite: Sqlite.Database, file: string, migrated: boolean): DataFileStorage {
  const detected = detectNetworkFolder(path.dirname(file));
  if (detected) return { journal: 'rollback', network: detected };
  const row = migrated
    ? (sqlite
        .prepare('SELECT value_json AS value FROM workspace_setting WHERE key = ?')
        .get(NETWORK_DRIVE_SETTING) as { value: string } | undefined)
    : undefined;
  return row?.value === 'true'
    ? { journal: 'rollback', network: 'setting' }
    : { journal: 'wal', network: null };
}

function dailyBackup(sqlite: Sqlite.Database, file: string, now = () => new Date()): void {
  try {
    backupIfFirstStartToday(sqlite, file, now());
  } catch (error) {
    // A missed daily copy (a full disk) must not keep the person from their data; say so by kind
    // only, as the message could quote the path and the path can name the person.
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).name;
    console.warn(`[linkages] The daily backup could not be made (${code}).`);
  }
}

/**
 * Checks a file that is to become the data file (a backup to restore) the way a start would,
 * plus a full integrity check, without writing to it. Throws DataFileError when it must not be used.
 */
export function verifyDataFile(
  file: string,
  options: Pick<OpenOptions, 'migrationsFolder' | 'nativeBinding' | 'passphrase'> = {},
  /** A further check on the opened file (throwing DataFileError), e.g. restore's administrator. */
  inspect?: (sqlite: Sqlite.Database) => void,
): void {
  const shipped = readMigrationFiles({
    migrationsFolder: options.migrationsFolder ?? defaultMigrationsFolder,
  });
  const sqlite = openFile(file, options.nativeBinding, options.passphrase ?? null, {
    readonly: true,
    fileMustExist: true,
  });
  try {
    checkIntegrity(sqlite, 'integrity_check');
    const applied = appliedMigrationHashes(sqlite);
    if (applied.length === 0) {
      throw new DataFileError('foreign', `${sqlite.name} holds no Linkages Workbench data.`);
    }
    checkHistory(
      sqlite,
      applied,
      shipped.map((m) => m.hash),
    );
    inspect?.(sqlite);
  } finally {
    closeQuietly(sqlite);
  }
}

/**
 * A job's page cache, in KiB. A job writes in one transaction; SQLite's default 2 MB cache spills
 * pages of a big one to the log again and again while its indexes grow.
 */
const JOB_CACHE_KIB = 256 * 1024;

/**
 * A second connection to a database the app already opened (and migrated), for a job's worker
 * thread: the same pragmas and a larger cache, no checks or migrations of its own.
 */
export function openJobDatabase(
  file: string,
  nativeBinding: string | null,
  passphrase: string | null = null,
): { db: Db; sqlite: Sqlite.Database; close(): void } {
  const sqlite = openFile(file, nativeBinding ?? undefined, passphrase);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma(`cache_size = -${JOB_CACHE_KIB}`);
  // Copying a big write from the log into the file is left until after the job has answered
  // (close() does it): the result is safe in the log as soon as it commits.
  sqlite.pragma('wal_autocheckpoint = 0');
  return {
    db: drizzle(sqlite, { schema }),
    sqlite,
    close: () => {
      // A passive checkpoint waits for no one; what it cannot copy now, the app's next one does.
      try {
        sqlite.pragma('wal_checkpoint(PASSIVE)');
      } finally {
        closeQuietly(sqlite);
      }
    },
  };
}

function openFile(
  file: string,
  nativeBinding: string | undefined,
  passphrase: string | null,
  mode: Pick<Sqlite.Options, 'readonly' | 'fileMustExist'> = {},
): Sqlite.Database {
  let sqlite: Sqlite.Database | undefined;
  try {
    sqlite = new Engine(file, nativeBinding ? { ...mode, nativeBinding } : mode);
    // The key goes first: nothing may read a page of an encrypted file before it is set.
    if (passphrase !== null) applyPassphrase(sqlite, passphrase);
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    checkPassphrase(sqlite, file, passphrase);
    return sqlite;
  } catch (error) {
    if (sqlite) closeQuietly(sqlite);
    // Only SQLite's own refusals are about the file; a missing or mismatched engine is the app's.
    if (!(error instanceof Engine.SqliteError)) throw error;
    throw new DataFileError(
      'unreadable',
      `The data file ${file} cannot be opened (${describe(error)}). Nothing was changed.`,
    );
  }
}

/**
 * At start, quick_check: it skips the index cross-checks of integrity_check, so seconds become
 * milliseconds. A backup about to replace the data gets the full check.
 */
function checkIntegrity(sqlite: Sqlite.Database, check: 'quick_check' | 'integrity_check'): void {
  let result: string;
  try {
    result = String(sqlite.pragma(check, { simple: true }));
  } catch (error) {
    throw new DataFileError(
      'corrupt',
      `The data file ${sqlite.name} is not a readable database (${describe(error)}). It was left as it is; restore a backup from the backups folder beside it.`,
    );
  }
  if (result !== 'ok') {
    throw new DataFileError(
      'corrupt',
      `The data file ${sqlite.name} is damaged (${result}). It was left as it is; restore a backup from the backups folder beside it.`,
    );
  }
}

function appliedMigrationHashes(sqlite: Sqlite.Database): string[] {
  const hasTable = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(MIGRATIONS_TABLE);
  if (!hasTable) {
    const tables = sqlite
      .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'")
      .get() as { n: number };
    if (tables.n > 0) {
      throw new DataFileError(
        'foreign',
        `${sqlite.name} is a database, but not a Linkages Workbench data file. It was left as it is.`,
      );
    }
    return [];
  }
  return (
    sqlite.prepare(`SELECT hash FROM ${MIGRATIONS_TABLE} ORDER BY created_at, rowid`).all() as {
      hash: string;
    }[]
  ).map((row) => row.hash);
}

/** The applied migrations must be a prefix of the shipped ones (migrations only move forward). */
function checkHistory(sqlite: Sqlite.Database, applied: string[], shipped: string[]): void {
  if (applied.length > shipped.length) {
    throw new DataFileError(
      'too-new',
      `The data file ${sqlite.name} was written by a newer Linkages Workbench (schema ${applied.length}; this app knows ${shipped.length}). Update the app; the file was left as it is.`,
    );
  }
  const firstDifference = applied.findIndex((hash, i) => hash !== shipped[i]);
  if (firstDifference >= 0) {
    throw new DataFileError(
      'unknown-history',
      `The data file ${sqlite.name} has a schema history this app does not know (step ${firstDifference + 1} differs). It was left as it is.`,
    );
  }
}

function closeQuietly(sqlite: Sqlite.Database): void {
  if (sqlite.open) sqlite.close();
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
