/**
 * The Overview's standing of a county, gathered from the service functions behind each area's
 * pages (so the Overview and the pages cannot disagree) and decided by the rule in core.
 */
import { sfyEnd, stateFiscalYearOf } from '../../core/fiscalCalendar';
import { localIsoDate } from '../../core/isoDate';
import { DUE_SOON_DAYS } from '../../core/program/rollout';
import { packageLacks } from '../../core/reports/packageLacks';
import { countyStanding, type Standing } from '../../core/workspace/standing';
import { countyWorklists } from '../cocase/plans';
import type { ServiceContext } from '../context';
import { countyOrThrow } from '../county';
import { fiscalFigures } from '../fiscal/summary';
import { newestRunStanding } from '../matching/newestRun';
import { rolloutPlan } from '../program/rollout';
import { countyRounds } from '../readiness/handlers';
import { countyPackage } from '../reports/handlers';

/** The worklists page's own defaults: reviews due within 14 days, no plan after 30. */
const REVIEWS_DUE_WITHIN_DAYS = 14;
const PLAN_WITHIN_DAYS = 30;

export function countyStandingOf(
  ctx: ServiceContext,
  countyId: number,
  asOf: string | undefined,
): Standing {
  countyOrThrow(ctx.workbench.db, countyId);
  const day = asOf ?? localIsoDate(new Date());
  const sfy = stateFiscalYearOf(day);
  const pkg = countyPackage(ctx, countyId, sfy.startYear);
  const plan = rolloutPlan(ctx, countyId, day);
  const dueOf = new Map(plan.tasks.map((t) => [t.id, t.dueDate]));
  const fiscal = fiscalFigures(ctx, countyId, sfy.startYear, day);
  const streamName = new Map(fiscal.county.streams.map((s) => [s.id, s.name]));
  const lists = countyWorklists(ctx, countyId, {
    asOf: day,
    dueWithinDays: REVIEWS_DUE_WITHIN_DAYS,
    planWithinDays: PLAN_WITHIN_DAYS,
  });
  return countyStanding({
    asOf: day,
    sfyStartYear: sfy.startYear,
    sfyEnd: sfyEnd(sfy),
    rounds: countyRounds(ctx, countyId),
    modelComponentsAdopted: pkg.model.byTierStatus
      .filter((row) => row.status !== 'considering')
      .reduce((sum, row) => sum + row.components, 0),
    plan: {
      tasks: plan.tasks.length,
      overdueDues: plan.overdue.map((id) => dueOf.get(id) ?? day),
      dueSoon: plan.dueSoon.length,
      dueSoonDays: DUE_SOON_DAYS,
    },
    streams: fiscal.county.streams.filter((s) => !s.retired).length,
    budgetCentsThisSfy: pkg.fiscal.budgetCents,
    burn: fiscal.burn.map((b) => ({
      streamName: streamName.get(b.streamId) ?? `Stream ${b.streamId}`,
      runOutDate: b.runOutDate,
      runsOut: b.status === 'runs-out',
    })),
    worklists: {
      reviewsOverdue: lists.reviews.filter((r) => r.status === 'overdue').length,
      reviewsDue: lists.reviews.filter((r) => r.status === 'due').length,
      dueWithinDays: REVIEWS_DUE_WITHIN_DAYS,
      withoutPlan: lists.withoutPlan.length,
      planWithinDays: PLAN_WITHIN_DAYS,
    },
    families: pkg.evaluation
      ? pkg.evaluation.families.linkages + pkg.evaluation.families.comparison
      : 0,
    newestRun: newestRunStanding(ctx, countyId),
    trainingsThisSfy: {
      sessions: pkg.training.sessions,
      attendees: pkg.training.attendees.total,
    },
    packageLacks: packageLacks(pkg),
  });
}
