/**
 * Where `npm run serve` gets the data file's passphrase (issue 22): an unattended server reads it
 * from a file only its own account can read (`--passphrase-file`, or the systemd credential
 * `linkages-passphrase`); one person at a terminal types it at start. Never from an argument or
 * the environment, which other accounts can see in the process list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { databaseFileIn } from '../db/dataFolder';
import { lookOfDataFile } from '../db/encryption';

/** The systemd credential's name: `LoadCredential=linkages-passphrase:/etc/…` in the unit. */
export const SYSTEMD_CREDENTIAL = 'linkages-passphrase';

/** A secret's file that may not be used: missing, empty, or open to other accounts. */
export class PrivateFileRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrivateFileRefused';
  }
}
/** The name the data file's passphrase has always been refused under. */
export { PrivateFileRefused as PassphraseFileRefused };

/**
 * The passphrase in `file`, without its final line break. Refused when others may read or change
 * the file (see readPrivateFile).
 */
export function readPassphraseFile(
  file: string,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return readPrivateFile(file, 'passphrase file', platform, env);
}

/**
 * The secret in `file` (a passphrase, a user's password for `npm run users`), without its final
 * line break; `what` names it in refusals. Refused when others may read or change the file (POSIX
 * modes; Windows keeps access in ACLs, which the account's profile folder limits). systemd's
 * credentials directory is private to the service by design, whatever ACL mask its files' group
 * bits show, so its files are not held to the mode check.
 */
export function readPrivateFile(
  file: string,
  what: string,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new PrivateFileRefused(`The ${what} ${file} cannot be read.`);
  }
  if (!stat.isFile()) throw new PrivateFileRefused(`${file} is not a file.`);
  const fromSystemd =
    env.CREDENTIALS_DIRECTORY !== undefined &&
    path.dirname(path.resolve(file)) === path.resolve(env.CREDENTIALS_DIRECTORY);
  if (platform !== 'win32' && !fromSystemd && (stat.mode & 0o077) !== 0) {
    throw new PrivateFileRefused(
      `The ${what} ${file} can be read or changed by other accounts; make it private to this one (chmod 600).`,
    );
  }
  const secret = fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  if (secret === '') throw new PrivateFileRefused(`The ${what} ${file} is empty.`);
  return secret;
}

/** The file named by `--passphrase-file`, else systemd's credential when the unit passes one. */
export function passphraseFileFrom(
  option: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  if (option !== undefined) return path.resolve(option);
  const credentials = env.CREDENTIALS_DIRECTORY;
  if (!credentials) return null;
  const file = path.join(credentials, SYSTEMD_CREDENTIAL);
  return fs.existsSync(file) ? file : null;
}

/** Asks on the terminal without echoing what is typed; null when there is no terminal. */
export function askPassphrase(question: string): Promise<string | null> {
  const input = process.stdin;
  if (!input.isTTY) return Promise.resolve(null);
  process.stdout.write(question);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolve) => {
    let typed = '';
    const finish = (answer: string | null) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stdout.write('\n');
      resolve(answer);
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') return finish(typed);
        if (character === '\u0003' || character === '\u0004') return finish(null);
        if (character === '\u007f' || character === '\b') typed = typed.slice(0, -1);
        else typed += character;
      }
    };
    input.on('data', onData);
  });
}

/** An encrypted data file, no passphrase file, and no terminal to type the passphrase at. */
export class PassphraseNeeded extends Error {
  constructor(dataFolder: string) {
    super(
      `The data in ${dataFolder} is encrypted. Run from a terminal to type its passphrase, or give a file holding it that only this account can read: --passphrase-file FILE.`,
    );
    this.name = 'PassphraseNeeded';
  }
}

/**
 * The data file's passphrase from its file (passphraseFileFrom); else, for an encrypted data file,
 * typed at the terminal; null for a new or plain data file without a passphrase file. Throws
 * PrivateFileRefused or PassphraseNeeded.
 */
export async function dataFilePassphrase(
  dataFolder: string,
  passphraseFile: string | null,
): Promise<string | null> {
  if (passphraseFile) return readPassphraseFile(passphraseFile);
  if (lookOfDataFile(databaseFileIn(dataFolder)) !== 'encrypted') return null;
  const typed = await askPassphrase(`The data in ${dataFolder} is encrypted. Passphrase: `);
  if (typed === null) throw new PassphraseNeeded(dataFolder);
  return typed;
}
