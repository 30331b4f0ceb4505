/**
 * Hostile uploads built in the test, small on disk: zips written by hand (so their tables of
 * contents can lie), zip bombs made of one deflated piece repeated, and workbooks with formulas,
 * external links, deep nesting or huge cells. Zip layout: PKWARE APPNOTE.TXT 4.3.
 */
import zlib from 'node:zlib';
import fc from 'fast-check';
import JSZip from 'jszip';

export interface ZipEntry {
  readonly name: string;
  /** The bytes as stored (deflated unless `stored`). */
  readonly data: Buffer;
  readonly uncompressedSize: number;
  readonly crc?: number;
  readonly stored?: boolean;
  /** Sizes after the data (flag bit 3): the local header says zero, as streaming writers do. */
  readonly sizesAfterData?: boolean;
}

/** A part deflated honestly, with its true sizes and CRC. */
export function part(name: string, content: string | Buffer): ZipEntry {
  const raw = typeof content === 'string' ? Buffer.from(content) : content;
  return {
    name,
    data: zlib.deflateRawSync(raw),
    uncompressedSize: raw.length,
    crc: zlib.crc32(raw),
  };
}

/**
 * A deflated part of `prefix`, then `piece` `times` over, then `suffix`: each piece is deflated
 * once and its bytes repeated (a full flush makes it stand alone), so gigabytes cost kilobytes.
 */
export function repeatedPart(
  name: string,
  prefix: string,
  piece: string,
  times: number,
  suffix: string,
): ZipEntry {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 };
  const block = zlib.deflateRawSync(
    Buffer.from(piece.repeat(Math.ceil(65536 / piece.length))),
    flush,
  );
  const perBlock = piece.length * Math.ceil(65536 / piece.length);
  const blocks = Math.ceil(times / Math.ceil(65536 / piece.length));
  const data = Buffer.concat([
    zlib.deflateRawSync(Buffer.from(prefix), flush),
    ...Array.from({ length: blocks }, () => block),
    zlib.deflateRawSync(Buffer.from(suffix)),
  ]);
  return { name, data, uncompressedSize: prefix.length + blocks * perBlock + suffix.length };
}

/** The zip of `entries`, in order, with a central directory that says what each entry says. */
export function zipOf(entries: readonly ZipEntry[], extraLocal: Buffer = Buffer.alloc(0)): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const flags = entry.sizesAfterData ? 0x8 : 0;
    const method = entry.stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(entry.sizesAfterData ? 0 : (entry.crc ?? 0), 14);
    local.writeUInt32LE(entry.sizesAfterData ? 0 : entry.data.length, 18);
    local.writeUInt32LE(entry.sizesAfterData ? 0 : entry.uncompressedSize, 22);
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(entry.sizesAfterData ? 16 : 0);
    if (entry.sizesAfterData) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(entry.crc ?? 0, 4);
      descriptor.writeUInt32LE(entry.data.length, 8);
      descriptor.writeUInt32LE(entry.uncompressedSize, 12);
    }
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(entry.crc ?? 0, 16);
    header.writeUInt32LE(entry.data.length, 20);
    header.writeUInt32LE(entry.uncompressedSize, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    locals.push(local, name, entry.data, descriptor);
    offset += local.length + name.length + entry.data.length + descriptor.length;
  }
  locals.push(extraLocal);
  offset += extraLocal.length;
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export const SHEET_START = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>`;
export const SHEET_END = '</sheetData></worksheet>';

/** An inline-string cell, escaped. */
export function textCell(ref: string, text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<c r="${ref}" t="inlineStr"><is><t>${escaped}</t></is></c>`;
}

/** The parts every workbook needs around one sheet, named sheet `sheetName`. */
export function workbookParts(
  sheet: ZipEntry,
  { sheetName = 'Sheet1', sharedStrings = false, externalLink = false } = {},
): ZipEntry[] {
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>`,
    `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    sharedStrings
      ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
      : '',
    externalLink
      ? `<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>`
      : '',
  ].join('');
  const rels = [
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`,
    sharedStrings
      ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
      : '',
    externalLink
      ? `<Relationship Id="rId3" Type="${REL}/externalLink" Target="externalLinks/externalLink1.xml"/>`
      : '',
  ].join('');
  return [
    part(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
    ),
    part(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    part(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets>${externalLink ? '<externalReferences><externalReference r:id="rId3"/></externalReferences>' : ''}</workbook>`,
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${rels}</Relationships>`,
    ),
    ...(externalLink
      ? [
          part(
            'xl/externalLinks/externalLink1.xml',
            `<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="${MAIN}" xmlns:r="${REL}"><externalBook r:id="rId1"><sheetNames><sheetName val="Secrets"/></sheetNames></externalBook></externalLink>`,
          ),
          part(
            'xl/externalLinks/_rels/externalLink1.xml.rels',
            `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/externalLinkPath" Target="file:///C:/Users/Public/secrets.xlsx" TargetMode="External"/></Relationships>`,
          ),
        ]
      : []),
    sheet,
  ];
}

/** A one-sheet workbook of these rows (each an array of cell XML). */
export function sheetWorkbook(rows: readonly string[][], options = {}): Buffer {
  const xml = rows.map((cells, i) => `<row r="${i + 1}">${cells.join('')}</row>`).join('');
  return zipOf(
    workbookParts(part('xl/worksheets/sheet1.xml', SHEET_START + xml + SHEET_END), options),
  );
}

/** A workbook's parts by name, in the order its zip holds them (jszip reads them in any order). */
export async function partsOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) parts.set(name, await entry.async('nodebuffer'));
  }
  return parts;
}

/** The parts zipped again in the order `order` gives their names; a name it leaves out is left out. */
export function rezipped(
  parts: ReadonlyMap<string, Buffer>,
  order: (names: string[]) => string[] = (names) => names,
): Buffer {
  return zipOf(
    order([...parts.keys()]).flatMap((name) => {
      const content = parts.get(name);
      return content ? [part(name, content)] : [];
    }),
  );
}

const SHARED_STRINGS = 'xl/sharedStrings.xml';
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
const by = (test: (name: string) => boolean) => (names: string[]) => [
  ...names.filter(test),
  ...names.filter((name) => !test(name)),
];

/**
 * Orders of a workbook's parts, all valid (a zip's parts may come in any order), each of which
 * has broken a reader that went through the zip front to back.
 */
export const PART_ORDERS: Record<string, (names: string[]) => string[]> = {
  'as exceljs writes them': (names) => names,
  // exceljs's streaming reader lost the parts after a sheet it had set aside, at random.
  'the sheets, then the shared strings, last': (names) => [
    ...names.filter((name) => name !== SHARED_STRINGS && !WORKSHEET.test(name)),
    ...names.filter((name) => WORKSHEET.test(name)),
    ...names.filter((name) => name === SHARED_STRINGS),
  ],
  // exceljs's streaming reader threw a TypeError: a sheet came before the list of sheets.
  'shared strings first, the workbook last': (names) =>
    by((name) => name === SHARED_STRINGS)(
      names.filter((name) => name !== 'xl/workbook.xml'),
    ).concat(names.filter((name) => name === 'xl/workbook.xml')),
  'the sheets first': by((name) => WORKSHEET.test(name)),
  reversed: (names) => [...names].reverse(),
};

/** The sheet's XML with the cell at `ref` replaced by `cellXml` (a `<c>` element). */
export function withCell(sheetXml: string, ref: string, cellXml: string): string {
  const cell = new RegExp(`<c r="${ref}"(?:[^>]*/>|[^>]*>.*?</c>)`);
  if (!cell.test(sheetXml)) throw new Error(`the sheet has no cell ${ref}`);
  return sheetXml.replace(cell, cellXml);
}

/** How a workbook's parts are ordered in its zip: a named order that broke a reader, or any. */
export type PartOrder = { named: string } | { keys: number[] };

export const partOrder = (): fc.Arbitrary<PartOrder> =>
  fc.oneof(
    {
      weight: 2,
      arbitrary: fc.constantFrom(...Object.keys(PART_ORDERS)).map((named) => ({ named })),
    },
    {
      weight: 1,
      arbitrary: fc.array(fc.nat(), { minLength: 1, maxLength: 20 }).map((keys) => ({ keys })),
    },
  );

/** The workbook's bytes with its parts in `order` (the part with the lowest key first). */
export async function inPartOrder(bytes: Uint8Array, order: PartOrder): Promise<Uint8Array> {
  if ('named' in order && order.named === 'as exceljs writes them') return bytes;
  const sorted = (names: string[]) => {
    if ('named' in order) return (PART_ORDERS[order.named] ?? ((same) => same))(names);
    const key = (i: number) => order.keys[i % order.keys.length] ?? 0;
    return names
      .map((name, i) => ({ name, key: key(i), i }))
      .sort((a, b) => a.key - b.key || a.i - b.i)
      .map(({ name }) => name);
  };
  return rezipped(await partsOf(bytes), sorted);
}
