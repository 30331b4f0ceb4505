/** Readiness: the package's closed round, its overall score and level, and its domains. */
import { READINESS_ABSENT_WORDS } from '../../core/reports/package';
import { drawBarChart, SERIES_COLORS } from './barChart';
import { domainsHeadline, readinessHeadline } from './headlines';
import type { CountyReport } from './reportData';
import type { ReportDocument } from './reportDocument';
import { drawTable } from './table';

const signed = (change: number) =>
  change === 0 ? '±0.0' : `${change > 0 ? '+' : '−'}${Math.abs(change).toFixed(1)}`;

export function readinessSection(report: ReportDocument, { pkg, readinessDomains }: CountyReport) {
  report.section('Readiness');
  const { readiness } = pkg;
  if (!readiness) {
    report.headline('There are no readiness figures for this year.');
    report.paragraph(READINESS_ABSENT_WORDS[pkg.readinessAbsent ?? 'no-round-answered']);
    return;
  }
  report.headline(readinessHeadline(readiness));
  const domains = domainsHeadline(readinessDomains);
  if (domains) report.paragraph(domains);
  report.paragraph(
    'Scores are the mean of the respondents’ answers, from 1 (not in place) to 5 (fully in place). The report uses the newest closed round: an open round is still collecting answers.',
    { size: 9 },
  );
  if (readinessDomains.length === 0) return;
  drawBarChart(report, 'Scores by domain', {
    series: [{ name: 'Score (1–5)', color: SERIES_COLORS[0] }],
    groups: readinessDomains.map((d) => ({ label: d.name, values: [d.score] })),
    format: (score) => score.toFixed(1),
    max: 5,
  });
  drawTable(report, {
    columns: [
      { heading: 'Domain', share: 0.6 },
      { heading: 'Score (1–5)', share: 0.2, align: 'right' },
      { heading: 'Change since the previous round', share: 0.2, align: 'right' },
    ],
    rows: readinessDomains.map((d) => [
      d.name,
      d.score === null ? 'No answers' : d.score.toFixed(1),
      d.change === null ? '–' : signed(d.change),
    ]),
  });
}
