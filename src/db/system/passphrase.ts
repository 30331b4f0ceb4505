/**
 * Encrypting the data file, changing its passphrase, decrypting it (issue 22). Each writes a copy
 * under the new passphrase, checks that it opens with it as a restore would, and swaps it in the
 * way a restore does, so a failure leaves the data as it was. Then the backups beside it are
 * rewritten under the same passphrase: none stays readable without it, or opens with an old one.
 */
import fs from 'node:fs';
import Engine from 'better-sqlite3-multiple-ciphers';
import { DataFileError } from '../dataFileError';
import { applyPassphrase, checkPassphrase, copyUnderPassphrase, removeCopy } from '../encryption';
import { verifyDataFile, type Workbench } from '../openDatabase';
import { listBackups } from './backups';
import { replaceLiveFile } from './restore';

export interface PassphraseChange {
  /** Backups rewritten under the new passphrase. */
  readonly backupsRewritten: number;
  /** Backups left as they were: they did not open with the passphrase the data had (names). */
  readonly backupsLeft: readonly string[];
}

/** Encrypts a plain data file and its backups with `passphrase`. */
export function encryptData(workbench: Workbench, passphrase: string): PassphraseChange {
  if (workbench.passphrase !== null) {
    throw new Error('The data is already encrypted; change its passphrase instead.');
  }
  return rekeyData(workbench, passphrase);
}

/** Changes the passphrase; `current` must be the one the data opened with. */
export function changePassphrase(
  workbench: Workbench,
  current: string,
  next: string,
): PassphraseChange {
  checkCurrent(workbench, current);
  return rekeyData(workbench, next);
}

/** Stores the data and its backups unencrypted again; `current` must be the passphrase. */
export function decryptData(workbench: Workbench, current: string): PassphraseChange {
  checkCurrent(workbench, current);
  return rekeyData(workbench, null);
}

function checkCurrent(workbench: Workbench, current: string): void {
  if (workbench.passphrase === null) {
    throw new Error('The data is not encrypted.');
  }
  if (current !== workbench.passphrase) {
    throw new DataFileError(
      'wrong-passphrase',
      'That is not the passphrase the data is encrypted with. Nothing was changed.',
    );
  }
}

function rekeyData(workbench: Workbench, next: string | null): PassphraseChange {
  if (next === '') throw new Error('An empty passphrase encrypts nothing.');
  const current = workbench.passphrase;
  const nativeBinding = workbench.nativeBinding ?? undefined;
  const copy = copyUnderPassphrase(
    workbench.sqlite,
    workbench.file,
    { current, next },
    nativeBinding,
  );
  try {
    verifyDataFile(copy, {
      migrationsFolder: workbench.migrationsFolder,
      nativeBinding,
      passphrase: next,
    });
    workbench.reopen(() => replaceLiveFile(workbench.file, copy), next);
  } finally {
    // Gone once renamed into place; left behind only when something failed.
    removeCopy(copy);
  }
  return rekeyBackups(workbench.file, { current, next }, nativeBinding);
}

function rekeyBackups(
  databaseFile: string,
  passphrases: { readonly current: string | null; readonly next: string | null },
  nativeBinding: string | undefined,
): PassphraseChange {
  let backupsRewritten = 0;
  const backupsLeft: string[] = [];
  for (const backup of listBackups(databaseFile)) {
    const source = new Engine(backup.file, {
      readonly: true,
      fileMustExist: true,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    try {
      if (passphrases.current !== null) applyPassphrase(source, passphrases.current);
      checkPassphrase(source, backup.file, passphrases.current);
    } catch {
      source.close();
      backupsLeft.push(backup.name);
      continue;
    }
    let copy: string;
    try {
      copy = copyUnderPassphrase(source, backup.file, passphrases, nativeBinding);
    } finally {
      source.close();
    }
    fs.renameSync(copy, backup.file);
    backupsRewritten += 1;
  }
  return { backupsRewritten, backupsLeft };
}
