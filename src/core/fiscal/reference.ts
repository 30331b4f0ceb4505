/**
 * The funding streams and service categories a county starts with, from
 * resources/fiscal/reference-v<N>.json; each county then keeps and edits its own copy.
 */
import { z } from 'zod';
import { FUNDING_LEVELS, SOURCE_PROGRAMS } from './types';

export const StreamName = z.string().trim().min(2).max(80);
export const CategoryName = z.string().trim().min(2).max(60);

export const FiscalReference = z
  .object({
    format: z.literal('linkages-fiscal-reference'),
    version: z.number().int().positive(),
    description: z.string(),
    streams: z
      .array(
        z
          .object({
            name: StreamName,
            sourceProgram: z.enum(SOURCE_PROGRAMS),
            level: z.enum(FUNDING_LEVELS),
            claimable: z.boolean(),
            generalFund: z.boolean(),
          })
          .strict(),
      )
      .min(1),
    categories: z.array(CategoryName).min(1),
  })
  .strict()
  .refine((ref) => ref.streams.filter((s) => s.generalFund).length === 1, {
    message: 'exactly one stream is the county general fund',
  })
  .refine((ref) => new Set(ref.streams.map((s) => s.name)).size === ref.streams.length, {
    message: 'stream names are unique',
  })
  .refine((ref) => new Set(ref.categories).size === ref.categories.length, {
    message: 'category names are unique',
  });
export type FiscalReference = z.infer<typeof FiscalReference>;

export const SOURCE_PROGRAM_LABELS = {
  calworks: 'CalWORKs',
  cws: 'CWS',
  county: 'County',
  other: 'Other',
} as const;

export const FUNDING_LEVEL_LABELS = {
  federal: 'Federal',
  state: 'State',
  county: 'County',
  private: 'Private',
} as const;
