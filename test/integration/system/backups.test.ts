import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  backupDatabase,
  backupFolderFor,
  backupsToRemove,
  listBackups,
} from '../../../src/db/system/backups';
import { openDatabase } from '../../../src/db/openDatabase';
import { keepDailyBackups } from '../../../src/db/system/dailyBackups';
import { tempFolder, olderMigrations } from '../../support/workbench';

/** Local wall-clock times: "today" is the person's day, not UTC's. */
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute);

function startAt(file: string, now: Date): void {
  openDatabase(file, { dailyBackup: true, now: () => now }).close();
}

describe('the daily backup', () => {
  it('is made on the first start of each local day, and only then', () => {
    const file = path.join(tempFolder(), 'workbench.sqlite');
    // A brand-new file has nothing to lose: its first start makes no copy.
    startAt(file, at(20, 8));
    expect(listBackups(file)).toEqual([]);

    startAt(file, at(20, 9));
    const first = listBackups(file);
    expect(first.map((b) => b.reason)).toEqual(['daily']);
    expect(new Date(first[0]?.createdAt ?? '').getTime()).toBe(at(20, 9).getTime());

    startAt(file, at(20, 23, 59));
    expect(listBackups(file)).toHaveLength(1);

    // Past local midnight is another day, however few minutes later.
    startAt(file, at(21, 0, 1));
    const second = listBackups(file);
    expect(second.map((b) => b.reason)).toEqual(['daily', 'daily']);
    expect(new Date(second[0]?.createdAt ?? '').getTime()).toBe(at(21, 0, 1).getTime());
  });

  it('is not made when the start already copied the file before a schema upgrade', () => {
    const file = path.join(tempFolder(), 'workbench.sqlite');
    openDatabase(file, { migrationsFolder: olderMigrations(1) }).close();
    openDatabase(file, { dailyBackup: true }).close();
    expect(listBackups(file).map((b) => b.reason)).toEqual([
      expect.stringMatching(/^before-schema-\d+$/),
    ]);
  });

  it('is made each day while the Workbench stays open, and not once it has stopped', async () => {
    const file = path.join(tempFolder(), 'workbench.sqlite');
    startAt(file, at(20, 8)); // a new file: nothing to copy yet
    let now = at(20, 9);
    const workbench = openDatabase(file, { dailyBackup: true, now: () => now });
    expect(listBackups(file).map((b) => b.reason)).toEqual(['daily']);
    const daily = keepDailyBackups(workbench, { now: () => now, everyMs: 10 });
    const checks = () => new Promise((resolve) => setTimeout(resolve, 80));

    await checks(); // the same day: today's copy is there
    expect(listBackups(file)).toHaveLength(1);
    now = at(21, 0, 30); // past midnight, still open
    await checks();
    expect(listBackups(file).map((b) => b.createdAt)).toEqual([
      at(21, 0, 30).toISOString(),
      at(20, 9).toISOString(),
    ]);
    await checks(); // one a day, however often it looks
    expect(listBackups(file)).toHaveLength(2);

    daily.stop();
    now = at(22, 7);
    await checks();
    expect(listBackups(file)).toHaveLength(2);
    workbench.close();
  });

  it('is not made unless the shell asks for it', () => {
    const file = path.join(tempFolder(), 'workbench.sqlite');
    openDatabase(file).close();
    openDatabase(file).close();
    expect(listBackups(file)).toEqual([]);
  });
});

describe('retention', () => {
  const entry = (stamp: string, reason: string) => ({ stamp, reason });

  it('keeps the newest five and the newest of each kind', () => {
    const newestFirst = [
      entry('9', 'manual'),
      entry('8', 'manual'),
      entry('7', 'manual'),
      entry('6', 'manual'),
      entry('5', 'manual'),
      entry('4', 'manual'),
      entry('3', 'daily'),
      entry('2', 'before-schema-12'),
      entry('1', 'before-schema-11'),
      entry('0', 'daily'),
    ];
    expect(backupsToRemove(newestFirst).map((b) => b.stamp)).toEqual(['4', '1', '0']);
  });

  it('lets a burst of manual backups push out neither the upgrade, restore nor daily copies', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'workbench.sqlite');
    const backups = backupFolderFor(file);
    fs.mkdirSync(backups);
    for (const name of [
      'workbench-2020-01-01T00-00-00-000Z-before-schema-11.sqlite',
      'workbench-2020-02-01T00-00-00-000Z-before-schema-12.sqlite',
      'workbench-2020-03-01T00-00-00-000Z-before-restore.sqlite',
      'my-own-copy.sqlite',
    ]) {
      fs.writeFileSync(path.join(backups, name), '');
    }
    const workbench = openDatabase(file);
    try {
      backupDatabase(workbench.sqlite, file, 'daily', Date.UTC(2026, 0, 1));
      for (let i = 0; i < 7; i++) {
        backupDatabase(workbench.sqlite, file, 'manual', Date.UTC(2026, 0, 2 + i));
      }
    } finally {
      workbench.close();
    }
    const kept = listBackups(file);
    expect(kept.map((b) => `${b.createdAt.slice(0, 10)} ${b.reason}`)).toEqual([
      '2026-01-08 manual',
      '2026-01-07 manual',
      '2026-01-06 manual',
      '2026-01-05 manual',
      '2026-01-04 manual',
      '2026-01-01 daily',
      '2020-03-01 before-restore',
      '2020-02-01 before-schema-12',
    ]);
    // Files that are not the app's own backups are never touched.
    expect(fs.existsSync(path.join(backups, 'my-own-copy.sqlite'))).toBe(true);
  });

  it('names each backup by its file name alone and reports its size', () => {
    const file = path.join(tempFolder(), 'workbench.sqlite');
    const workbench = openDatabase(file);
    try {
      const made = backupDatabase(workbench.sqlite, file, 'manual', Date.UTC(2026, 10, 23, 14, 5));
      expect(made.name).toBe('workbench-2026-11-23T14-05-00-000Z-manual.sqlite');
      expect(listBackups(file)).toEqual([
        {
          name: made.name,
          file: path.join(backupFolderFor(file), made.name),
          createdAt: '2026-11-23T14:05:00.000Z',
          bytes: fs.statSync(made.file).size,
          reason: 'manual',
        },
      ]);
      expect(made.bytes).toBeGreaterThan(0);
    } finally {
      workbench.close();
    }
  });
});
