/** Every kind of job, by name (jobTypes.ts): what the worker runs. */
import { ledgerImportJob } from '../ledgerImportJob';
import { importExtractJob, matchRunJob } from '../matchingJobs';
import type { JobKind } from './jobTypes';

export const JOB_KINDS = {
  'fiscal.importLedger': ledgerImportJob,
  'matching.importExtract': importExtractJob,
  'matching.run': matchRunJob,
} as const satisfies Record<JobKind, unknown>;
