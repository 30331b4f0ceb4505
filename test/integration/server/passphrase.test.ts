import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseFileIn } from '../../../src/db/dataFolder';
import { lookOfDataFile } from '../../../src/db/encryption';
import { openDatabase } from '../../../src/db/openDatabase';
import { runServe } from '../../support/serve';
import { tempFolder } from '../../support/workbench';

const PASSPHRASE = 'correct horse battery staple';

function encryptedFolder(): string {
  const data = tempFolder();
  openDatabase(databaseFileIn(data), { passphrase: PASSPHRASE }).close();
  return data;
}

function keyFile(text: string, mode = 0o600): string {
  const file = path.join(tempFolder(), 'passphrase');
  fs.writeFileSync(file, `${text}\n`, { mode });
  fs.chmodSync(file, mode);
  return file;
}

describe('npm run serve on encrypted data', () => {
  it('opens encrypted data with the passphrase from a private file', async () => {
    const data = encryptedFolder();
    const file = keyFile(PASSPHRASE);
    const serve = runServe(['--data', data, '--port', '0', '--passphrase-file', file]);
    await serve.ready;
    expect(await serve.stop()).toBe(0);
  }, 90_000);

  it('makes a new data folder encrypted when given a passphrase file', async () => {
    const fresh = path.join(tempFolder(), 'fresh');
    const file = keyFile(PASSPHRASE);
    const serve = runServe(['--data', fresh, '--port', '0', '--passphrase-file', file]);
    await serve.ready;
    expect(await serve.stop()).toBe(0);
    expect(lookOfDataFile(databaseFileIn(fresh))).toBe('encrypted');
  }, 90_000);

  it('exits 3 without a terminal to ask at, saying how to give the passphrase', async () => {
    const serve = runServe(['--data', encryptedFolder(), '--port', '0']);
    expect(await serve.exited).toBe(3);
    expect(serve.output()).toMatch(/is encrypted.*--passphrase-file FILE/);
  });

  it('exits 3 on a wrong passphrase, in plain words', async () => {
    const serve = runServe([
      '--data',
      encryptedFolder(),
      '--port',
      '0',
      '--passphrase-file',
      keyFile('guess'),
    ]);
    expect(await serve.exited).toBe(3);
    expect(serve.output()).toMatch(/The passphrase does not open the data file/);
    expect(serve.output()).not.toMatch(/damaged|corrupt/i);
  });

  it('exits 2 on a passphrase file other accounts can read', async () => {
    const file = keyFile(PASSPHRASE, 0o644);
    const serve = runServe(['--data', encryptedFolder(), '--port', '0', '--passphrase-file', file]);
    expect(await serve.exited).toBe(2);
    expect(serve.output()).toMatch(/chmod 600/);
  });
});
