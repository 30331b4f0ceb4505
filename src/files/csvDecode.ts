/**
 * The text of an uploaded CSV. County PCs save CSV three ways: "CSV UTF-8" (often with a
 * byte-order mark), plain "CSV" in Windows-1252, and "Unicode Text" in UTF-16 with a byte-order
 * mark. Each is read as what it is. A file that is UTF-8 in places and Windows-1252 in others
 * (two exports pasted together) is refused: read either way, some names would come out garbled
 * ("GarcÃ­a") and be stored so.
 */

export type DecodedCsv = { text: string } | { refused: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, i) => bytes[i] === byte);

export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes, 'utf-16be');
  // The decoder drops a UTF-8 byte-order mark itself.
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8 };
  const { badAt, multibyte } = scanUtf8(bytes);
  if (multibyte || startsWith(bytes, UTF8_BOM)) {
    return {
      refused: `The file mixes text encodings: it is UTF-8, but line ${lineAt(bytes, badAt)} is not (likely Windows-1252). Open it in Excel and save it again as "CSV UTF-8".`,
    };
  }
  return { text: new TextDecoder('windows-1252').decode(bytes) };
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedCsv {
  const text = tryDecode(bytes, encoding);
  return text === null
    ? { refused: 'The file says it is UTF-16 text, but it is damaged (cut short, or not text).' }
    : { text };
}

/** Where UTF-8 first breaks, and whether any well-formed multi-byte character came before. */
function scanUtf8(bytes: Uint8Array): { badAt: number; multibyte: boolean } {
  let multibyte = false;
  let badAt = -1;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xf4 ? (lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4) : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (!ok) {
      if (badAt < 0) badAt = i;
      i += 1;
      continue;
    }
    if (length > 1) multibyte = true;
    if (badAt >= 0 && multibyte) break;
    i += length;
  }
  return { badAt: Math.max(0, badAt), multibyte };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
