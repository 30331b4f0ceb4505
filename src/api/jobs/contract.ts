import { z } from 'zod';
import type { ContractSlice } from '../contractTypes';
import { JOBS } from '../system/roleGroups';

export const JobId = z.string().uuid();
const CountyId = z.number().int().positive();

export const JobStatusSchema = z.object({
  jobId: JobId,
  kind: z.enum(['fiscal.importLedger', 'matching.importExtract', 'matching.run']),
  countyId: z.number().int(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** What the job is doing now (e.g. "check", "save", "block", "compare"). */
  stage: z.string().nullable(),
  /** 0 to 1 within the stage. */
  share: z.number().min(0).max(1),
  /** Why it failed or was cancelled, for the person. */
  message: z.string().nullable(),
  /** Rows of an imported file that were refused (the first ones), and how many in all. */
  problems: z.array(z.object({ row: z.number().int(), column: z.string(), reason: z.string() })),
  problemCount: z.number().int(),
  /** What a finished job made: an extract, a run, or a ledger import. */
  result: z
    .union([
      z.object({ extractId: z.number().int(), rows: z.number().int() }),
      z.object({ runId: z.number().int() }),
      z.object({
        importId: z.number().int(),
        rowCount: z.number().int(),
        totalCents: z.number().int(),
      }),
    ])
    .nullable(),
  /** Who started it, by display name or user name (staff names, not identifiers of people). */
  startedBy: z.string(),
  /** Whether the person asking may cancel it: its starter, a coordinator, the local user. */
  mayCancel: z.boolean(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type JobStatusOutput = z.infer<typeof JobStatusSchema>;

export const jobsContract = {
  'jobs.status': {
    reads: ['jobs'],
    identifiers: 'none',
    roles: JOBS,
    summary: 'The progress of a job (an import or a match run), or its outcome once it ended.',
    input: z.strictObject({ jobId: JobId }),
    output: JobStatusSchema,
  },
  'jobs.list': {
    reads: ['jobs'],
    identifiers: 'none',
    roles: JOBS,
    summary:
      "The county's imports and match runs: those running, and those that ended lately, newest first.",
    input: z.strictObject({ countyId: CountyId }),
    output: z.array(JobStatusSchema),
  },
  'jobs.cancel': {
    changes: ['jobs'],
    identifiers: 'none',
    roles: JOBS,
    summary:
      'Asks a running job to stop (its starter or a coordinator); it stops at its next check and writes nothing.',
    input: z.strictObject({ jobId: JobId }),
    output: JobStatusSchema,
  },
} satisfies ContractSlice;
