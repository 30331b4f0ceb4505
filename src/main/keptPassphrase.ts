/**
 * Where the desktop keeps the data file's passphrase (issue 22): with Electron's safeStorage, whose
 * key the OS keyring holds (DPAPI on Windows, the Keychain on macOS, the Secret Service or KWallet
 * on Linux). Only the encrypted bytes are written, to a file private to this user in userData.
 * Linux without a keyring falls back to "basic_text", a key built into Chromium: that is
 * obfuscation, not protection, so then nothing is kept and the Workbench asks at each start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ensurePrivateFile, ensurePrivateFolder } from '../db/privateFiles';

/** The kept passphrase's file name in Electron's userData folder. */
export const KEPT_PASSPHRASE_FILE = 'data-passphrase.bin';

/**
 * The parts of Electron's safeStorage used here, so tests can stand in for it. Electron 45
 * deprecates the synchronous calls (isEncryptionAvailable, encryptString, decryptString) in favour
 * of these; data either writes, the other reads.
 */
export interface SafeStoragePort {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }>;
  /** Linux only; "unknown" until the app is ready. */
  getSelectedStorageBackend(): string;
}

/**
 * Linux backends that are a real keyring. Anything else ("basic_text", or "unknown" before ready)
 * keeps nothing rather than trust a key anyone with the file could derive.
 */
const LINUX_KEYRINGS: ReadonlySet<string> = new Set([
  'gnome_libsecret',
  'kwallet',
  'kwallet5',
  'kwallet6',
]);

/**
 * Chromium tags what it encrypts on Linux with the key's origin: "v10" is the fixed built-in key.
 * The asynchronous encryptor falls back to it when the keyring cannot be reached over D-Bus, even
 * where the backend named above is a keyring; bytes so tagged are not kept either.
 */
const LINUX_BUILT_IN_KEY_TAG = Buffer.from('v10', 'latin1');

export interface KeptPassphraseOptions {
  readonly safeStorage: SafeStoragePort;
  /** Usually path.join(app.getPath('userData'), KEPT_PASSPHRASE_FILE). */
  readonly file: string;
  readonly platform?: NodeJS.Platform;
}

export interface KeptPassphrase {
  /** Whether this computer has a keyring to keep it with (else: ask at each start). */
  canKeep(): Promise<boolean>;
  /** Keeps it encrypted; false, with nothing written, when it cannot be kept safely. */
  keep(passphrase: string): Promise<boolean>;
  /** The kept passphrase, or null: none kept, no keyring now, or one that no longer decrypts. */
  read(): Promise<string | null>;
  forget(): void;
  isKept(): boolean;
  /**
   * The data's passphrase was changed (null: the data was decrypted). The kept one follows it, so
   * it never holds a passphrase the data no longer has. `remember` defaults to whether one was kept.
   * Returns whether one is kept now.
   */
  passphraseChanged(next: string | null, remember?: boolean): Promise<boolean>;
}

export function keptPassphrase({
  safeStorage,
  file,
  platform = process.platform,
}: KeptPassphraseOptions): KeptPassphrase {
  const forget = () => {
    fs.rmSync(file, { force: true });
    fs.rmSync(`${file}.new`, { force: true });
  };

  async function canKeep(): Promise<boolean> {
    try {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return false;
      return platform !== 'linux' || LINUX_KEYRINGS.has(safeStorage.getSelectedStorageBackend());
    } catch {
      return false;
    }
  }

  async function keep(passphrase: string): Promise<boolean> {
    if (passphrase === '' || !(await canKeep())) return false;
    try {
      const bytes = await safeStorage.encryptStringAsync(passphrase);
      if (platform === 'linux' && bytes.subarray(0, 3).equals(LINUX_BUILT_IN_KEY_TAG)) return false;
      // Written private beside it and renamed over it, so a crash leaves the old one or the new.
      const next = `${file}.new`;
      ensurePrivateFolder(path.dirname(file));
      fs.rmSync(next, { force: true });
      ensurePrivateFile(next);
      fs.writeFileSync(next, bytes);
      fs.renameSync(next, file);
      return true;
    } catch {
      // Not kept is not a failure to start: the Workbench asks next time.
      fs.rmSync(`${file}.new`, { force: true });
      return false;
    }
  }

  async function read(): Promise<string | null> {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      return null;
    }
    // A keyring that is locked or missing today may be back tomorrow: leave the file for then.
    if (!(await canKeep())) return null;
    let decrypted: { shouldReEncrypt: boolean; result: string };
    try {
      decrypted = await safeStorage.decryptStringAsync(bytes);
    } catch {
      // The keyring is there but its key no longer opens this (a new OS profile, a reset keyring).
      forget();
      return null;
    }
    if (decrypted.result === '') {
      forget();
      return null;
    }
    if (decrypted.shouldReEncrypt) await keep(decrypted.result);
    return decrypted.result;
  }

  const isKept = () => fs.existsSync(file);

  return {
    canKeep,
    keep,
    read,
    forget,
    isKept,
    async passphraseChanged(next, remember = isKept()) {
      if (next !== null && remember && (await keep(next))) return true;
      forget();
      return false;
    },
  };
}

/**
 * Calls `changed` whenever the open data's passphrase differs from the one last seen: the desktop
 * checks after each API call, so Settings (encrypt, change passphrase, decrypt) need not know the
 * shell. Data newly encrypted on the desktop is remembered, as the start-up prompt offers by default;
 * a changed passphrase is kept only where the old one was.
 */
export function passphraseFollower(
  current: () => string | null,
  changed: (next: string | null, remember?: boolean) => Promise<unknown>,
): () => Promise<void> {
  let seen = current();
  return async () => {
    const now = current();
    if (now === seen) return;
    const previous = seen;
    seen = now;
    await changed(now, previous === null ? true : undefined);
  };
}
