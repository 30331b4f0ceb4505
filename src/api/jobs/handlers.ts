/**
 * jobs.status, jobs.list and jobs.cancel: one way to follow and stop any area's long work. On the
 * shared server the county's users all see its jobs; only the starter or a coordinator stops one.
 */
import { CANCEL_REFUSED, mayCancelJob } from '../../core/system/jobCancel';
import { findUserById } from '../../db/system/users';
import type { HandlersFor, ServiceContext } from '../context';
import { Forbidden, NotFound } from '../errors';
import type { Caller } from '../system/access';
import type { jobsContract, JobStatusOutput } from './contract';
import type { JobStarter, JobStatus } from './runner';

/**
 * A job's status as the contract gives it to this caller (the worker's result is the kind's own
 * shape; the starter's user id stays on the server, their name is what the county sees).
 */
export function jobOutput(status: JobStatus, caller: Caller): JobStatusOutput {
  const { startedByUserId: _kept, refusal: _internal, ...shown } = status;
  return {
    ...shown,
    problems: [...status.problems],
    result: status.result as JobStatusOutput['result'],
    mayCancel: mayCancelJob(caller, status),
  };
}

/** Who starts a job from this call: the audit trail's actor, and the name the county knows. */
export function jobStarter(ctx: ServiceContext): JobStarter {
  const { userId, actor } = ctx.caller;
  const user = userId === null ? undefined : findUserById(ctx.workbench.db, userId);
  return { actor, userId, name: user?.displayName || actor };
}

function found(jobId: string, status: JobStatus | undefined): JobStatus {
  if (!status) {
    throw new NotFound(`There is no job ${jobId} (finished jobs are kept for a while only).`);
  }
  return status;
}

export const jobsHandlers: HandlersFor<typeof jobsContract> = {
  'jobs.status': ({ jobId }, ctx) => jobOutput(found(jobId, ctx.jobs.status(jobId)), ctx.caller),
  'jobs.list': ({ countyId }, ctx) =>
    ctx.jobs.listIn(countyId).map((status) => jobOutput(status, ctx.caller)),
  'jobs.cancel': ({ jobId }, ctx) => {
    const job = found(jobId, ctx.jobs.status(jobId));
    if (!mayCancelJob(ctx.caller, job)) throw new Forbidden(CANCEL_REFUSED);
    return jobOutput(found(jobId, ctx.jobs.cancel(jobId)), ctx.caller);
  },
};
