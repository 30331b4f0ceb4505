import type { SafeStoragePort } from '../../../src/main/keptPassphrase';

/** Stands in for Electron's safeStorage: a keyring whose key is `key`, reversible only with it. */
export class FakeSafeStorage implements SafeStoragePort {
  available = true;
  backend = 'gnome_libsecret';
  key = 'keyring-1';
  /** Chromium's tag on Linux: "v11" from a keyring, "v10" from its built-in fallback key. */
  tag = 'v11';
  rotated = false;
  async isAsyncEncryptionAvailable() {
    return this.available;
  }
  async encryptStringAsync(plainText: string) {
    if (!this.available) throw new Error('Encryption is not available.');
    const bytes = Buffer.from(`${this.key}:${plainText}`, 'utf8');
    return Buffer.concat([Buffer.from(this.tag), bytes.map((byte) => byte ^ 0x5a)]);
  }
  async decryptStringAsync(encrypted: Buffer) {
    const body = encrypted.subarray(3);
    const text = Buffer.from(body.map((byte) => byte ^ 0x5a)).toString('utf8');
    if (!text.startsWith(`${this.key}:`)) throw new Error('Error while decrypting the ciphertext');
    return { shouldReEncrypt: this.rotated, result: text.slice(this.key.length + 1) };
  }
  getSelectedStorageBackend() {
    return this.backend;
  }
}
