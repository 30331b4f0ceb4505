import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { ensurePrivateFile, ensurePrivateFolder } from '../privateFiles';

export const BACKUPS_KEPT = 5;

/** Why a backup was made; "before-schema-12" is the copy taken before upgrading to schema 12. */
export type BackupReason =
  'daily' | 'manual' | 'before-restore' | 'before-move-in' | `before-schema-${number}`;

export interface BackupFile {
  /** The file name alone: what the API and the UI call a backup. */
  readonly name: string;
  readonly file: string;
  readonly createdAt: string;
  readonly bytes: number;
  readonly reason: string;
}

export function backupFolderFor(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), 'backups');
}

/** "<base>-2026-11-22T19-05-00-123Z-<reason>.sqlite": the stamp orders backups; nothing else does. */
const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/;
const STAMP_LENGTH = 24;
const EXTENSION = '.sqlite';

function stampOf(time: number): string {
  return new Date(time).toISOString().replace(/[:.]/g, '-');
}

function timeOfStamp(stamp: string): string {
  return stamp.replace(/^(.{10}T\d{2})-(\d{2})-(\d{2})-(\d{3}Z)$/, '$1:$2:$3.$4');
}

interface OwnBackup {
  readonly name: string;
  readonly stamp: string;
  readonly reason: string;
}

/** The app's own backups of this database, newest first; other files in the folder are not ours. */
function ownBackups(databaseFile: string): OwnBackup[] {
  const folder = backupFolderFor(databaseFile);
  if (!fs.existsSync(folder)) return [];
  const prefix = `${path.basename(databaseFile, path.extname(databaseFile))}-`;
  return fs
    .readdirSync(folder)
    .filter((name) => name.startsWith(prefix) && name.endsWith(EXTENSION))
    .map((name) => ({
      name,
      stamp: name.slice(prefix.length, prefix.length + STAMP_LENGTH),
      reason: name.slice(prefix.length + STAMP_LENGTH + 1, -EXTENSION.length),
    }))
    .filter((entry) => STAMP.test(entry.stamp))
    .sort((a, b) => b.stamp.localeCompare(a.stamp));
}

/** Backups of one kind replace each other; "before-schema-11" and "-12" are the same kind. */
function kindOf(reason: string): string {
  return reason.replace(/-\d+$/, '');
}

/**
 * Retention: the newest BACKUPS_KEPT of any kind, and besides them the newest of each kind. So a
 * run of "Back up now" clicks or daily starts never removes the last copy taken before a schema
 * upgrade or before a restore, and at most one extra file per kind is kept.
 */
export function backupsToRemove<B extends { stamp: string; reason: string }>(
  newestFirst: readonly B[],
): B[] {
  const newestOfKind = new Set<string>();
  return newestFirst.filter((backup, index) => {
    const kind = kindOf(backup.reason);
    const firstOfKind = !newestOfKind.has(kind);
    newestOfKind.add(kind);
    return index >= BACKUPS_KEPT && !firstOfKind;
  });
}

/**
 * Writes a consistent copy of the open database with VACUUM INTO (safe under WAL, unlike copying
 * the file while the -wal file holds recent commits), then applies the retention rule above. The
 * copy of an encrypted database is encrypted with the same passphrase: SQLite3 Multiple Ciphers
 * gives the file VACUUM INTO attaches the main database's key (encryption.ts).
 * `time` is injectable so tests can make "yesterday's" backup without waiting a day.
 */
export function backupDatabase(
  sqlite: Database,
  databaseFile: string,
  reason: BackupReason,
  time: number = Date.now(),
): BackupFile {
  const folder = backupFolderFor(databaseFile);
  ensurePrivateFolder(folder, { ours: true });
  const base = path.basename(databaseFile, path.extname(databaseFile));
  // Two backups in the same millisecond take the next one, so stamps stay unique and ordered.
  let at = time;
  const taken = new Set(ownBackups(databaseFile).map((entry) => entry.stamp));
  while (taken.has(stampOf(at))) at += 1;
  const name = `${base}-${stampOf(at)}-${reason}${EXTENSION}`;
  const target = path.join(folder, name);
  // VACUUM INTO takes an empty file: made private first, the copy is never readable by others.
  ensurePrivateFile(target);
  sqlite.prepare('VACUUM INTO ?').run(target);
  for (const old of backupsToRemove(ownBackups(databaseFile))) {
    fs.rmSync(path.join(folder, old.name), { force: true });
  }
  return {
    name,
    file: target,
    createdAt: new Date(at).toISOString(),
    bytes: fs.statSync(target).size,
    reason,
  };
}

export function listBackups(databaseFile: string): BackupFile[] {
  const folder = backupFolderFor(databaseFile);
  return ownBackups(databaseFile).map(({ name, stamp, reason }) => {
    const file = path.join(folder, name);
    return { name, file, createdAt: timeOfStamp(stamp), bytes: fs.statSync(file).size, reason };
  });
}

function localDay(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
}

/**
 * The first start of a day (the person's local day) backs the data up, so a bad day's work can be
 * undone from the morning's copy. Any own backup made earlier that day counts, including the one
 * taken before a schema upgrade at this very start.
 */
export function backupIfFirstStartToday(
  sqlite: Database,
  databaseFile: string,
  now: Date = new Date(),
): BackupFile | null {
  const today = localDay(now);
  const madeToday = listBackups(databaseFile).some(
    (backup) => localDay(new Date(backup.createdAt)) === today,
  );
  return madeToday ? null : backupDatabase(sqlite, databaseFile, 'daily', now.getTime());
}
