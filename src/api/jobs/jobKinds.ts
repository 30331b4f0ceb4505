/** Every kind of job, by name (jobTypes.ts): what the worker runs. */
import { ledgerImportJob } from '../fiscal/ledgerImportJob';
import { importExtractJob, matchRunJob } from '../matching/jobs';
import type { JobKind } from './jobTypes';

export const JOB_KINDS = {
  'fiscal.importLedger': ledgerImportJob,
  'matching.importExtract': importExtractJob,
  'matching.run': matchRunJob,
} as const satisfies Record<JobKind, unknown>;
