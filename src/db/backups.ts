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

/**
 * Writes a consistent copy of the open database with VACUUM INTO (safe under WAL, unlike copying
 * the file while the -wal file holds recent commits), then keeps only the newest BACKUPS_KEPT.
 */
export function backupDatabase(sqlite: Database, databaseFile: string, reason: string): BackupFile {
  const folder = backupFolderFor(databaseFile);
  fs.mkdirSync(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const base = path.basename(databaseFile, path.extname(databaseFile));
  let target = path.join(folder, `${base}-${stamp}-${reason}.sqlite`);
  for (let n = 2; fs.existsSync(target); n++) {
    target = path.join(folder, `${base}-${stamp}-${reason}-${n}.sqlite`);
  }
  sqlite.prepare('VACUUM INTO ?').run(target);
  pruneBackups(folder, BACKUPS_KEPT);
  const stat = fs.statSync(target);
  return { file: target, createdAt: stat.mtime.toISOString(), bytes: stat.size };
}

export function listBackups(databaseFile: string): BackupFile[] {
  const folder = backupFolderFor(databaseFile);
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.sqlite'))
    .map((name) => {
      const file = path.join(folder, name);
      const stat = fs.statSync(file);
      return { file, createdAt: stat.mtime.toISOString(), bytes: stat.size };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file));
}

function pruneBackups(folder: string, keep: number): void {
  const names = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.sqlite'))
    .sort(); // names start with an ISO timestamp, so name order is age order
  for (const name of names.slice(0, Math.max(0, names.length - keep))) {
    fs.rmSync(path.join(folder, name), { force: true });
  }
}
