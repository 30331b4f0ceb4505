import { z } from 'zod';
import { EXTRACT_FIELDS } from '../core/linkage/extract';
import type { ContractSlice } from './contractTypes';
import { uploadedFile } from './files.contract';
import { JobStatusSchema } from './jobs.contract';

const Id = z.number().int().positive();
const Side = z.enum(['calworks', 'cws']);
const Probability = z.number().gt(0).lt(1);

/** Extract field → the file's header that fills it. */
export const ExtractMappingInput = z.partialRecord(z.enum(EXTRACT_FIELDS), z.string().max(200));

/** A Los Angeles-sized extract is about 50 MB of CSV. */
export const EXTRACT_FILE_MAX_MB = 100;

const ExtractFile = uploadedFile(EXTRACT_FILE_MAX_MB).extend({ countyId: Id, side: Side });

const Extract = z.object({
  extractId: Id,
  side: Side,
  fileName: z.string(),
  rows: z.number().int(),
  importedAt: z.string(),
  importedBy: z.string(),
  purged: z.boolean(),
});

const MatchRate = z.object({
  population: z.string(),
  count: z.number().int(),
  matched: z.number().int(),
  matchedIn: z.enum(['CWS', 'CalWORKs']),
  share: z.number().nullable(),
});

const Run = z.object({
  runId: Id,
  calworksExtractId: Id,
  cwsExtractId: Id,
  accept: Probability,
  review: Probability,
  seed: z.number().int(),
  pairsCompared: z.number().int(),
  startedAt: z.string(),
  finishedAt: z.string(),
  actor: z.string(),
});

export const matchingContract = {
  'matching.readExtract': {
    summary:
      'Reads the header of a person extract (CSV or XLSX) and proposes a column mapping: the county’s last one when it fits, else one recognized from the header names.',
    input: ExtractFile.strict(),
    output: z.object({
      headers: z.array(z.string()),
      mapping: ExtractMappingInput,
      /** Why the mapping cannot be used yet; empty when it can. */
      mappingProblems: z.array(z.string()),
    }),
  },
  'matching.startImport': {
    summary:
      'Imports a person extract as a job: every row is checked, and only a file without problems is stored.',
    input: ExtractFile.extend({ mapping: ExtractMappingInput }).strict(),
    output: JobStatusSchema,
  },
  'matching.extracts': {
    summary: 'The county’s imported extracts, newest first.',
    input: z.strictObject({ countyId: Id }),
    output: z.array(Extract),
  },
  'matching.startRun': {
    summary:
      'Matches a CalWORKs extract against a CWS extract as a job; its parameters and the estimated model are saved with it.',
    input: z
      .strictObject({
        countyId: Id,
        calworksExtractId: Id,
        cwsExtractId: Id,
        accept: Probability.default(0.9),
        review: Probability.default(0.5),
        seed: z
          .number()
          .int()
          .min(0)
          .max(2 ** 31 - 1)
          .default(1),
      })
      .refine((run) => run.review <= run.accept, {
        path: ['review'],
        message: 'The review threshold must not be above the accept threshold.',
      }),
    output: JobStatusSchema,
  },
  'matching.runs': {
    summary: 'The county’s match runs, newest first.',
    input: z.strictObject({ countyId: Id }),
    output: z.array(Run),
  },
  'matching.runView': {
    summary:
      'A run’s results at its thresholds (or others given): links, pairs for review, family pairs and match rates in the statewide table’s shape.',
    input: z.strictObject({
      runId: Id,
      accept: Probability.optional(),
      review: Probability.optional(),
    }),
    output: z.object({
      run: Run,
      accept: Probability,
      review: Probability,
      links: z.number().int(),
      reviewPairs: z.number().int(),
      families: z.number().int(),
      rates: z.array(MatchRate),
    }),
  },
} satisfies ContractSlice;
