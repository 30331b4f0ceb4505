import { localIsoDate } from '../../core/isoDate';
import { listRuns } from '../../db/matching/repository';
import type { ServiceContext } from '../context';
import { frozenResults, resultsAt } from './results';

/**
 * The county's newest match run as the Overview reports it: when it finished, its family pairs,
 * and the pairs in its review band nobody has decided yet (a decision moves a pair out of the band).
 * Null before the first run.
 */
export function newestRunStanding(ctx: ServiceContext, countyId: number) {
  const run = listRuns(ctx.workbench.db, countyId)[0];
  if (!run) return null;
  const results = frozenResults(run) ?? resultsAt(ctx, run, run.accept, run.review);
  return {
    runId: run.id,
    finishedOn: localIsoDate(new Date(run.finishedAt)),
    families: results.families.length,
    pairsToReview: results.reviewPairs,
  };
}
