/** Every kind of job, by name: what the worker runs. */
import { ledgerImportJob } from '../ledgerImportJob';
import { importExtractJob, matchRunJob } from '../matchingJobs';

export const JOB_KINDS = {
  'fiscal.importLedger': ledgerImportJob,
  'matching.importExtract': importExtractJob,
  'matching.run': matchRunJob,
} as const;

export type JobKind = keyof typeof JOB_KINDS;
