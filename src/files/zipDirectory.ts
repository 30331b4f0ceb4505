/**
 * A zip's table of contents read from its bytes, before any library inflates it: each part's name,
 * where its data lies, and the sizes it claims. Read by hand because exceljs hands the file to
 * jszip or unzipper, which inflate whatever they are given; the sizes are what lets us refuse a
 * zip bomb first (see workbookBounds.ts). The format: PKWARE APPNOTE.TXT, sections 4.3.7–4.3.16.
 */

export class ZipRefusal extends Error {}
/** Not a zip at all: each reader says so in its own words ("not a workbook"). */
export class NotAZip extends ZipRefusal {}

export interface ZipPart {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is refused below. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Where its local header starts. */
  readonly headerOffset: number;
  /** Where its (compressed) data starts, after the local header. */
  readonly dataOffset: number;
  /** The sizes follow the data (general-purpose flag bit 3), so the local header has zeros. */
  readonly sizesAfterData: boolean;
}

export interface ZipDirectory {
  readonly parts: ZipPart[];
  /** Where the central directory starts: the end of the parts' data. */
  readonly directoryOffset: number;
}

const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_RECORD = 22;
/** The end record ends with a comment of up to 65,535 bytes, so it is searched for from the end. */
const MAX_COMMENT = 0xffff;
const ENCRYPTED = 0x1;
const SIZES_AFTER_DATA = 0x8;

/** The central directory, checked against each part's local header; refuses what it cannot trust. */
export function readZipDirectory(bytes: Uint8Array, maxParts: number): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < END_RECORD) throw new NotAZip('The file is too short to be a workbook.');
  const end = findEndRecord(view);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff) {
    // ZIP64 is for archives over 4 GB or 65,535 parts; no workbook we take is either.
    throw new ZipRefusal('The workbook is a ZIP64 archive, far larger than any workbook we read.');
  }
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0) {
    throw new ZipRefusal('The workbook is split over several files (a multi-part zip).');
  }
  if (count > maxParts) {
    throw new ZipRefusal(
      `The workbook has ${count} parts; a workbook we read has at most ${maxParts}.`,
    );
  }
  if (directoryOffset + directorySize > end) {
    throw new ZipRefusal('The workbook is damaged: its table of contents points past its end.');
  }
  const parts: ZipPart[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== ENTRY_SIGNATURE) {
      throw new ZipRefusal('The workbook is damaged: its table of contents is cut short.');
    }
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const part = {
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      headerOffset: view.getUint32(at + 42, true),
      sizesAfterData: (flags & SIZES_AFTER_DATA) !== 0,
    };
    if (flags & ENCRYPTED) {
      throw new ZipRefusal(
        'The workbook is password-protected: remove the password in Excel, save, and try again.',
      );
    }
    if (part.method !== 0 && part.method !== 8) {
      throw new ZipRefusal(
        `The workbook's part “${name}” is compressed in a way Excel never uses.`,
      );
    }
    parts.push({ ...part, dataOffset: localDataOffset(view, part, directoryOffset) });
    at += 46 + skip;
  }
  return { parts, directoryOffset };
}

function findEndRecord(view: DataView): number {
  const last = view.byteLength - END_RECORD;
  for (let at = last; at >= Math.max(0, last - MAX_COMMENT); at--) {
    if (view.getUint32(at, true) === END_SIGNATURE) return at;
  }
  throw new NotAZip('The file starts like a workbook but has no zip table of contents.');
}

/**
 * The local header must agree with the directory: the table reader (workbookXml.ts) reads a
 * part's data after its local header, jszip goes by the directory, and a file that tells them
 * different things would let one part be checked and another read.
 */
function localDataOffset(
  view: DataView,
  part: Omit<ZipPart, 'dataOffset'>,
  directoryOffset: number,
): number {
  const at = part.headerOffset;
  if (at + 30 > directoryOffset || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
    throw new ZipRefusal(`The workbook is damaged: the part “${part.name}” is not where it says.`);
  }
  const nameLength = view.getUint16(at + 26, true);
  const dataOffset = at + 30 + nameLength + view.getUint16(at + 28, true);
  // A damaged name or extra-field length would send the reads below past the file's end.
  if (dataOffset > directoryOffset) {
    throw new ZipRefusal(`The workbook is damaged: the part “${part.name}” runs past its end.`);
  }
  const localName = new TextDecoder().decode(
    new Uint8Array(view.buffer, view.byteOffset + at + 30, nameLength),
  );
  const sizesAgree =
    part.sizesAfterData ||
    (view.getUint32(at + 18, true) === part.compressedSize &&
      view.getUint32(at + 22, true) === part.uncompressedSize);
  if (localName !== part.name || view.getUint16(at + 8, true) !== part.method || !sizesAgree) {
    throw new ZipRefusal(
      `The workbook is damaged or forged: the part “${part.name}” disagrees with the table of contents.`,
    );
  }
  if (dataOffset + part.compressedSize > directoryOffset) {
    throw new ZipRefusal(`The workbook is damaged: the part “${part.name}” runs past its end.`);
  }
  return dataOffset;
}

/**
 * Parts must not share bytes (the "overlapping" zip bomb lists one deflated run many times) and
 * no unlisted part may hide between them (unzipper would read it though no check saw it).
 */
export function checkPartsTile(bytes: Uint8Array, directory: ZipDirectory): void {
  const byOffset = [...directory.parts].sort((a, b) => a.headerOffset - b.headerOffset);
  let cursor = 0;
  const gapHidesPart = (from: number, to: number) => {
    const gap = bytes.subarray(from, to);
    return Buffer.from(gap.buffer, gap.byteOffset, gap.byteLength).includes(LOCAL_HEADER_BYTES);
  };
  for (const part of byOffset) {
    if (part.headerOffset < cursor) {
      throw new ZipRefusal(`The workbook is forged: the part “${part.name}” overlaps another.`);
    }
    if (gapHidesPart(cursor, part.headerOffset)) {
      throw new ZipRefusal('The workbook holds parts its table of contents does not list.');
    }
    cursor = part.dataOffset + part.compressedSize;
  }
  if (gapHidesPart(cursor, directory.directoryOffset)) {
    throw new ZipRefusal('The workbook holds parts its table of contents does not list.');
  }
}

const LOCAL_HEADER_BYTES = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
