/**
 * Encryption at rest (DESIGN.md, data rules: "encrypted at rest when the county chooses"). The data
 * file, its -wal log and its backups are written in SQLCipher 4's format by SQLite3 Multiple
 * Ciphers (better-sqlite3-multiple-ciphers), so case numbers and vendor names cannot be read from
 * the file without its passphrase, and a SQLCipher 4 tool can open it with the passphrase.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Sqlite from 'better-sqlite3';
import Engine from 'better-sqlite3-multiple-ciphers';
import { DataFileError } from './dataFileError';
import { ensurePrivateFile } from './privateFiles';

/** The first 16 bytes of every plain SQLite file; an encrypted one starts with random salt. */
const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** Distinct byte values in a file's first 256 bytes above which they look like ciphertext. */
const CIPHERTEXT_VARIETY = 100;

export type FileLook = 'empty' | 'plain' | 'encrypted' | 'unknown';

/**
 * What a data file looks like from its first bytes: a shell asks for a passphrase when it looks
 * encrypted. "unknown" is neither SQLite's header nor random-looking bytes: damaged, or not ours.
 */
export function lookOfDataFile(file: string): FileLook {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return 'empty';
  }
  try {
    const head = Buffer.alloc(256);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    if (read === 0) return 'empty';
    if (read >= PLAIN_HEADER.length && head.subarray(0, PLAIN_HEADER.length).equals(PLAIN_HEADER))
      return 'plain';
    return new Set(head.subarray(0, read)).size > CIPHERTEXT_VARIETY ? 'encrypted' : 'unknown';
  } finally {
    fs.closeSync(fd);
  }
}

/** The engine refuses to encrypt (a plain better-sqlite3 build): never store data unencrypted then. */
export class EncryptionUnavailable extends Error {
  constructor() {
    super(
      'This build of the Workbench’s database engine cannot encrypt. Rebuild it (npm install, npm run rebuild:electron); the data was left as it is.',
    );
    this.name = 'EncryptionUnavailable';
  }
}

const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Sets SQLCipher 4's settings and the passphrase on a connection just opened, before anything reads
 * the file. The key is derived from the passphrase by SQLCipher's KDF (PBKDF2, 256,000 rounds), so
 * each open costs a fraction of a second; that is the price of a passphrase a person can type.
 */
export function applyPassphrase(sqlite: Sqlite.Database, passphrase: string): void {
  if (passphrase === '') throw new Error('An empty passphrase encrypts nothing.');
  useSqlCipher4(sqlite);
  sqlite.pragma(`key = ${quoted(passphrase)}`);
}

/** SQLCipher 4's format on this connection, or EncryptionUnavailable from a plain engine. */
function useSqlCipher4(sqlite: Sqlite.Database): void {
  // A plain SQLite ignores pragmas it does not know: an empty answer means no encryption at all.
  const cipher = sqlite.pragma(`cipher = 'sqlcipher'`, { simple: true });
  if (cipher !== 'sqlcipher') throw new EncryptionUnavailable();
  sqlite.pragma('legacy = 4');
}

/**
 * Reads the schema once, so a wrong passphrase is refused here in plain words instead of later as
 * "file is not a database" or a damaged file. Throws DataFileError; closes nothing.
 */
export function checkPassphrase(
  sqlite: Sqlite.Database,
  file: string,
  passphrase: string | null,
): void {
  try {
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    if (!(error instanceof Engine.SqliteError) || error.code !== 'SQLITE_NOTADB') throw error;
    const look = lookOfDataFile(file);
    if (passphrase !== null && look === 'plain') {
      throw new DataFileError(
        'not-encrypted',
        `The data file ${file} is not encrypted, so it opens without a passphrase. Nothing was changed.`,
      );
    }
    if (passphrase !== null) {
      throw new DataFileError(
        'wrong-passphrase',
        `The passphrase does not open the data file ${file}. Nothing was changed.`,
      );
    }
    if (look === 'encrypted') {
      throw new DataFileError(
        'passphrase-needed',
        `The data file ${file} is encrypted; it opens only with its passphrase. Nothing was changed.`,
      );
    }
    // Neither encrypted nor readable: the integrity check says "damaged" in its own words.
  }
}

/**
 * A copy of the open database under another passphrase (null: not encrypted), written beside it
 * and made private before any page goes in. VACUUM INTO gives a consistent snapshot while other
 * connections read (the copy has the source's key); the rekey then runs on that copy alone, so
 * an interrupted rekey can only spoil the copy, never the live file. The caller swaps it in.
 */
export function copyUnderPassphrase(
  sqlite: Sqlite.Database,
  databaseFile: string,
  passphrases: { readonly current: string | null; readonly next: string | null },
  nativeBinding?: string,
): string {
  const { current, next } = passphrases;
  const copy = path.join(path.dirname(databaseFile), `.rekeying-${randomUUID()}.sqlite`);
  ensurePrivateFile(copy);
  try {
    sqlite.prepare('VACUUM INTO ?').run(copy);
    const target = new Engine(copy, nativeBinding ? { nativeBinding } : {});
    try {
      if (current !== null) applyPassphrase(target, current);
      // SQLite3 Multiple Ciphers rekeys only outside WAL mode; a VACUUM INTO copy is not in it.
      target.pragma('journal_mode = DELETE');
      if (next === null) {
        target.pragma(`rekey = ''`);
      } else {
        if (current === null) useSqlCipher4(target);
        target.pragma(`rekey = ${quoted(next)}`);
      }
    } finally {
      target.close();
    }
    return copy;
  } catch (error) {
    removeCopy(copy);
    throw error;
  }
}

export function removeCopy(copy: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal'])
    fs.rmSync(`${copy}${suffix}`, { force: true });
}
