import { sql } from 'drizzle-orm';
import { localIsoDate } from '../../core/isoDate';
import { listRuns, type MatchRunRow } from '../../db/matching/repository';
import type { Db } from '../../db/openDatabase';
import type { ServiceContext } from '../context';
import { frozenResults, resultsAt } from './results';

export interface RunStanding {
  readonly runId: number;
  readonly finishedOn: string;
  readonly families: number;
  readonly pairsToReview: number;
}

/**
 * The Overview asks for this on every visit, by every user of a shared server, and working out a
 * run's families takes tens of milliseconds. A run's pairs never change once it has finished; what
 * moves its figures is the county's review decisions, and its thresholds or purge on the run row.
 * So the figures are kept per connection (a restore opens a new one) and county, under a key made
 * of exactly those.
 */
const kept = new WeakMap<object, Map<number, { key: string; standing: RunStanding }>>();

function decisionsNow(db: Db, countyId: number): string {
  const row = db.get<{ decisions: string | null }>(sql`
    SELECT group_concat(d, ';') AS decisions FROM (
      SELECT calworks_person_id || '|' || cws_person_id || '|' || decision AS d
      FROM match_decision WHERE county_id = ${countyId}
      ORDER BY calworks_person_id, cws_person_id)`);
  return row.decisions ?? '';
}

function keyOf(run: MatchRunRow, decisions: string): string {
  const purged = run.purgedResultsJson === null ? 'kept' : 'purged';
  return `${run.id}:${run.accept}:${run.review}:${purged}:${decisions}`;
}

/**
 * The county's newest match run as the Overview reports it: when it finished, its family pairs,
 * and the pairs in its review band nobody has decided yet (a decision moves a pair out of the band).
 * Null before the first run.
 */
export function newestRunStanding(ctx: ServiceContext, countyId: number): RunStanding | null {
  const run = listRuns(ctx.workbench.db, countyId)[0];
  if (!run) return null;
  const key = keyOf(run, decisionsNow(ctx.workbench.db, countyId));
  const counties = kept.get(ctx.workbench.sqlite) ?? new Map();
  kept.set(ctx.workbench.sqlite, counties);
  const known = counties.get(countyId);
  if (known?.key === key) return known.standing;
  const results = frozenResults(run) ?? resultsAt(ctx, run, run.accept, run.review);
  const standing = {
    runId: run.id,
    finishedOn: localIsoDate(new Date(run.finishedAt)),
    families: results.families.length,
    pairsToReview: results.reviewPairs,
  };
  counties.set(countyId, { key, standing });
  return standing;
}
