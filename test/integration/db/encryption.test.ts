import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { typedInvoke } from '../../../src/api/service';
import { DataFileError } from '../../../src/db/dataFileError';
import { databaseFileIn } from '../../../src/db/dataFolder';
import { lookOfDataFile } from '../../../src/db/encryption';
import { openDatabase, verifyDataFile, type Workbench } from '../../../src/db/openDatabase';
import { backupDatabase, listBackups } from '../../../src/db/system/backups';
import { changePassphrase, decryptData, encryptData } from '../../../src/db/system/passphrase';
import { restoreBackup } from '../../../src/db/system/restore';
import { loadDemoCounty, readDemoDataset } from '../../../src/demo/demoCounty';
import { demoLedgerCsv } from '../../../src/demo/demoFiscal';
import { resourcesFolder } from '../../../src/server/paths';
import { serviceOver, sha256, tempFolder } from '../../support/workbench';

const PASSPHRASE = 'correct horse battery staple';
/** Loading the demo through the service, ledger import job included, takes a while on two cores. */
const DEMO_TIMEOUT_MS = 180_000;
const dataset = readDemoDataset(resourcesFolder);
/** What must not be readable from the files: the demo's vendor names and case numbers. */
const secrets = [
  ...dataset.fiscal.vendors,
  ...new Set([...demoLedgerCsv(dataset.fiscal).matchAll(/,(C-\d{6}),/g)].map((m) => m[1] ?? '')),
];

/** The data file, its log and every backup, as they lie on disk now. */
function filesOf(workbench: Workbench): string[] {
  const sidecars = [`${workbench.file}-wal`, `${workbench.file}-journal`].filter((f) =>
    fs.existsSync(f),
  );
  return [workbench.file, ...sidecars, ...listBackups(workbench.file).map((b) => b.file)];
}

/** The secrets found in the files' bytes, by a plain byte search (what `strings` would show). */
function readableSecrets(files: readonly string[]): string[] {
  const found = new Set<string>();
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    for (const secret of secrets) if (bytes.includes(secret)) found.add(secret);
  }
  return [...found];
}

function ledgerRows(workbench: Workbench): number {
  return (workbench.sqlite.prepare('SELECT count(*) AS n FROM ledger_entry').get() as { n: number })
    .n;
}

async function demoWorkbench(passphrase: string | null): Promise<Workbench> {
  const workbench = openDatabase(databaseFileIn(tempFolder()), { passphrase });
  // The demo's ledger comes in through the import job: a worker thread with its own connection.
  await loadDemoCounty(typedInvoke(serviceOver(workbench)), dataset, 'fiscal');
  backupDatabase(workbench.sqlite, workbench.file, 'manual');
  return workbench;
}

function refusal(run: () => unknown): DataFileError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DataFileError);
    return error as DataFileError;
  }
  throw new Error('expected a DataFileError');
}

describe('encryption at rest', () => {
  it(
    'finds the demo’s vendors and case numbers in a plain file (the search works)',
    async () => {
      const workbench = await demoWorkbench(null);
      try {
        expect(secrets.length).toBeGreaterThan(dataset.fiscal.vendors.length);
        expect(readableSecrets(filesOf(workbench)).length).toBeGreaterThan(0);
        expect(lookOfDataFile(workbench.file)).toBe('plain');
      } finally {
        workbench.close();
      }
    },
    DEMO_TIMEOUT_MS,
  );

  it(
    'keeps them out of an encrypted file, its log and its backups; a job reads it',
    async () => {
      const workbench = await demoWorkbench(PASSPHRASE);
      try {
        // The import job opened the encrypted file with the same passphrase and wrote the ledger.
        expect(ledgerRows(workbench)).toBeGreaterThan(100);
        expect(workbench.passphrase).toBe(PASSPHRASE);
        expect(workbench.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
        const files = filesOf(workbench);
        expect(files.length).toBeGreaterThanOrEqual(2);
        expect(readableSecrets(files)).toEqual([]);
        expect(lookOfDataFile(workbench.file)).toBe('encrypted');
        const [backup] = listBackups(workbench.file);
        if (!backup) throw new Error('no backup');
        expect(lookOfDataFile(backup.file)).toBe('encrypted');
        expect(() => verifyDataFile(backup.file, { passphrase: PASSPHRASE })).not.toThrow();
        expect(refusal(() => verifyDataFile(backup.file, { passphrase: 'guess' })).problem).toBe(
          'wrong-passphrase',
        );
        // A restore opens the backup with the data's passphrase.
        const rows = ledgerRows(workbench);
        restoreBackup(workbench, backup);
        expect(ledgerRows(workbench)).toBe(rows);
        expect(readableSecrets(filesOf(workbench))).toEqual([]);
      } finally {
        workbench.close();
      }
    },
    DEMO_TIMEOUT_MS,
  );

  it('refuses a wrong or missing passphrase in plain words, and leaves the file as it was', () => {
    const file = databaseFileIn(tempFolder());
    openDatabase(file, { passphrase: PASSPHRASE }).close();
    const before = sha256(file);

    const wrong = refusal(() => openDatabase(file, { passphrase: 'Correct horse battery staple' }));
    expect(wrong.problem).toBe('wrong-passphrase');
    expect(wrong.message).toMatch(
      /^The passphrase does not open the data file .*Nothing was changed\.$/,
    );
    expect(wrong.message).not.toMatch(/corrupt|damaged|not a database/i);

    const missing = refusal(() => openDatabase(file));
    expect(missing.problem).toBe('passphrase-needed');
    expect(missing.message).toMatch(/is encrypted; it opens only with its passphrase/);

    expect(sha256(file)).toBe(before);
    const reopened = openDatabase(file, { passphrase: PASSPHRASE });
    reopened.close();
  });

  it('refuses a passphrase for a plain file, rather than reading it as damaged', () => {
    const file = databaseFileIn(tempFolder());
    openDatabase(file).close();
    expect(refusal(() => openDatabase(file, { passphrase: PASSPHRASE })).problem).toBe(
      'not-encrypted',
    );
  });

  it(
    'encrypts a plain file and its backups, changes the passphrase, and decrypts',
    async () => {
      const workbench = await demoWorkbench(null);
      try {
        const rows = ledgerRows(workbench);
        const encrypted = encryptData(workbench, PASSPHRASE);
        expect(encrypted.backupsLeft).toEqual([]);
        expect(encrypted.backupsRewritten).toBe(listBackups(workbench.file).length);
        expect(workbench.passphrase).toBe(PASSPHRASE);
        expect(ledgerRows(workbench)).toBe(rows);
        expect(workbench.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
        expect(readableSecrets(filesOf(workbench))).toEqual([]);
        // A job after the change opens the file with the new passphrase.
        const oneRow = demoLedgerCsv(dataset.fiscal).split('\r\n').slice(0, 2).join('\r\n');
        const imported = await typedInvoke(serviceOver(workbench))('fiscal.importLedger', {
          countyId: 49,
          fileName: 'one-more.csv',
          bytesBase64: Buffer.from(`${oneRow}\r\n`).toString('base64'),
          mapping: null,
        });
        expect(imported.rowCount).toBe(1);
        expect(ledgerRows(workbench)).toBe(rows + 1);

        expect(refusal(() => changePassphrase(workbench, 'guess', 'next one')).problem).toBe(
          'wrong-passphrase',
        );
        changePassphrase(workbench, PASSPHRASE, 'next one');
        expect(ledgerRows(workbench)).toBe(rows + 1);
        for (const backup of listBackups(workbench.file)) {
          expect(() => verifyDataFile(backup.file, { passphrase: 'next one' })).not.toThrow();
          expect(
            refusal(() => verifyDataFile(backup.file, { passphrase: PASSPHRASE })).problem,
          ).toBe('wrong-passphrase');
        }

        decryptData(workbench, 'next one');
        expect(workbench.passphrase).toBeNull();
        expect(lookOfDataFile(workbench.file)).toBe('plain');
        expect(ledgerRows(workbench)).toBe(rows + 1);
        for (const backup of listBackups(workbench.file)) {
          expect(() => verifyDataFile(backup.file)).not.toThrow();
        }
      } finally {
        workbench.close();
      }
      const file = workbench.file;
      const again = openDatabase(file);
      try {
        expect(ledgerRows(again)).toBeGreaterThan(100);
      } finally {
        again.close();
      }
      expect(path.basename(file)).toBe('workbench.sqlite');
    },
    DEMO_TIMEOUT_MS,
  );
});
