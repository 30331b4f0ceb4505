/**
 * The privacy rule of DOMAIN.md: identifiers are stored only for the run. Purging deletes the
 * county's persons, scored pairs and decisions, and keeps what the county reports: each run's
 * family (case-number) pairs, counts and match rates, frozen at its thresholds.
 */
import { listRuns, purgeIdentifiers } from '../../db/matching/repository';
import type { HandlersFor } from '../context';
import type { matchingContract } from './contract';
import { frozenResults, resultsAt } from './results';
import { countyOrThrow } from '../county';

export const matchingPurgeHandlers: Pick<HandlersFor<typeof matchingContract>, 'matching.purge'> = {
  'matching.purge': ({ countyId }, ctx) => {
    countyOrThrow(ctx.workbench.db, countyId);
    const frozen = new Map<number, string>();
    const runs = listRuns(ctx.workbench.db, countyId);
    for (const run of runs) {
      if (frozenResults(run)) continue;
      frozen.set(run.id, JSON.stringify(resultsAt(ctx, run, run.accept, run.review)));
    }
    const purged = purgeIdentifiers(ctx.workbench, countyId, frozen);
    return { ...purged, runsKept: runs.length };
  },
};
