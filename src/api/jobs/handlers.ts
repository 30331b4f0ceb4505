/** jobs.status and jobs.cancel: one way to follow and stop any area's long work. */
import type { HandlersFor } from '../context';
import { NotFound } from '../errors';
import type { jobsContract, JobStatusOutput } from './contract';
import type { JobStatus } from './runner';

/** A job's status as the contract gives it (the worker's result is the kind's own shape). */
export function jobOutput(status: JobStatus): JobStatusOutput {
  return {
    ...status,
    problems: [...status.problems],
    result: status.result as JobStatusOutput['result'],
  };
}

function found(jobId: string, status: JobStatus | undefined): JobStatusOutput {
  if (!status) {
    throw new NotFound(`There is no job ${jobId} (finished jobs are kept for a while only).`);
  }
  return jobOutput(status);
}

export const jobsHandlers: HandlersFor<typeof jobsContract> = {
  'jobs.status': ({ jobId }, ctx) => found(jobId, ctx.jobs.status(jobId)),
  'jobs.cancel': ({ jobId }, ctx) => found(jobId, ctx.jobs.cancel(jobId)),
};
