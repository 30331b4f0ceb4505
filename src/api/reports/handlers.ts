/**
 * The Reports area: a county's report package for an SFY, built from what the other areas show
 * (the service functions behind their pages' methods, so the package and the pages cannot
 * disagree), and read back for a roll-up.
 */
import { COMPONENT_STATUSES } from '../../core/program/model';
import { TIERS } from '../../core/program/catalog';
import { STAGES } from '../../core/program/rollout';
import { sfyEnd, sfyLabel } from '../../core/fiscalCalendar';
import { localIsoDate, type IsoDate } from '../../core/isoDate';
import {
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
  tiersOperating,
  type CountyPackage,
  type ReadinessAbsent,
} from '../../core/reports/package';
import { findCountyByFips } from '../../db/workspace/repository';
import { PackageRefusal } from '../../export/packageRefusal';
import { evaluationFigures } from '../cocase/handlers';
import type { HandlersFor, ServiceContext } from '../context';
import { ValidationError } from '../errors';
import { asExport } from '../exportFile';
import { fileNamePart } from '../files.contract';
import { fiscalFigures } from '../fiscal/summary';
import { programModel } from '../program/handlers';
import { countyRounds, roundResults } from '../readiness/handlers';
import type { RoundResults } from '../readiness/contract';
import type { reportsContract } from './contract';
import { rolloutPlan } from '../program/rollout';
import { trainingLog } from '../program/training';
import { countyOrThrow } from '../county';
import { countyReport, reportPdfExport } from './countyReport';

/** The county report package for an SFY, as the file and its preview carry it. */
export function countyPackage(
  ctx: ServiceContext,
  countyId: number,
  sfyStartYear: number,
): CountyPackage {
  return gatherCountyPackage(ctx, countyId, sfyStartYear).pkg;
}

/**
 * The package, and the results of the readiness round its figures come from (null without one):
 * the PDF report shows that round's domains, which the package sums up in one overall score.
 */
export function gatherCountyPackage(
  ctx: ServiceContext,
  countyId: number,
  sfyStartYear: number,
): { pkg: CountyPackage; readinessResults: RoundResults | null } {
  const county = countyOrThrow(ctx.workbench.db, countyId);
  const today = localIsoDate(new Date());
  const yearEnd = sfyEnd({ startYear: sfyStartYear });
  const asOf = today < yearEnd ? today : yearEnd;
  const { figures, results } = readiness(ctx, countyId, yearEnd);
  const pkg: CountyPackage = {
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    county: { fips: county.fips, name: county.name },
    sfyStartYear,
    generatedAt: new Date().toISOString(),
    appVersion: ctx.appVersion,
    ...figures,
    model: model(ctx, countyId),
    rollout: rollout(ctx, countyId, asOf),
    fiscal: fiscal(ctx, countyId, sfyStartYear),
    training: training(ctx, countyId, sfyStartYear),
    evaluation: evaluation(ctx, countyId, sfyStartYear, today),
  };
  return { pkg, readinessResults: results };
}

/**
 * The SFY's indicators and its quarters as the evaluation page shows them today (later events
 * complete a past year's follow-up); null when the county records no mutual families.
 */
function evaluation(
  ctx: ServiceContext,
  countyId: number,
  sfyStartYear: number,
  today: IsoDate,
): CountyPackage['evaluation'] {
  const figures = evaluationFigures(ctx, countyId, today);
  if (figures.families.linkages + figures.families.comparison === 0) return null;
  const year = sfyLabel({ startYear: sfyStartYear });
  const count = (cell: { numerator: number | null; denominator: number | null }) => ({
    numerator: cell.numerator,
    denominator: cell.denominator,
  });
  return {
    asOf: figures.asOf,
    smallCell: figures.smallCell,
    families: figures.families,
    indicators: figures.figures
      .filter((f) => f.period === year || f.period.startsWith(`${year} `))
      .map((f) => ({
        indicator: f.indicatorId,
        period: f.period,
        followUp: f.followUpComplete ? ('complete' as const) : ('open' as const),
        linkages: count(f.linkages),
        comparison: count(f.comparison),
      })),
  };
}

/**
 * The readiness figures a package reports: the newest closed round with answers held by the end
 * of the SFY, or none and why. An open round is still collecting answers (one respondent can make
 * it "3.5 overall"), so it is never reported. Rounds carry no instrument id — every round here is
 * of the readiness instrument — only the version they were answered on; a round on a newer version
 * supersedes one on an older version, so the newest closed round of any version is the one.
 */
function readiness(
  ctx: ServiceContext,
  countyId: number,
  yearEnd: string,
): { figures: Pick<CountyPackage, 'readiness' | 'readinessAbsent'>; results: RoundResults | null } {
  const held = countyRounds(ctx, countyId).filter((r) => r.heldOn <= yearEnd);
  const closed = held.filter((r) => r.status === 'closed');
  for (const round of closed) {
    const results = roundResults(ctx, round.id);
    if (results.respondents > 0) {
      const figures: Pick<CountyPackage, 'readiness' | 'readinessAbsent'> = {
        readiness: {
          title: round.title,
          status: 'closed',
          instrumentVersion: round.instrumentVersion,
          heldOn: round.heldOn,
          respondents: results.respondents,
          overall: results.overall,
          level: results.level?.id ?? null,
        },
        readinessAbsent: null,
      };
      return { figures, results };
    }
  }
  const readinessAbsent: ReadinessAbsent =
    held.length === 0
      ? 'no-round-held'
      : closed.length === 0
        ? 'no-round-closed'
        : 'no-closed-round-answered';
  return { figures: { readiness: null, readinessAbsent }, results: null };
}

function model(ctx: ServiceContext, countyId: number): CountyPackage['model'] {
  const { components } = programModel(ctx, countyId);
  const byTierStatus = [...TIERS, 'cross-cutting' as const].flatMap((tier) =>
    COMPONENT_STATUSES.map((status) => ({
      tier,
      status,
      components: components.filter((c) => c.tier === tier && c.status === status).length,
    })).filter((cell) => cell.components > 0),
  );
  return {
    components: components.length,
    componentsOperating: components.filter((c) => c.status === 'operating').length,
    tiersOperating: tiersOperating(byTierStatus),
    byTierStatus,
  };
}

function rollout(ctx: ServiceContext, countyId: number, asOf: IsoDate) {
  const plan = rolloutPlan(ctx, countyId, asOf);
  const byStage = STAGES.map(({ id }) => {
    const stage = plan.completion.find((c) => c.stage === id);
    return { stage: id, done: stage?.done ?? 0, total: stage?.total ?? 0 };
  });
  return {
    tasks: plan.tasks.length,
    done: plan.tasks.filter((t) => t.status === 'done').length,
    overdue: plan.overdue.length,
    byStage,
  };
}

function fiscal(ctx: ServiceContext, countyId: number, sfyStartYear: number) {
  const figures = fiscalFigures(ctx, countyId, sfyStartYear, null);
  const { streams } = figures.county;
  const year = figures.leverage.find((l) => l.sfyStartYear === sfyStartYear);
  const spent = new Map(figures.budgetVsActual.byStream.map((s) => [s.streamId, s]));
  const leveraged = new Map(year?.byStream.map((s) => [s.streamId, s.leveragedCents]));
  const byStream = streams
    .filter((s) => spent.has(s.id) || leveraged.has(s.id))
    .map((s) => ({
      stream: s.name,
      sourceProgram: s.sourceProgram,
      budgetCents: spent.get(s.id)?.budgetCents ?? 0,
      spentCents: spent.get(s.id)?.actualCents ?? 0,
      leveragedCents: leveraged.get(s.id) ?? 0,
    }));
  const { total } = figures.budgetVsActual;
  return {
    budgetCents: total.budgetCents,
    spentCents: total.actualCents,
    leveragedCents: year?.leveragedCents ?? 0,
    generalFundSavedCents: year?.generalFundSavedCents ?? 0,
    generalFundCommittedCents: year?.generalFundCommittedCents ?? 0,
    leverageRatio: year?.leverageRatio ?? null,
    byStream,
    byQuarter: total.quarters.map((q, i) => ({
      quarter: q.quarter,
      spentCents: q.actualCents,
      leveragedCents: year?.byQuarter.find((b) => b.quarter === i + 1)?.leveragedCents ?? 0,
    })),
  };
}

function training(ctx: ServiceContext, countyId: number, sfyStartYear: number) {
  const { totals } = trainingLog(ctx, countyId);
  const year = totals.find((t) => t.startYear === sfyStartYear);
  const { calworks = 0, cws = 0, partner = 0, total = 0 } = year?.attendees ?? {};
  return {
    sessions: year?.sessions ?? 0,
    minutes: year?.minutes ?? 0,
    attendees: { calworks, cws, partner, total },
  };
}

export const reportsHandlers: HandlersFor<typeof reportsContract> = {
  // The figures the package would carry now, for the page to show before it is written.
  'reports.previewPackage': ({ countyId, sfyStartYear }, ctx) =>
    countyPackage(ctx, countyId, sfyStartYear),

  'reports.exportPackage': async ({ countyId, sfyStartYear }, ctx) => {
    const pkg = countyPackage(ctx, countyId, sfyStartYear);
    const period = sfyLabel({ startYear: sfyStartYear }).replace(/\s+/g, '-');
    const { packageWorkbook } = await import('../../export/reportPackage');
    return asExport(
      `${fileNamePart(pkg.county.name)}-report-package-${period}.xlsx`,
      packageWorkbook(pkg),
    );
  },

  'reports.exportReportPdf': ({ countyId, sfyStartYear }, ctx) =>
    reportPdfExport(
      ctx,
      countyReport(ctx, countyId, gatherCountyPackage(ctx, countyId, sfyStartYear)),
    ),

  'reports.readPackage': async ({ bytesBase64 }, ctx) => {
    try {
      return (await readKnownPackage(ctx, bytesBase64)).pkg;
    } catch (error) {
      if (!(error instanceof PackageRefusal)) throw error;
      throw new ValidationError(error.message, [{ path: 'bytesBase64', message: error.message }]);
    }
  },
};

/** A package file read, checked, and matched to one of the 58 counties; else a PackageRefusal. */
export async function readKnownPackage(ctx: ServiceContext, bytesBase64: string) {
  const { readCountyPackage } = await import('../../export/reportPackage');
  const pkg = await readCountyPackage(new Uint8Array(Buffer.from(bytesBase64, 'base64')));
  const county = findCountyByFips(ctx.workbench.db, pkg.county.fips);
  if (!county || county.name !== pkg.county.name) {
    throw new PackageRefusal(
      `The package names ${pkg.county.name} County with FIPS code ${pkg.county.fips}, which is not a California county the Workbench knows.`,
    );
  }
  return { pkg, county };
}
