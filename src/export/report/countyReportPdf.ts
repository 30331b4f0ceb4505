/**
 * The county Linkages report for the oversight committee, as PDF bytes: a cover with the year's
 * headlines, then one section per area, each a plain sentence, a chart and the chart's figures as
 * a table. Made from the report package's figures (reportData.ts), so the report and the package
 * a committee rolls up cannot disagree. Aggregates only.
 */
import { sfyEnd, sfyLabel, sfyStart } from '../../core/fiscalCalendar';
import { evaluationSection } from './evaluationSection';
import { familiesSection } from './familiesSection';
import { fiscalSection } from './fiscalSection';
import { modelHeadline, readinessHeadline, spendingHeadline, trainingHeadline } from './headlines';
import { programSection } from './programSection';
import { readinessSection } from './readinessSection';
import type { CountyReport } from './reportData';
import { ACCENT, MUTED, ReportDocument, type ReportFonts } from './reportDocument';
import { trainingSection } from './trainingSection';

import { dayInWords, momentInWords } from '../../core/dateWords';

export const REPORT_SECTIONS = [
  'Readiness',
  'Program model and plan',
  'Fiscal and leverage',
  'Mutual families and match rates',
  'Co-case and evaluation',
  'Training',
] as const;

export interface ReportOptions {
  /** The clock "Generated" is read in; the machine's own when left out. */
  readonly timeZone?: string;
}

export async function countyReportPdf(
  report: CountyReport,
  fonts: ReportFonts,
  options: ReportOptions = {},
): Promise<Uint8Array> {
  const { pkg } = report;
  const year = sfyLabel({ startYear: pkg.sfyStartYear });
  const county = `${pkg.county.name} County`;
  const document = new ReportDocument(fonts, {
    title: `${county} Linkages report, ${year}`,
    footer: `${county} · Linkages report · ${year}`,
    createdAt: new Date(pkg.generatedAt),
  });
  cover(document, report, options);
  readinessSection(document, report);
  programSection(document, report);
  fiscalSection(document, report);
  familiesSection(document, report);
  evaluationSection(document, report);
  trainingSection(document, report);
  return document.bytes();
}

function cover(document: ReportDocument, { pkg }: CountyReport, options: ReportOptions) {
  const sfy = { startYear: pkg.sfyStartYear };
  document.gap(90);
  document.use('bold', 13, MUTED).text('Linkages report for the oversight committee', {
    width: document.width,
  });
  document.gap(6);
  document.use('bold', 30, ACCENT).text(`${pkg.county.name} County`, { width: document.width });
  document.use('bold', 18, ACCENT).text(sfyLabel(sfy), { width: document.width });
  document.gap(6);
  document.paragraph(
    `State fiscal year ${dayInWords(sfyStart(sfy))} to ${dayInWords(sfyEnd(sfy))}`,
    {
      color: MUTED,
    },
  );
  document.paragraph(`Generated ${momentInWords(new Date(pkg.generatedAt), options.timeZone)}`, {
    color: MUTED,
  });
  document.paragraph(`Made with Linkages Workbench ${pkg.appVersion}`, { color: MUTED });
  document.gap(24);
  document.subheading('The year at a glance');
  const glance = [
    pkg.readiness ? readinessHeadline(pkg.readiness) : 'No readiness round is reported this year.',
    modelHeadline(pkg.model),
    spendingHeadline(pkg.fiscal),
    trainingHeadline(pkg.training),
  ];
  for (const line of glance) document.paragraph(`•  ${line}`);
  document.subheading('In this report');
  document.paragraph(REPORT_SECTIONS.join(' · '));
  document.gap(16);
  document.paragraph(
    'Aggregates only: no person, case number or note from the Workbench is in this report. Counts from 1 to 10 are not shown, as in California’s public child-welfare reports. The figures are those of the county report package for the same year.',
    { size: 9, color: MUTED },
  );
}
