import { z } from 'zod';
import type { ContractSlice } from '../contractTypes';
import { ExportFile, uploadedFile } from '../files.contract';
import { RecordVersion, SavedVersion } from '../recordVersion';
import { MATCHING } from '../system/roleGroups';
import { ExtractMappingInput } from './contract';

const Id = z.number().int().positive();
const Side = z.enum(['calworks', 'cws']);

export const LAYOUT_NAME_MAX = 80;

export const LayoutName = z
  .string({ error: 'Give the layout a name.' })
  .trim()
  .min(1, 'Give the layout a name.')
  .max(LAYOUT_NAME_MAX, `Keep the layout’s name to ${LAYOUT_NAME_MAX} characters.`);

/** What a layout keeps: a mapping that names at least one column, or it would fit every file. */
export const LayoutMapping = ExtractMappingInput.refine(
  (mapping) =>
    Object.values(mapping).some((column) => column !== undefined && column.trim() !== ''),
  'A layout maps at least one column; choose the file’s columns first.',
);

/** A layout file is column names only: a few kB at most; anything bigger is not one. */
export const LAYOUT_FILE_MAX_MB = 1;

export const ExtractLayout = z.object({
  id: Id,
  side: Side,
  name: z.string(),
  mapping: ExtractMappingInput,
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  version: RecordVersion,
});
export type ExtractLayout = z.infer<typeof ExtractLayout>;

export const extractLayoutsContract = {
  'matching.layouts': {
    reads: ['extractLayouts'],
    identifiers: 'none',
    roles: MATCHING,
    summary: 'The county’s saved extract layouts (named column mappings), of one side or both.',
    input: z.strictObject({ countyId: Id, side: Side.optional() }),
    output: z.array(ExtractLayout),
  },
  'matching.saveLayout': {
    changes: ['extractLayouts'],
    identifiers: 'none',
    roles: MATCHING,
    summary:
      'Saves a column mapping as a named extract layout (no id), or changes one; names are unique per county and side.',
    input: z.strictObject({
      countyId: Id,
      side: Side,
      id: Id.nullable().default(null),
      version: SavedVersion,
      name: LayoutName,
      mapping: LayoutMapping,
    }),
    output: ExtractLayout,
  },
  'matching.deleteLayout': {
    changes: ['extractLayouts'],
    identifiers: 'none',
    roles: MATCHING,
    summary: 'Deletes a saved extract layout.',
    input: z.strictObject({ countyId: Id, id: Id }),
    output: z.object({ deleted: z.literal(true) }),
  },
  'matching.exportLayout': {
    reads: ['extractLayouts'],
    identifiers: 'none',
    roles: MATCHING,
    summary:
      'A saved extract layout as a small JSON file to share with another county: its side, name and column names, no values.',
    input: z.strictObject({ countyId: Id, id: Id }),
    output: ExportFile,
  },
  'matching.importLayout': {
    changes: ['extractLayouts'],
    identifiers: 'none',
    roles: MATCHING,
    summary:
      'Saves the layout in a file another county exported; a file that is not one is refused with what is wrong, and nothing is saved. A name the county already uses gets “ (2)” added.',
    input: uploadedFile(LAYOUT_FILE_MAX_MB)
      .extend({
        countyId: Id,
        /** The side it is imported for: a file of the other side is refused. */
        side: Side.optional(),
      })
      .strict(),
    output: ExtractLayout,
  },
} satisfies ContractSlice;
