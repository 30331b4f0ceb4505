/**
 * The fingerprint that lets the service refuse a ledger file imported before.
 *
 * Why FNV-1a 64 and not SHA-256: core runs anywhere and may not import node:crypto, WebCrypto's
 * digest is async and wants the whole input at once, and the threat here is a person importing
 * the same export twice, not an adversary forging collisions. 64 bits make an accidental
 * collision among a county's imports vanishingly unlikely (about n²/2⁶⁵: below 10⁻¹² for
 * thousands of imports), and FNV-1a runs over a million rows in a fraction of a second.
 *
 * It is taken over the parsed rows, not the file's bytes, so a re-export that only changes
 * quoting, line ends, column order, number formatting ("$1,234.50" vs "1234.5") or extra
 * unmapped columns is still recognized as the same content. Each row is hashed on its own and the
 * row hashes are added (mod 2⁶⁴): addition does not depend on order, so the same rows sorted
 * differently are the same import, while a row listed twice still counts twice.
 *
 * The version in the text ("ledger-v1") must change whenever the normalization below does,
 * so old fingerprints are never compared with new ones by accident.
 */
import type { ParsedLedgerRow } from './rows';

export const LEDGER_FINGERPRINT_VERSION = 'ledger-v1';

/** Fields of a row joined by the ASCII unit separator, a control character exports do not hold. */
const SEPARATOR = '\u001f';

// FNV-1a 64 in four 16-bit limbs (least significant first), so every step is small-integer
// arithmetic: BigInt or 32-bit halves with float carries run several times slower per byte.
// Offset basis 0xcbf29ce484222325; prime 0x100000001b3 = 2⁴⁰ + 0x1b3.
const OFFSET: readonly [number, number, number, number] = [0x2325, 0x8422, 0x9ce4, 0xcbf2];
const PRIME_LOW = 0x1b3;
/** 2⁴⁰ is 0x100 in the third limb (bits 32–47). */
const PRIME_HIGH = 0x100;

/** The normalized text of a row: everything the ledger stores from it, not its row number. */
export function ledgerRowKey(row: ParsedLedgerRow): string {
  return rowParts(row).join(SEPARATOR);
}

/** Accumulates rows as the import validates them; digest() gives the fingerprint. */
export class LedgerFingerprint {
  /** The sum of the row hashes mod 2⁶⁴, in 16-bit limbs. */
  private readonly sum = [0, 0, 0, 0];
  private readonly hash = [0, 0, 0, 0];
  private count = 0;

  add(row: ParsedLedgerRow): void {
    const hash = this.hash;
    hash[0] = OFFSET[0];
    hash[1] = OFFSET[1];
    hash[2] = OFFSET[2];
    hash[3] = OFFSET[3];
    // The same bytes as ledgerRowKey(row), without building the string.
    const parts = rowParts(row);
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) fnvText(hash, SEPARATOR);
      fnvText(hash, parts[i] as string);
    }
    let carry = 0;
    for (let limb = 0; limb < 4; limb++) {
      const total = (this.sum[limb] as number) + (hash[limb] as number) + carry;
      this.sum[limb] = total & 0xffff;
      carry = total >>> 16;
    }
    this.count += 1;
  }

  /** "ledger-v1:<16 hex digits>:<row count>". */
  digest(): string {
    return `${LEDGER_FINGERPRINT_VERSION}:${hex(this.sum)}:${this.count}`;
  }
}

export function ledgerFingerprint(rows: Iterable<ParsedLedgerRow>): string {
  const fingerprint = new LedgerFingerprint();
  for (const row of rows) fingerprint.add(row);
  return fingerprint.digest();
}

/** FNV-1a 64 of the text's UTF-8 bytes, as 16 hex digits (the published test vectors hold). */
export function fnv1a64(text: string): string {
  const hash = [...OFFSET];
  fnvText(hash, text);
  return hex(hash);
}

function rowParts(row: ParsedLedgerRow): string[] {
  return [
    row.date,
    String(row.amountCents),
    String(row.streamId),
    String(row.categoryId),
    row.payingProgram,
    row.leveraged ? '1' : '0',
    row.savedProgram ?? '',
    row.description,
    row.familyReference ?? '',
    row.refundReason,
  ];
}

/** Feeds the text's UTF-8 bytes into the hash; a lone surrogate counts as U+FFFD, as TextEncoder. */
function fnvText(hash: number[], text: string): void {
  let h0 = hash[0] as number;
  let h1 = hash[1] as number;
  let h2 = hash[2] as number;
  let h3 = hash[3] as number;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    let byte = code;
    let continuation = 0; // UTF-8 bytes after the first
    if (code >= 0x80) {
      if (code >= 0xd800 && code <= 0xdbff) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
          i += 1;
        } else code = 0xfffd;
      } else if (code >= 0xdc00 && code <= 0xdfff) code = 0xfffd;
      if (code < 0x800) {
        continuation = 1;
        byte = 0xc0 | (code >>> 6);
      } else if (code < 0x10000) {
        continuation = 2;
        byte = 0xe0 | (code >>> 12);
      } else {
        continuation = 3;
        byte = 0xf0 | (code >>> 18);
      }
    }
    for (;;) {
      h0 ^= byte;
      // h × (2⁴⁰ + 0x1b3) mod 2⁶⁴, limb by limb; each product stays far below 2³¹.
      const t0 = h0 * PRIME_LOW;
      const t1 = h1 * PRIME_LOW + (t0 >>> 16);
      const t2 = h2 * PRIME_LOW + h0 * PRIME_HIGH + (t1 >>> 16);
      const t3 = h3 * PRIME_LOW + h1 * PRIME_HIGH + (t2 >>> 16);
      h0 = t0 & 0xffff;
      h1 = t1 & 0xffff;
      h2 = t2 & 0xffff;
      h3 = t3 & 0xffff;
      if (continuation === 0) break;
      continuation -= 1;
      byte = 0x80 | ((code >>> (6 * continuation)) & 0x3f);
    }
  }
  hash[0] = h0;
  hash[1] = h1;
  hash[2] = h2;
  hash[3] = h3;
}

function hex(limbs: readonly number[]): string {
  let text = '';
  for (let limb = 3; limb >= 0; limb--)
    text += (limbs[limb] as number).toString(16).padStart(4, '0');
  return text;
}
