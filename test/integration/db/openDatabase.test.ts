import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../src/db/system/backups';
import { DataFileError } from '../../../src/db/dataFileError';
import { defaultMigrationsFolder, openDatabase } from '../../../src/db/openDatabase';
import { listCounties } from '../../../src/db/workspace/repository';
import { readDemoDataset } from '../../../src/demo/demoCounty';
import { loadDemoFiscal } from '../../../src/demo/demoFiscal';
import { typedInvoke } from '../../../src/api/service';
import { resourcesFolder } from '../../../src/server/paths';
import { serviceOver, sha256, tempFolder, olderMigrations } from '../../support/workbench';

const shippedMigrations = (
  JSON.parse(
    fs.readFileSync(path.join(defaultMigrationsFolder, 'meta', '_journal.json'), 'utf8'),
  ) as { entries: { tag: string }[] }
).entries;

function expectDataFileError(run: () => unknown, problem: DataFileError['problem']): DataFileError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).problem).toBe(problem);
    return error as DataFileError;
  }
  throw new Error(`expected a ${problem} DataFileError`);
}

describe('openDatabase on a fresh file', () => {
  it('migrates and holds the 58 California counties with their FIPS codes', () => {
    const file = path.join(tempFolder(), 'workbench.sqlite');
    const workbench = openDatabase(file);
    try {
      const counties = listCounties(workbench.db);
      expect(counties).toHaveLength(58);
      const byName = new Map(counties.map((c) => [c.name, c.fips]));
      expect(byName.get('Alameda')).toBe('06001');
      expect(byName.get('Los Angeles')).toBe('06037');
      expect(byName.get('San Francisco')).toBe('06075');
      expect(byName.get('Sonoma')).toBe('06097');
      expect(byName.get('Yuba')).toBe('06115');
      expect(new Set(counties.map((c) => c.fips)).size).toBe(58);
      expect(workbench.schemaVersion).toBe(shippedMigrations.length);
      // A new file has nothing to lose: no backup.
      expect(workbench.backupBeforeMigration).toBeNull();
      expect(listBackups(file)).toEqual([]);
    } finally {
      workbench.close();
    }
  });

  it('sets WAL, foreign keys and a busy timeout', () => {
    const workbench = openDatabase(path.join(tempFolder(), 'workbench.sqlite'));
    try {
      expect(workbench.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(workbench.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(workbench.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    } finally {
      workbench.close();
    }
  });
});

describe('openDatabase on an existing file', () => {
  it('applies nothing and makes no backup when the schema is current', () => {
    const file = path.join(tempFolder(), 'workbench.sqlite');
    openDatabase(file).close();
    const reopened = openDatabase(file);
    try {
      expect(reopened.backupBeforeMigration).toBeNull();
      expect(listBackups(file)).toEqual([]);
      expect(listCounties(reopened.db)).toHaveLength(58);
    } finally {
      reopened.close();
    }
  });

  it('backs the file up before applying a pending migration', () => {
    const file = path.join(tempFolder(), 'workbench.sqlite');
    const older = openDatabase(file, { migrationsFolder: olderMigrations(1) });
    expect(older.schemaVersion).toBe(1);
    expect(listCounties(older.db)).toHaveLength(0);
    older.close();

    const upgraded = openDatabase(file);
    try {
      expect(upgraded.schemaVersion).toBe(shippedMigrations.length);
      expect(listCounties(upgraded.db)).toHaveLength(58);
      const backups = listBackups(file);
      expect(backups).toHaveLength(1);
      const backupFile = upgraded.backupBeforeMigration ?? '';
      expect(backupFile).toBe(backups[0]?.file);
      // The backup is the file as it was: schema 1, no counties yet.
      const copy = new Sqlite(backupFile, { readonly: true });
      try {
        expect(copy.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({
          n: 1,
        });
        expect(copy.prepare('SELECT count(*) AS n FROM county').get()).toEqual({ n: 0 });
      } finally {
        copy.close();
      }
    } finally {
      upgraded.close();
    }
  });

  it('keeps only the newest five backups', () => {
    const folder = tempFolder();
    const file = path.join(folder, 'workbench.sqlite');
    const backups = path.join(folder, 'backups');
    fs.mkdirSync(backups);
    for (let i = 0; i < 6; i++) {
      fs.writeFileSync(
        path.join(backups, `workbench-2020-01-0${i + 1}T00-00-00-000Z-old.sqlite`),
        '',
      );
    }
    fs.writeFileSync(path.join(backups, 'my-own-copy.sqlite'), 'the user put this here');
    openDatabase(file, { migrationsFolder: olderMigrations(1) }).close();
    openDatabase(file).close();
    const names = fs.readdirSync(backups).filter((name) => name !== 'my-own-copy.sqlite');
    expect(names).toHaveLength(5);
    expect(fs.existsSync(path.join(backups, 'my-own-copy.sqlite'))).toBe(true);
    expect(listBackups(file)[0]?.file).toMatch(/before-schema/);
    expect(names.some((name) => name.includes('before-schema'))).toBe(true);
    expect(names).not.toContain('workbench-2020-01-01T00-00-00-000Z-old.sqlite');
    expect(names).not.toContain('workbench-2020-01-02T00-00-00-000Z-old.sqlite');
  });

  it('rebuilds the ledger (schema 9) keeping every row, its sums and its triggers', async () => {
    const file = path.join(tempFolder(), 'workbench.sqlite');
    const older = openDatabase(file, { migrationsFolder: olderMigrations(8) });
    // Today's code writes the record versions a later migration (0015) adds: lend the column to
    // the older schema while the demo loads, then take it away again before the upgrade.
    const lent = ['funding_stream', 'service_category', 'budget', 'ledger_entry'];
    for (const table of lent) {
      older.sqlite.exec(`ALTER TABLE ${table} ADD version integer DEFAULT 1 NOT NULL`);
    }
    await loadDemoFiscal(
      typedInvoke(serviceOver(older)),
      49,
      readDemoDataset(resourcesFolder).fiscal,
    );
    for (const table of lent) older.sqlite.exec(`ALTER TABLE ${table} DROP COLUMN version`);
    const snapshot = (sqlite: Sqlite.Database) => ({
      rows: (sqlite.prepare('SELECT * FROM ledger_entry ORDER BY id').all() as object[]).map(
        ({ version: _version, ...row }: { version?: number }) => row,
      ),
      cells: sqlite.prepare('SELECT * FROM ledger_cell ORDER BY 1, 2, 3, 4, 5').all(),
    });
    const before = snapshot(older.sqlite);
    expect(before.rows.length).toBeGreaterThan(2000);
    older.close();

    const upgraded = openDatabase(file);
    try {
      expect(snapshot(upgraded.sqlite)).toEqual(before);
      const schemaNames = (type: string) =>
        upgraded.sqlite
          .prepare(
            `SELECT name FROM sqlite_master WHERE type = ? AND tbl_name LIKE 'ledger%' ORDER BY 1`,
          )
          .pluck()
          .all(type);
      expect(schemaNames('trigger')).toEqual([
        'ledger_cell_delete',
        'ledger_cell_insert',
        'ledger_cell_update',
        'ledger_entry_version',
      ]);
      expect(schemaNames('table')).not.toContain('ledger_bulk_write');
      expect(schemaNames('index')).toEqual(
        expect.arrayContaining(['ledger_entry_amount_idx', 'ledger_entry_day_idx']),
      );
      // A row entered after the upgrade takes a new id and reaches the sums.
      const invoke = typedInvoke(serviceOver(upgraded));
      const last = before.rows.at(-1) as {
        id: number;
        date: string;
        stream_id: number;
        category_id: number;
      };
      const added = await invoke('fiscal.saveEntry', {
        countyId: 49,
        date: last.date,
        streamId: last.stream_id,
        categoryId: last.category_id,
        amount: '1.00',
      });
      expect(added.id).toBeGreaterThan(last.id);
      const entries = upgraded.sqlite.prepare('SELECT sum(entries) FROM ledger_cell').pluck().get();
      expect(entries).toBe(before.rows.length + 1);
    } finally {
      upgraded.close();
    }
  });
});

describe('openDatabase when something other than the file is wrong', () => {
  it('checks that every shipped migration ran, even one dated before the last applied', () => {
    const file = path.join(tempFolder(), 'workbench.sqlite');
    openDatabase(file, { migrationsFolder: olderMigrations(1) }).close();
    // A migration whose journal date is older than the applied one: drizzle would skip it.
    const skewed = olderMigrations(shippedMigrations.length);
    const journalFile = path.join(skewed, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as {
      entries: { when: number }[];
    };
    const last = journal.entries.at(-1);
    if (last) last.when = (journal.entries[0]?.when ?? 0) - 1000;
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    expect(() => openDatabase(file, { migrationsFolder: skewed })).toThrow(
      // Every migration but the skewed last one ran.
      new RegExp(`stopped at step ${shippedMigrations.length - 1} of ${shippedMigrations.length}`),
    );
  });

  it('does not blame the data file when the database engine cannot load', () => {
    const file = path.join(tempFolder(), 'workbench.sqlite');
    let thrown: unknown;
    try {
      openDatabase(file, { nativeBinding: path.join(tempFolder(), 'missing.node') });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(DataFileError);
  });
});

describe('openDatabase refuses files it must not touch', () => {
  it('says plainly that a corrupt file is not readable, and leaves it as it was', () => {
    const file = path.join(tempFolder(), 'workbench.sqlite');
    fs.writeFileSync(file, Buffer.alloc(8192, 0x5a));
    const before = sha256(file);
    const error = expectDataFileError(() => openDatabase(file), 'corrupt');
    expect(error.message).toMatch(/not a readable database/);
    expect(error.message).toMatch(/restore a backup/);
    expect(sha256(file)).toBe(before);
  });

  it('refuses a file from a newer app, and leaves it as it was', () => {
    const file = path.join(tempFolder(), 'workbench.sqlite');
    openDatabase(file).close();
    const raw = new Sqlite(file);
    raw
      .prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)')
      .run('from-the-future', Date.now() + 1e9);
    raw.close();
    const before = sha256(file);
    const error = expectDataFileError(() => openDatabase(file), 'too-new');
    expect(error.message).toMatch(/newer Linkages Workbench/);
    expect(error.message).toMatch(new RegExp(`this app knows ${shippedMigrations.length}`));
    expect(sha256(file)).toBe(before);
    expect(listBackups(file)).toEqual([]);
  });

  it('refuses a file whose schema history differs from ours', () => {
    const file = path.join(tempFolder(), 'workbench.sqlite');
    openDatabase(file).close();
    const raw = new Sqlite(file);
    // drizzle declares the id column SERIAL, which SQLite leaves NULL: rowid orders the rows.
    const changed = raw
      .prepare(
        'UPDATE __drizzle_migrations SET hash = ? WHERE rowid = (SELECT min(rowid) FROM __drizzle_migrations)',
      )
      .run('edited');
    expect(changed.changes).toBe(1);
    raw.close();
    expectDataFileError(() => openDatabase(file), 'unknown-history');
  });

  it('refuses some other application’s SQLite database', () => {
    const file = path.join(tempFolder(), 'workbench.sqlite');
    const raw = new Sqlite(file);
    raw.exec('CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)');
    raw.close();
    const before = sha256(file);
    const error = expectDataFileError(() => openDatabase(file), 'foreign');
    expect(error.message).toMatch(/not a Linkages Workbench data file/);
    // Not even switched to WAL: the file is exactly as it was.
    expect(sha256(file)).toBe(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });
});
