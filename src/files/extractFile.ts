/**
 * Reads one person extract (CSV or XLSX, as bytes) into standardized columns: the header row, the
 * mapping (the one given, else recognized from common header names), then every row, all or
 * nothing. A mapping that does not fit throws ExtractMappingRefused; bad rows come back listed.
 */
import type { ExtractMapping, ExtractSide } from '../core/matching/linkage/extract';
import { suggestExtractMapping } from '../core/matching/linkage/extract';
import { ExtractLoader, type LoadedExtract } from '../core/matching/linkage/extractLoader';
import type { SharedVocabularies } from '../core/matching/linkage/persons';
import { openTableFile } from './tableFile';

export async function loadExtractFile(
  bytes: Uint8Array,
  side: ExtractSide,
  shared: SharedVocabularies,
  mapping?: ExtractMapping,
): Promise<{ mapping: ExtractMapping; loaded: LoadedExtract }> {
  const file = await openTableFile(bytes);
  const used = mapping ?? suggestExtractMapping(file.headers);
  // About 60 bytes a row: enough room from the start that the columns rarely grow.
  const loader = new ExtractLoader(side, file.headers, used, shared, Math.ceil(bytes.length / 60));
  for await (const batch of file.batches) loader.push(batch);
  return { mapping: used, loaded: loader.finish() };
}
