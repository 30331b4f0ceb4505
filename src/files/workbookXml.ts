/**
 * A workbook's parts read through its zip directory (zipDirectory.ts), whatever order the zip
 * holds them in: the list of sheets, the shared strings and the date styles first, then a sheet.
 * exceljs's streaming reader goes through the zip front to back instead, and valid orders broke
 * it: a sheet it had set aside until the shared strings came could lose the parts after it (its
 * unzipper ends the stream early, at random) and be read as `{ sharedString: n }` objects; a sheet
 * after the shared strings but before the list of sheets threw a TypeError.
 */
import path from 'node:path';
import zlib from 'node:zlib';
import parseSax, { type SaxEvent } from 'exceljs/lib/utils/parse-sax.js';
import type { ZipDirectory, ZipPart } from './zipDirectory';

/** Why a workbook's structure cannot be read, in words for the person. */
export class WorkbookRefusal extends Error {}

export interface WorkbookIndex {
  /** The workbook's worksheets in its own order (the first is the first tab). */
  readonly sheets: { readonly name: string; readonly part: ZipPart | undefined }[];
  /** Null when the workbook has no table of texts. */
  readonly sharedStrings: readonly string[] | null;
  /** Per cell style (the `s` of a cell): whether its number format shows a date. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

const CHUNK = 64 * 1024;

/** "x:sheetData" is "sheetData": some writers prefix SpreadsheetML's elements. */
export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

async function* inflated(bytes: Uint8Array, part: ZipPart): AsyncGenerator<Uint8Array> {
  const data = bytes.subarray(part.dataOffset, part.dataOffset + part.compressedSize);
  if (part.method === 0) {
    for (let at = 0; at < data.length; at += CHUNK) yield data.subarray(at, at + CHUNK);
    return;
  }
  const inflater = zlib.createInflateRaw({ chunkSize: CHUNK });
  inflater.end(data);
  yield* inflater;
}

/**
 * The part's text, decoded across chunk boundaries (exceljs decodes each chunk alone, which split
 * a character like "é" lying across two into "��"). Bytes that are not UTF-8 are refused, not
 * replaced, and so is CDATA, whose text exceljs's parser drops.
 */
async function* partText(bytes: Uint8Array, part: ZipPart): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let tail = '';
  for await (const chunk of inflated(bytes, part)) {
    const text = decoder.decode(chunk, { stream: true });
    if ((tail + text).includes('<![CDATA[')) {
      throw new WorkbookRefusal(
        `The workbook's part “${part.name}” holds CDATA, which Excel never writes.`,
      );
    }
    tail = text.slice(-8);
    yield text;
  }
  yield decoder.decode();
}

/** The part's XML as parse events, a chunk's worth at a time. */
export function xmlEvents(bytes: Uint8Array, part: ZipPart): AsyncGenerator<SaxEvent[]> {
  return parseSax(partText(bytes, part));
}

async function eachOpening(
  bytes: Uint8Array,
  part: ZipPart,
  visit: (name: string, attributes: Record<string, string>) => void,
): Promise<void> {
  for await (const events of xmlEvents(bytes, part)) {
    for (const event of events) {
      if (event.eventType === 'opentag') visit(localName(event.value.name), event.value.attributes);
    }
  }
}

/** Relationship targets are relative to the workbook part (xl/), or absolute from the root. */
const partName = (target: string) =>
  target.startsWith('/') ? target.slice(1) : path.posix.normalize(`xl/${target}`);

export async function readWorkbookIndex(
  bytes: Uint8Array,
  directory: ZipDirectory,
): Promise<WorkbookIndex> {
  const parts = new Map(directory.parts.map((part) => [part.name, part]));
  const workbook = parts.get('xl/workbook.xml');
  const rels = parts.get('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) {
    throw new WorkbookRefusal('The workbook is damaged: it has no list of its sheets.');
  }
  const targets = new Map<string, { type: string; part: string }>();
  await eachOpening(bytes, rels, (name, { Id, Type, Target }) => {
    if (name === 'Relationship' && Id && Type && Target) {
      targets.set(Id, { type: Type.slice(Type.lastIndexOf('/') + 1), part: partName(Target) });
    }
  });
  const sheets: { name: string; part: ZipPart | undefined }[] = [];
  let date1904 = false;
  await eachOpening(bytes, workbook, (name, attributes) => {
    if (name === 'workbookPr') date1904 = ['1', 'true'].includes(attributes.date1904 ?? '');
    if (name !== 'sheet') return;
    const id = Object.entries(attributes).find(([key]) => localName(key) === 'id')?.[1] ?? '';
    const target = targets.get(id);
    if (target?.type === 'worksheet') {
      sheets.push({ name: attributes.name ?? '', part: parts.get(target.part) });
    }
  });
  const partOf = (type: string, usual: string) =>
    parts.get([...targets.values()].find((t) => t.type === type)?.part ?? usual);
  const shared = partOf('sharedStrings', 'xl/sharedStrings.xml');
  const styles = partOf('styles', 'xl/styles.xml');
  return {
    sheets,
    sharedStrings: shared ? await sharedStringsOf(bytes, shared) : null,
    dateStyles: styles ? await dateStylesOf(bytes, styles) : [],
    date1904,
  };
}

/** Each `<si>`'s text: its runs joined, its phonetic guide (`<rPh>`, furigana) left out. */
async function sharedStringsOf(bytes: Uint8Array, part: ZipPart): Promise<string[]> {
  const texts: string[] = [];
  let text = '';
  let inText = false;
  let phonetic = 0;
  for await (const events of xmlEvents(bytes, part)) {
    for (const { eventType, value } of events) {
      if (eventType === 'text') {
        if (inText) text += value;
        continue;
      }
      const name = localName(value.name);
      const opens = eventType === 'opentag';
      if (name === 'si' && opens) text = '';
      else if (name === 'si') texts.push(text);
      else if (name === 'rPh') phonetic += opens ? 1 : -1;
      else if (name === 't') inText = opens && phonetic === 0;
    }
  }
  return texts;
}

/**
 * Excel's built-in date and time formats (ECMA-376 18.8.30) as exceljs reads them, and a custom
 * format is a date when it has date or time letters outside quotes and brackets (exceljs's rule,
 * so a cell reads as the same value here as in its in-memory reader).
 */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
const isDateFormat = (code: string) =>
  /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));

async function dateStylesOf(bytes: Uint8Array, part: ZipPart): Promise<boolean[]> {
  const custom = new Map<number, string>();
  const cellFormats: number[] = [];
  let inCellFormats = false;
  let inFormats = false;
  for await (const events of xmlEvents(bytes, part)) {
    for (const { eventType, value } of events) {
      if (eventType === 'text') continue;
      const name = localName(value.name);
      if (name === 'cellXfs') inCellFormats = eventType === 'opentag';
      if (name === 'numFmts') inFormats = eventType === 'opentag';
      if (eventType !== 'opentag') continue;
      const id = Number(value.attributes.numFmtId ?? 0);
      if (name === 'numFmt' && inFormats) custom.set(id, value.attributes.formatCode ?? '');
      // Only the cell formats: `s` indexes them, not the cell style formats before them.
      else if (name === 'xf' && inCellFormats) cellFormats.push(id);
    }
  }
  return cellFormats.map((id) => {
    const code = custom.get(id);
    return code === undefined ? BUILT_IN_DATES.has(id) : isDateFormat(code);
  });
}
