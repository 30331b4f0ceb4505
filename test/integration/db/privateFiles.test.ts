import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDatabase, backupFolderFor } from '../../../src/db/system/backups';
import { databaseFileIn } from '../../../src/db/dataFolder';
import { openDatabase } from '../../../src/db/openDatabase';
import { tempFolder } from '../../support/workbench';

const modeOf = (target: string) => (fs.statSync(target).mode & 0o777).toString(8);

describe('files private to the person running the Workbench', () => {
  // Whatever the umask: these tests run with the usual 022, under which SQLite made 0644 files.
  it('creates the data folder 0700 and the database, its logs and backups 0600', () => {
    const folder = path.join(tempFolder(), 'LinkagesWorkbench', 'Data');
    const file = databaseFileIn(folder);
    const workbench = openDatabase(file);
    try {
      workbench.sqlite.exec('CREATE TABLE scratch (x)'); // touch the log
      const backup = backupDatabase(workbench.sqlite, file, 'manual');
      expect(modeOf(folder)).toBe('700');
      expect(modeOf(backupFolderFor(file))).toBe('700');
      for (const made of [file, `${file}-wal`, `${file}-shm`, backup.file]) {
        expect([path.basename(made), modeOf(made)]).toEqual([path.basename(made), '600']);
      }
    } finally {
      workbench.close();
    }
  });

  it('tightens a database and backups folder left readable by an older version', () => {
    const folder = tempFolder();
    const file = databaseFileIn(folder);
    openDatabase(file).close();
    fs.chmodSync(file, 0o644);
    fs.mkdirSync(backupFolderFor(file), { mode: 0o755 });
    fs.chmodSync(backupFolderFor(file), 0o755);
    const workbench = openDatabase(file);
    try {
      backupDatabase(workbench.sqlite, file, 'manual');
      expect(modeOf(file)).toBe('600');
      expect(modeOf(backupFolderFor(file))).toBe('700');
    } finally {
      workbench.close();
    }
  });

  it('leaves alone the mode of a folder the person chose that already existed', () => {
    const folder = tempFolder();
    fs.chmodSync(folder, 0o750);
    openDatabase(databaseFileIn(folder)).close();
    expect(modeOf(folder)).toBe('750');
    expect(modeOf(databaseFileIn(folder))).toBe('600');
  });
});
