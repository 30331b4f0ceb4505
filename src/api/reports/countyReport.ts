/**
 * The county Linkages report as PDF: the report package's figures, the detail behind two of them
 * (the readiness round's domains, the newest match run's rates), laid out by export/report.
 * Gathered through the same service functions the package and the pages use.
 */
import { listRuns } from '../../db/matching/repository';
import { sfyLabel } from '../../core/fiscalCalendar';
import type { CountyPackage } from '../../core/reports/package';
import type { CountyReport, MatchRunFigures } from '../../export/report/reportData';
import type { ServiceContext } from '../context';
import { fileNamePart, type ExportFile } from '../files.contract';
import { frozenResults, resultsAt } from '../matching/results';
import type { RoundResults } from '../readiness/contract';

export const PDF_MEDIA_TYPE = 'application/pdf';

/**
 * The county's newest match run at its own thresholds, as its run page shows it (frozen figures
 * once its identifiers were purged); null before the first run. Counts only.
 */
function newestMatchRun(ctx: ServiceContext, countyId: number): MatchRunFigures | null {
  const [run] = listRuns(ctx.workbench.db, countyId);
  if (!run) return null;
  const results = frozenResults(run) ?? resultsAt(ctx, run, run.accept, run.review);
  return {
    finishedAt: run.finishedAt,
    families: results.families.length,
    tiers: {
      secondary: results.families.filter((f) => f.tier === 'secondary').length,
      tertiary: results.families.filter((f) => f.tier === 'tertiary').length,
    },
    rates: results.rates.map(({ population, count, matched, matchedIn }) => ({
      population,
      count,
      matched,
      matchedIn,
    })),
  };
}

export function countyReport(
  ctx: ServiceContext,
  countyId: number,
  gathered: { pkg: CountyPackage; readinessResults: RoundResults | null },
): CountyReport {
  return {
    pkg: gathered.pkg,
    readinessDomains: (gathered.readinessResults?.domains ?? []).map((d) => ({
      name: d.name,
      score: d.overall.mean,
      change: d.change,
    })),
    matchRun: newestMatchRun(ctx, countyId),
  };
}

export async function reportPdfExport(
  ctx: ServiceContext,
  report: CountyReport,
): Promise<ExportFile> {
  const { countyReportPdf } = await import('../../export/report/countyReportPdf');
  const bytes = await countyReportPdf(report, ctx.content.reportFonts);
  const period = sfyLabel({ startYear: report.pkg.sfyStartYear }).replace(/\s+/g, '-');
  return {
    fileName: `${fileNamePart(report.pkg.county.name)}-Linkages-report-${period}.pdf`,
    mediaType: PDF_MEDIA_TYPE,
    bytesBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  };
}
