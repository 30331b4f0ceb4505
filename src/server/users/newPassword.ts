/**
 * The password `npm run users` sets: from a file only this account can read, or typed twice at the
 * terminal without echo. Never from an argument, which other accounts see in the process list.
 */
import { passwordProblems } from '../../core/system/passwordPolicy';
import { askPassphrase, readPrivateFile } from '../passphraseSource';

/** No password could be taken, or the one given breaks the policy; the message says which. */
export class PasswordRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PasswordRefused';
  }
}

export interface PasswordSource {
  readonly passwordFile: string | null;
  /** A user who signs in through the identity provider may be left without a password. */
  readonly optional: boolean;
}

async function typedTwice(userName: string): Promise<string | null> {
  const first = await askPassphrase(`New password for ${userName}: `);
  if (first === null) return null;
  const second = await askPassphrase('The same again: ');
  if (second === null) return null;
  if (first !== second) throw new PasswordRefused('The two passwords differ; nothing was changed.');
  return first;
}

/** The new password, checked against the policy; null only when `optional` and none was given. */
export async function newPassword(
  userName: string,
  source: PasswordSource,
): Promise<string | null> {
  let password: string | null;
  if (source.passwordFile) {
    password = readPrivateFile(source.passwordFile, 'password file');
  } else if (source.optional) {
    return null;
  } else {
    password = await typedTwice(userName);
    if (password === null) {
      throw new PasswordRefused(
        'No password given: run this at a terminal to type it, or give a file holding it that only this account can read (--password-file FILE).',
      );
    }
  }
  const problems = passwordProblems(password, userName);
  if (problems.length > 0) {
    throw new PasswordRefused(
      ['The password cannot be used:', ...problems.map((problem) => `  - ${problem}`)].join('\n'),
    );
  }
  return password;
}
