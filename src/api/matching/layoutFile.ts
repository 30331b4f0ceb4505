/**
 * The file a county shares an extract layout in: a format marker and version, the side, the name
 * and the column names. Read strictly, part by part, so a wrong file is refused with the one
 * thing wrong in plain words; nothing beyond those parts is accepted, so no person's value can
 * travel in a layout file.
 */
import { EXTRACT_FIELDS, type ExtractSide } from '../../core/matching/linkage/extract';
import type { ExportFile } from '../files.contract';
import { fileNamePart } from '../files.contract';
import { ExtractMappingInput } from './contract';
import { LayoutMapping, LayoutName } from './layouts.contract';
import type { z } from 'zod';

export const LAYOUT_FORMAT = 'linkages-extract-layout';
export const LAYOUT_FILE_VERSION = 1;

type Mapping = z.infer<typeof ExtractMappingInput>;

export interface LayoutFile {
  readonly side: ExtractSide;
  readonly name: string;
  readonly mapping: Mapping;
}

const PARTS = ['format', 'version', 'side', 'name', 'mapping'];

export function layoutFileOf(layout: LayoutFile): ExportFile {
  const text = JSON.stringify(
    {
      format: LAYOUT_FORMAT,
      version: LAYOUT_FILE_VERSION,
      side: layout.side,
      name: layout.name,
      mapping: layout.mapping,
    },
    null,
    2,
  );
  return {
    fileName: `${fileNamePart(layout.name)}.layout.json`,
    mediaType: 'application/json',
    bytesBase64: Buffer.from(`${text}\n`, 'utf8').toString('base64'),
  };
}

/** The layout in a file, or why the file is not one (a sentence naming the file). */
export function readLayoutFile(
  fileName: string,
  bytes: Buffer,
): { layout: LayoutFile } | { problem: string } {
  const file = `“${fileName}”`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    return { problem: `${file} is not a layout file: it is not JSON text.` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { problem: `${file} is not a layout file: it holds no layout.` };
  }
  const data = parsed as Record<string, unknown>;
  if (data.format !== LAYOUT_FORMAT) {
    return {
      problem: `${file} is not an extract layout file: it does not say format “${LAYOUT_FORMAT}”.`,
    };
  }
  if (data.version !== LAYOUT_FILE_VERSION) {
    return {
      problem: `${file} is a layout file of version ${String(data.version)}; this Workbench reads version ${LAYOUT_FILE_VERSION}.`,
    };
  }
  const extra = Object.keys(data).filter((key) => !PARTS.includes(key));
  if (extra.length > 0) {
    return {
      problem: `${file} has parts a layout file does not have (${extra.join(', ')}); a layout holds column names only.`,
    };
  }
  if (data.side !== 'calworks' && data.side !== 'cws') {
    return {
      problem: `${file} says side “${String(data.side)}”; a layout is for side “calworks” or “cws”.`,
    };
  }
  const name = LayoutName.safeParse(data.name);
  if (!name.success) {
    return { problem: `${file}: ${name.error.issues[0]?.message ?? 'its name is not usable.'}` };
  }
  const mapping = data.mapping;
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) {
    return { problem: `${file} has no column mapping.` };
  }
  const unknown = Object.keys(mapping).filter(
    (key) => !(EXTRACT_FIELDS as readonly string[]).includes(key),
  );
  if (unknown.length > 0) {
    return {
      problem: `${file} maps fields an extract does not have: ${unknown.join(', ')}. The fields are ${EXTRACT_FIELDS.join(', ')}.`,
    };
  }
  const columns = ExtractMappingInput.safeParse(mapping);
  if (!columns.success) {
    const field = columns.error.issues[0]?.path[0];
    return {
      problem: `${file} gives field ${String(field)} something that is not a column name (text of at most 200 characters).`,
    };
  }
  if (!LayoutMapping.safeParse(columns.data).success) {
    return { problem: `${file} maps no column.` };
  }
  return { layout: { side: data.side, name: name.data, mapping: columns.data } };
}
