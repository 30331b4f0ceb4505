import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';

export const BACKUPS_KEPT = 5;

export interface BackupFile {
  readonly file: string;
  readonly createdAt: string;
  readonly bytes: number;
}

export function backupFolderFor(databaseFile: string): string {
  return path.join(path.dirname(databaseFile), 'backups');
}

/** "<base>-2026-11-22T19-05-00-123Z-<reason>.sqlite": the stamp orders backups; nothing else does. */
const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/;

function stampOf(time: number): string {
  return new Date(time).toISOString().replace(/[:.]/g, '-');
}

function timeOfStamp(stamp: string): string {
  return stamp.replace(/^(.{10}T\d{2})-(\d{2})-(\d{2})-(\d{3}Z)$/, '$1:$2:$3.$4');
}

/** The app's own backups of this database, newest first; other files in the folder are not ours. */
function ownBackups(databaseFile: string): { name: string; stamp: string }[] {
  const folder = backupFolderFor(databaseFile);
  if (!fs.existsSync(folder)) return [];
  const prefix = `${path.basename(databaseFile, path.extname(databaseFile))}-`;
  return fs
    .readdirSync(folder)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.sqlite'))
    .map((name) => ({ name, stamp: name.slice(prefix.length, prefix.length + 24) }))
    .filter((entry) => STAMP.test(entry.stamp))
    .sort((a, b) => b.stamp.localeCompare(a.stamp));
}

/**
 * Writes a consistent copy of the open database with VACUUM INTO (safe under WAL, unlike copying
 * the file while the -wal file holds recent commits), then keeps only the newest BACKUPS_KEPT.
 */
export function backupDatabase(sqlite: Database, databaseFile: string, reason: string): BackupFile {
  const folder = backupFolderFor(databaseFile);
  fs.mkdirSync(folder, { recursive: true });
  const base = path.basename(databaseFile, path.extname(databaseFile));
  // Two backups in the same millisecond take the next one, so stamps stay unique and ordered.
  let time = Date.now();
  const taken = new Set(ownBackups(databaseFile).map((entry) => entry.stamp));
  while (taken.has(stampOf(time))) time += 1;
  const target = path.join(folder, `${base}-${stampOf(time)}-${reason}.sqlite`);
  sqlite.prepare('VACUUM INTO ?').run(target);
  for (const old of ownBackups(databaseFile).slice(BACKUPS_KEPT)) {
    fs.rmSync(path.join(folder, old.name), { force: true });
  }
  return { file: target, createdAt: new Date(time).toISOString(), bytes: fs.statSync(target).size };
}

export function listBackups(databaseFile: string): BackupFile[] {
  const folder = backupFolderFor(databaseFile);
  return ownBackups(databaseFile).map(({ name, stamp }) => {
    const file = path.join(folder, name);
    return { file, createdAt: timeOfStamp(stamp), bytes: fs.statSync(file).size };
  });
}
