import { z } from 'zod';
import { EXTRACT_FIELDS } from '../../core/matching/linkage/extract';
import type { ContractSlice } from '../contractTypes';
import { ExportFile, uploadedFile } from '../files.contract';
import { JobStatusSchema } from '../jobs/contract';
import { FAMILY_NAMES, MATCHING, MATCH_RESULTS_READ } from '../system/roleGroups';

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
  /** Its identifiers were purged: its results stay as they were then. */
  purged: z.boolean(),
});

/** A linked person as a reveal shows them: no SSN, no address. */
const LinkedPerson = z.object({
  personId: z.string(),
  firstName: z.string(),
  middleName: z.string(),
  lastName: z.string(),
  dob: z.string(),
  role: z.string(),
});

const Decided = z.object({ matches: z.number().int(), nonMatches: z.number().int() });

const ReviewPair = z.object({
  calworksRow: z.number().int(),
  cwsRow: z.number().int(),
  /** Shown only when the reviewer asks: review is blind by default. */
  probability: z.number(),
  calworksCase: z.string(),
  cwsCase: z.string(),
  fields: z.array(
    z.object({
      field: z.string(),
      calworks: z.string(),
      cws: z.string(),
      /** The comparison level, in words ("nickname", "day-month swap", …). */
      level: z.string(),
      agrees: z.enum(['yes', 'partly', 'no', 'missing']),
    }),
  ),
});

export const matchingContract = {
  'matching.readExtract': {
    reads: ['extracts', 'extractLayouts'],
    identifiers: 'none',
    roles: MATCHING,
    summary:
      'Reads the header of a person extract (CSV or XLSX) and proposes a column mapping: the county’s last one when it fits, else one recognized from the header names; and offers the county’s saved layouts that fit the header.',
    input: ExtractFile.strict(),
    output: z.object({
      headers: z.array(z.string()),
      mapping: ExtractMappingInput,
      /** Why the mapping cannot be used yet; empty when it can. */
      mappingProblems: z.array(z.string()),
      /** The county's saved layouts of this side whose columns are all in the header. */
      layouts: z.array(z.object({ id: Id, name: z.string(), mapping: ExtractMappingInput })),
    }),
  },
  'matching.startImport': {
    changes: ['extracts'],
    job: 'matching.importExtract',
    identifiers: 'none',
    roles: MATCHING,
    summary:
      'Imports a person extract as a job: every row is checked, and only a file without problems is stored.',
    input: ExtractFile.extend({ mapping: ExtractMappingInput }).strict(),
    output: JobStatusSchema,
  },
  'matching.extracts': {
    reads: ['extracts'],
    identifiers: 'none',
    roles: MATCH_RESULTS_READ,
    summary: 'The county’s imported extracts, newest first.',
    input: z.strictObject({ countyId: Id }),
    output: z.array(Extract),
  },
  'matching.startRun': {
    changes: ['matchRuns'],
    job: 'matching.run',
    identifiers: 'none',
    roles: MATCHING,
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
    reads: ['matchRuns'],
    identifiers: 'none',
    roles: MATCH_RESULTS_READ,
    summary: 'The county’s match runs, newest first.',
    input: z.strictObject({ countyId: Id }),
    output: z.array(Run),
  },
  'matching.runView': {
    reads: ['matchRuns'],
    identifiers: 'none',
    roles: MATCH_RESULTS_READ,
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
      /** Pairs of this run the county's reviewers decided. */
      decided: Decided,
      families: z.number().int(),
      /** Family pairs by prevention tier (open FM/FR case: Tertiary; else Secondary). */
      tiers: z.object({ secondary: z.number().int(), tertiary: z.number().int() }),
      rates: z.array(MatchRate),
      /** What the run estimated, for the diagnostics (no identifiers). */
      model: z.object({
        fields: z.array(
          z.object({
            name: z.string(),
            levels: z.array(z.string()),
            /** Share of each level among matches, and among non-matches. */
            m: z.array(z.number()),
            u: z.array(z.number()),
          }),
        ),
        /** The chance that two random persons are the same. */
        prior: z.number(),
        /** Every compared pair's match weight in 1-bit bins from `fromBits`. */
        histogram: z.object({ fromBits: z.number(), counts: z.array(z.number().int()) }),
        /**
         * Each blocking rule: the pairs it brought first, its blocks' pairs counted from their
         * sizes before comparing and its largest block (null for runs made before these were
         * counted), and the blocks left out as too large.
         */
        blocking: z.array(
          z.object({
            rule: z.string(),
            pairs: z.number().int(),
            skippedBlocks: z.number().int(),
            blockPairs: z.number().int().nullable(),
            largestBlock: z.number().int().nullable(),
          }),
        ),
      }),
    }),
  },
  'matching.reviewQueue': {
    reads: ['matchRuns'],
    identifiers: 'always',
    roles: MATCHING,
    summary:
      'The next pairs of a run for clerical review (in the review band, not yet decided), side by side with each field’s agreement. Shows identifiers: the review screen is where a reviewer asks for them.',
    input: z.strictObject({ runId: Id, limit: z.number().int().min(1).max(100).default(20) }),
    output: z.object({ total: z.number().int(), decided: Decided, pairs: z.array(ReviewPair) }),
  },
  'matching.decide': {
    changes: ['matchRuns'],
    identifiers: 'none',
    roles: MATCHING,
    summary:
      'Records a reviewer’s decision on a pair (match or non-match), or takes it back (null); decisions hold for later runs over the same persons.',
    input: z.strictObject({
      runId: Id,
      calworksRow: z.number().int().min(2),
      cwsRow: z.number().int().min(2),
      decision: z.enum(['match', 'non-match']).nullable(),
    }),
    output: z.object({ decided: Decided, remaining: z.number().int() }),
  },
  'matching.families': {
    reads: ['matchRuns'],
    identifiers: 'none',
    roles: MATCH_RESULTS_READ,
    summary:
      'A run’s mutual families at its thresholds: the case-number pairs, persons linked and tier (no names).',
    input: z.strictObject({ runId: Id }),
    output: z.array(
      z.object({
        calworksCase: z.string(),
        cwsCase: z.string(),
        persons: z.number().int(),
        tier: z.enum(['secondary', 'tertiary']),
      }),
    ),
  },
  'matching.familyPersons': {
    reads: ['matchRuns', 'extracts'],
    identifiers: 'always',
    roles: FAMILY_NAMES,
    summary:
      'The persons linked in one family pair, with their names and dates of birth: what a person sees when they ask to reveal a family’s names.',
    input: z.strictObject({
      runId: Id,
      calworksCase: z.string().min(1).max(60),
      cwsCase: z.string().min(1).max(60),
      /** Why the names are needed, in the person's words: asked on the shared server, recorded. */
      purpose: z.string().trim().max(200).optional(),
    }),
    output: z.array(
      z.object({
        calworks: LinkedPerson,
        cws: LinkedPerson,
        probability: z.number(),
        decision: z.enum(['match', 'non-match']).nullable(),
      }),
    ),
  },
  'matching.exportRun': {
    reads: ['matchRuns', 'extracts'],
    identifiers: 'onRequest',
    roles: MATCHING,
    summary:
      'A run’s workbook: match rates, family pairs and person links by person ID. Names, dates of birth and SSN last four only when `identifiers` is true, and then every sheet is marked confidential.',
    input: z.strictObject({ runId: Id, identifiers: z.boolean().default(false) }),
    output: ExportFile,
  },
  'matching.purge': {
    changes: ['extracts', 'matchRuns'],
    identifiers: 'none',
    roles: MATCHING,
    summary:
      'Deletes the county’s person identifiers (extract persons, scored pairs, review decisions) and keeps each run’s family case-number pairs, counts and match rates.',
    input: z.strictObject({ countyId: Id }),
    output: z.object({
      extracts: z.number().int(),
      persons: z.number().int(),
      runsKept: z.number().int(),
    }),
  },
} satisfies ContractSlice;
