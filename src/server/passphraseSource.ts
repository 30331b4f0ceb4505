/**
 * Where `npm run serve` gets the data file's passphrase (issue 22): an unattended server reads it
 * from a file only its own account can read (`--passphrase-file`, or the systemd credential
 * `linkages-passphrase`); one person at a terminal types it at start. Never from an argument or
 * the environment, which other accounts can see in the process list.
 */
import fs from 'node:fs';
import path from 'node:path';

/** The systemd credential's name: `LoadCredential=linkages-passphrase:/etc/…` in the unit. */
export const SYSTEMD_CREDENTIAL = 'linkages-passphrase';

export class PassphraseFileRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PassphraseFileRefused';
  }
}

/**
 * The passphrase in `file`, without its final line break. Refused when others may read or change
 * the file (POSIX modes; Windows keeps access in ACLs, which the account's profile folder limits).
 * systemd's credentials directory is private to the service by design, whatever ACL mask its
 * files' group bits show, so its files are not held to the mode check.
 */
export function readPassphraseFile(
  file: string,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new PassphraseFileRefused(`The passphrase file ${file} cannot be read.`);
  }
  if (!stat.isFile()) throw new PassphraseFileRefused(`${file} is not a file.`);
  const fromSystemd =
    env.CREDENTIALS_DIRECTORY !== undefined &&
    path.dirname(path.resolve(file)) === path.resolve(env.CREDENTIALS_DIRECTORY);
  if (platform !== 'win32' && !fromSystemd && (stat.mode & 0o077) !== 0) {
    throw new PassphraseFileRefused(
      `The passphrase file ${file} can be read or changed by other accounts; make it private to this one (chmod 600).`,
    );
  }
  const passphrase = fs.readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  if (passphrase === '') throw new PassphraseFileRefused(`The passphrase file ${file} is empty.`);
  return passphrase;
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
