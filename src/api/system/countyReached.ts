/**
 * The county a change reaches, for its notice (src/api/changeFeed.ts). Found from the same input
 * field the service authorized the call by (`locatorOf`), and before the handler runs: a call that
 * deletes the record would leave nothing to look its county up by afterwards.
 */
import { findMutualFamily } from '../../db/cocase/plans';
import { findRun } from '../../db/matching/repository';
import { findRespondent, findRound } from '../../db/readiness/repository';
import type { MethodSpec } from '../contractTypes';
import type { ServiceContext } from '../context';
import { locatorOf } from './access';

type CountyOf = (ctx: ServiceContext, id: never) => number | undefined;

/** Every locating field access.ts knows; a unit test keeps the two lists the same. */
export const COUNTY_OF: Readonly<Record<string, CountyOf>> = {
  countyId: (_ctx, id: number) => id,
  roundId: (ctx, id: number) => findRound(ctx.workbench.db, id)?.countyId,
  respondentId: (ctx, id: number) => {
    const respondent = findRespondent(ctx.workbench.db, id);
    return respondent && findRound(ctx.workbench.db, respondent.roundId)?.countyId;
  },
  familyId: (ctx, id: number) => findMutualFamily(ctx.workbench.db, id)?.countyId,
  runId: (ctx, id: number) => findRun(ctx.workbench.db, id)?.countyId,
  jobId: (ctx, id: string) => ctx.jobs.status(id)?.countyId,
};

/**
 * The county's id; null for a method that reaches no county; undefined when it reaches one that
 * cannot be told (no such record, or a locator this file does not know): such a notice is not
 * sent rather than sent to every county.
 */
export function countyReached(
  ctx: ServiceContext,
  spec: MethodSpec,
  input: unknown,
): number | null | undefined {
  const field = locatorOf(spec);
  if (field === null) return null;
  const resolve = COUNTY_OF[field] as ((ctx: ServiceContext, id: unknown) => unknown) | undefined;
  const value = typeof input === 'object' && input !== null ? (input as never)[field] : undefined;
  if (!resolve || value === undefined) return undefined;
  const countyId = resolve(ctx, value);
  return typeof countyId === 'number' ? countyId : undefined;
}
