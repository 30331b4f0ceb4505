import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PassphraseFileRefused,
  passphraseFileFrom,
  readPassphraseFile,
  SYSTEMD_CREDENTIAL,
} from '../../../src/server/passphraseSource';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function fileWith(text: string, mode: number): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'linkages-passphrase-'));
  folders.push(folder);
  const file = path.join(folder, SYSTEMD_CREDENTIAL);
  fs.writeFileSync(file, text, { mode });
  fs.chmodSync(file, mode);
  return file;
}

describe('the server’s passphrase file', () => {
  it('reads the passphrase without its final line break', () => {
    expect(readPassphraseFile(fileWith('open sesame\n', 0o600), 'linux', {})).toBe('open sesame');
    expect(readPassphraseFile(fileWith('two  spaces \r\n', 0o400), 'linux', {})).toBe(
      'two  spaces ',
    );
  });

  it('refuses a file other accounts can read, an empty one, and a missing one', () => {
    expect(() => readPassphraseFile(fileWith('open sesame', 0o644), 'linux', {})).toThrow(
      /other accounts.*chmod 600/,
    );
    expect(() => readPassphraseFile(fileWith('\n', 0o600), 'linux', {})).toThrow(/is empty/);
    expect(() => readPassphraseFile('/nonexistent/linkages-passphrase', 'linux', {})).toThrow(
      PassphraseFileRefused,
    );
  });

  it('trusts systemd’s private credentials directory whatever its mode bits show', () => {
    const credential = fileWith('from systemd', 0o640);
    const env = { CREDENTIALS_DIRECTORY: path.dirname(credential) };
    expect(readPassphraseFile(credential, 'linux', env)).toBe('from systemd');
    expect(() => readPassphraseFile(credential, 'linux', {})).toThrow(/other accounts/);
  });

  it('takes --passphrase-file first, else the systemd credential, else none', () => {
    const credential = fileWith('from systemd', 0o600);
    const env = { CREDENTIALS_DIRECTORY: path.dirname(credential) };
    expect(passphraseFileFrom('key.txt', env)).toBe(path.resolve('key.txt'));
    expect(passphraseFileFrom(undefined, env)).toBe(credential);
    expect(passphraseFileFrom(undefined, {})).toBeNull();
    expect(passphraseFileFrom(undefined, { CREDENTIALS_DIRECTORY: os.tmpdir() })).toBeNull();
  });
});
