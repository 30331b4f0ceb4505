import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  KEPT_PASSPHRASE_FILE,
  keptPassphrase,
  passphraseFollower,
} from '../../../src/main/keptPassphrase';
import { FakeSafeStorage } from './fakeSafeStorage';

const PASSPHRASE = 'correct horse battery staple';
let folder: string;
let file: string;
let storage: FakeSafeStorage;

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kept-passphrase-'));
  file = path.join(folder, 'userData', KEPT_PASSPHRASE_FILE);
  storage = new FakeSafeStorage();
});
afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

const kept = (platform: NodeJS.Platform = 'linux') =>
  keptPassphrase({ safeStorage: storage, file, platform });

describe('the kept passphrase', () => {
  it('keeps only the encrypted bytes, in a file private to the user, and reads it back', async () => {
    expect(await kept().keep(PASSPHRASE)).toBe(true);
    const bytes = fs.readFileSync(file);
    expect(bytes.includes(Buffer.from(PASSPHRASE))).toBe(false);
    expect(bytes.toString('latin1')).not.toContain('horse');
    if (process.platform !== 'win32') {
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      expect(fs.statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    }
    expect(fs.existsSync(`${file}.new`)).toBe(false);
    expect(await kept().read()).toBe(PASSPHRASE);
  });

  it('reads null when nothing is kept, and forgets what was', async () => {
    expect(await kept().read()).toBeNull();
    await kept().keep(PASSPHRASE);
    kept().forget();
    expect(fs.existsSync(file)).toBe(false);
    expect(await kept().read()).toBeNull();
    expect(() => kept().forget()).not.toThrow();
  });

  it('refuses to keep where no keyring is available: the app asks at each start', async () => {
    storage.available = false;
    expect(await kept('win32').canKeep()).toBe(false);
    expect(await kept('win32').keep(PASSPHRASE)).toBe(false);
    expect(fs.existsSync(file)).toBe(false);
  });

  it("refuses Linux's basic_text store (a key built into Chromium) and an unknown backend", async () => {
    for (const backend of ['basic_text', 'unknown']) {
      storage.backend = backend;
      expect(await kept('linux').canKeep(), backend).toBe(false);
      expect(await kept('linux').keep(PASSPHRASE), backend).toBe(false);
      expect(fs.existsSync(file), backend).toBe(false);
    }
    for (const backend of ['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']) {
      storage.backend = backend;
      expect(await kept('linux').canKeep(), backend).toBe(true);
    }
  });

  it("refuses bytes under Chromium's built-in Linux key, whatever backend was named", async () => {
    storage.tag = 'v10';
    expect(await kept('linux').keep(PASSPHRASE)).toBe(false);
    expect(fs.existsSync(file)).toBe(false);
    // Windows and macOS use the same tag for keys their keyrings hold.
    expect(await kept('win32').keep(PASSPHRASE)).toBe(true);
  });

  it('asks no Linux-only question on Windows or macOS', async () => {
    const backend = vi.spyOn(storage, 'getSelectedStorageBackend');
    storage.backend = 'basic_text';
    expect(await kept('win32').canKeep()).toBe(true);
    expect(await kept('darwin').canKeep()).toBe(true);
    expect(backend).not.toHaveBeenCalled();
  });

  it('leaves the file while the keyring is away (it may be back), reads null meanwhile', async () => {
    await kept().keep(PASSPHRASE);
    storage.available = false;
    expect(await kept().read()).toBeNull();
    expect(fs.existsSync(file)).toBe(true);
    storage.available = true;
    expect(await kept().read()).toBe(PASSPHRASE);
  });

  it('forgets a kept file the keyring can no longer decrypt (a reset keyring)', async () => {
    await kept().keep(PASSPHRASE);
    storage.key = 'keyring-2';
    expect(await kept().read()).toBeNull();
    expect(fs.existsSync(file)).toBe(false);
  });

  it('re-encrypts when the keyring asks for it after a key rotation', async () => {
    await kept().keep(PASSPHRASE);
    const before = fs.readFileSync(file);
    storage.rotated = true;
    const encrypt = vi.spyOn(storage, 'encryptStringAsync');
    expect(await kept().read()).toBe(PASSPHRASE);
    expect(encrypt).toHaveBeenCalledWith(PASSPHRASE);
    expect(fs.readFileSync(file)).toEqual(before);
  });

  it('says not kept, writing nothing, when encrypting fails', async () => {
    vi.spyOn(storage, 'encryptStringAsync').mockRejectedValue(new Error('keyring locked'));
    expect(await kept().keep(PASSPHRASE)).toBe(false);
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync(`${file}.new`)).toBe(false);
  });

  it('never keeps an empty passphrase', async () => {
    expect(await kept().keep('')).toBe(false);
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('the kept passphrase follows Settings', () => {
  it('keeps the new passphrase where one was kept, and forgets it once decrypted', async () => {
    await kept().keep(PASSPHRASE);
    expect(await kept().passphraseChanged('a new passphrase')).toBe(true);
    expect(await kept().read()).toBe('a new passphrase');
    expect(await kept().passphraseChanged(null)).toBe(false);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('keeps nothing where the person chose not to remember it', async () => {
    expect(await kept().passphraseChanged('a new passphrase')).toBe(false);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('forgets the old one when the new one cannot be kept', async () => {
    await kept().keep(PASSPHRASE);
    storage.backend = 'basic_text';
    expect(await kept().passphraseChanged('a new passphrase')).toBe(false);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('reports each change of the open data’s passphrase once, remembering newly encrypted data', async () => {
    let current: string | null = null;
    const changed = vi.fn(async () => true);
    const follow = passphraseFollower(() => current, changed);
    await follow();
    expect(changed).not.toHaveBeenCalled();
    current = 'first';
    await follow();
    await follow();
    expect(changed).toHaveBeenCalledExactlyOnceWith('first', true);
    current = 'second';
    await follow();
    expect(changed).toHaveBeenLastCalledWith('second', undefined);
    current = null;
    await follow();
    expect(changed).toHaveBeenLastCalledWith(null, undefined);
    expect(changed).toHaveBeenCalledTimes(3);
  });
});
