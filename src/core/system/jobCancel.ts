/**
 * Who may stop a job (issue 24, part 7): the county's users all see its imports and match runs,
 * but only the person who started one, or a coordinator of that county, cancels it; stopping a
 * colleague's half-hour match run is a coordinator's call. The single-user shells' one local user
 * started everything (DESIGN.md).
 */
import { rolesIn, type RoleGrant } from './roles';

export interface JobAsker {
  /** Null for the local user of a single-user shell. */
  readonly userId: number | null;
  readonly grants: readonly RoleGrant[];
}

export interface JobStarted {
  readonly countyId: number;
  /** Null when the local user of a single-user shell started it. */
  readonly startedByUserId: number | null;
}

export function mayCancelJob(asker: JobAsker, job: JobStarted): boolean {
  if (asker.userId === null) return true;
  if (asker.userId === job.startedByUserId) return true;
  return rolesIn(asker.grants, job.countyId).has('coordinator');
}

export const CANCEL_REFUSED =
  'Only the person who started this job, or a coordinator, can cancel it.';
