/**
 * What an uploaded .xlsx may inflate to before exceljs is given it. A workbook is a zip of XML
 * parts, and a few megabytes of deflate can hold gigabytes of `<row/>` (a zip bomb): the readers
 * would run out of memory or time long before they found anything wrong. So each part's claimed
 * sizes are checked against the limits, then each part is inflated once, counted and thrown
 * away, to check that it really is what it claims, stopping the moment it is not.
 */
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { MAX_XML_DEPTH, XmlDepthGauge } from './xmlDepth';
import {
  checkPartsTile,
  NotAZip,
  readZipDirectory,
  ZipRefusal,
  type ZipDirectory,
  type ZipPart,
} from './zipDirectory';

export { NotAZip, ZipRefusal } from './zipDirectory';

export interface WorkbookLimits {
  /** Any one part (a sheet's XML), inflated. */
  readonly maxPartBytes: number;
  /** The shared-strings part, inflated: exceljs keeps all of it in memory while reading. */
  readonly maxSharedStringsBytes: number;
  /** All parts together, inflated. */
  readonly maxTotalBytes: number;
}

/**
 * Excel's own limit on one cell (Excel specifications and limits: 32,767 characters). A longer
 * cell cannot have come from Excel, and a reader that took it would carry it into the database.
 */
export const MAX_CELL_CHARS = 32_767;

/**
 * Inflated size over compressed size. Sheet XML deflates 5–20 times (our own exports: about 10);
 * deflate's ceiling is about 1,030, which is what bombs use. 100 is Apache POI's default
 * (ZipSecureFile's minimum inflate ratio of 0.01), long proven on real workbooks.
 */
export const MAX_COMPRESSION_RATIO = 100;
/** Small parts (styles, a short sheet) may be far more repetitive; 1 MB is harmless at any ratio. */
const RATIO_GRACE_BYTES = 1024 * 1024;
/** A workbook has a dozen parts plus a few per sheet; thousands means it is not one of ours. */
const MAX_PARTS = 1000;
const SHARED_STRINGS = /(^|\/)sharedStrings\d*\.xml$/i;
/** Parts exceljs parses as XML; images and other media are only counted. */
const XML_PART = /\.(xml|rels|vml)$/i;

/**
 * What a refusal from `checkWorkbookSize` says to the person, or null when the file is simply not
 * a zip, which each reader words for its own kind of file.
 */
export function sizeRefusalMessage(error: unknown): string | null {
  return error instanceof ZipRefusal && !(error instanceof NotAZip) ? error.message : null;
}

/**
 * Refuses (ZipRefusal, in words for the person) a workbook that would inflate beyond `limits`;
 * returns its directory, checked, through which its parts are then read (workbookXml.ts).
 */
export async function checkWorkbookSize(
  bytes: Uint8Array,
  limits: WorkbookLimits,
): Promise<ZipDirectory> {
  const directory = readZipDirectory(bytes, MAX_PARTS);
  checkPartsTile(bytes, directory);
  let total = 0;
  for (const part of directory.parts) {
    total += part.uncompressedSize;
    checkClaims(part, total, limits);
  }
  // Sizes claimed can lie; the inflated bytes cannot. Counting stops at the claim, so this costs
  // at most the total checked above, in 64 KB pieces of memory.
  for (const part of directory.parts) {
    const data = bytes.subarray(part.dataOffset, part.dataOffset + part.compressedSize);
    const gauge = XML_PART.test(part.name) ? new XmlDepthGauge() : null;
    let inflated = data.byteLength;
    if (part.method === 0) gauge?.push(data);
    else inflated = await inflatedSize(data, part, gauge);
    if (inflated !== part.uncompressedSize) {
      throw new ZipRefusal(
        `The workbook is damaged or forged: the part “${part.name}” is not the size it claims.`,
      );
    }
    if (gauge && gauge.deepest > MAX_XML_DEPTH) throw tooDeep(part);
  }
  return directory;
}

const megabytes = (bytes: number) => `${Math.ceil(bytes / 1024 / 1024)} MB`;

function checkClaims(part: ZipPart, total: number, limits: WorkbookLimits): void {
  const sharedStrings = SHARED_STRINGS.test(part.name);
  const limit = sharedStrings ? limits.maxSharedStringsBytes : limits.maxPartBytes;
  if (part.uncompressedSize > limit) {
    throw new ZipRefusal(
      `The workbook's part “${part.name}” ${sharedStrings ? '(its table of texts) ' : ''}inflates to ${megabytes(part.uncompressedSize)}; a workbook we read has at most ${megabytes(limit)} there.`,
    );
  }
  if (total > limits.maxTotalBytes) {
    throw new ZipRefusal(
      `The workbook inflates to more than ${megabytes(limits.maxTotalBytes)}; split it, or save it as CSV.`,
    );
  }
  if (
    part.uncompressedSize > RATIO_GRACE_BYTES &&
    part.uncompressedSize > MAX_COMPRESSION_RATIO * part.compressedSize
  ) {
    throw new ZipRefusal(
      `The workbook's part “${part.name}” inflates ${Math.round(part.uncompressedSize / Math.max(1, part.compressedSize))} times over (a zip bomb); real workbooks inflate far less.`,
    );
  }
}

const tooDeep = (part: ZipPart) =>
  new ZipRefusal(
    `The workbook's part “${part.name}” nests its XML more than ${MAX_XML_DEPTH} levels deep; Excel never writes that.`,
  );

/**
 * The inflated size of a deflated part, stopping as soon as it passes its claimed size (the
 * count is returned, and differs from the claim) or, for XML, nests too deep (refused).
 */
async function inflatedSize(
  data: Uint8Array,
  part: ZipPart,
  gauge: XmlDepthGauge | null,
): Promise<number> {
  let counted = 0;
  const counter = new Writable({
    write(chunk: Buffer, _encoding, done) {
      counted += chunk.byteLength;
      gauge?.push(chunk);
      if (counted > part.uncompressedSize) done(new ZipRefusal('longer than claimed'));
      else if (gauge && gauge.deepest > MAX_XML_DEPTH) done(tooDeep(part));
      else done();
    },
  });
  try {
    await pipeline(
      [Buffer.from(data.buffer, data.byteOffset, data.byteLength)],
      zlib.createInflateRaw({ chunkSize: 64 * 1024 }),
      counter,
    );
  } catch (error) {
    if (error instanceof ZipRefusal) {
      if (gauge && gauge.deepest > MAX_XML_DEPTH) throw error;
      return counted;
    }
    throw new ZipRefusal(`The workbook is damaged: its part “${part.name}” does not inflate.`);
  }
  return counted;
}
