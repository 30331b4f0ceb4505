/**
 * Mutual families: the newest match run's families by prevention tier and its match rates in the
 * statewide table's shape. Counts from 1 to 10 are hidden by the evaluation's small-cell rule:
 * a small county's "3 children matched" could point at a family.
 */
import { isSmallCell, rateCell, SMALL_CELL } from '../../core/cocase/evaluation/figures';
import { drawBarChart, SERIES_COLORS } from './barChart';
import { matchHeadline } from './headlines';
import type { CountyReport } from './reportData';
import type { ReportDocument } from './reportDocument';
import { drawTable } from './table';
import { count, shareWords } from './words';

export function familiesSection(report: ReportDocument, { matchRun }: CountyReport) {
  report.section('Mutual families and match rates');
  if (!matchRun) {
    report.headline('The county has not run a match yet.');
    report.paragraph(
      'Mutual families are found by matching the CalWORKs and CWS extracts on the Mutual families page; its newest run is reported here.',
    );
    return;
  }
  const hidden = `<${SMALL_CELL}`;
  // A rate's counts come suppressed from rateCell (null); a lone count is checked here.
  const shown = (n: number | null) => (n === null || isSmallCell(n) ? hidden : count(n));
  report.headline(matchHeadline(matchRun));
  report.paragraph(
    'From the county’s newest match run, at the thresholds it was run with, including the pairs reviewers decided. Families are counted as case-number pairs; no case number is in this report.',
    { size: 9 },
  );
  const rates = matchRun.rates.map((r) => ({ ...r, cell: rateCell(r.matched, r.count) }));
  drawBarChart(report, 'Match rates', {
    series: [{ name: 'Share also known to the other program', color: SERIES_COLORS[0] }],
    groups: rates.map((r) => ({ label: r.population, values: [r.cell.rate] })),
    format: shareWords,
    max: 1,
  });
  drawTable(report, {
    columns: [
      { heading: 'Population', share: 0.4 },
      { heading: 'Count', share: 0.15, align: 'right' },
      { heading: 'Also known to', share: 0.15 },
      { heading: 'Matched', share: 0.15, align: 'right' },
      { heading: 'Share', share: 0.15, align: 'right' },
    ],
    rows: rates.map((r) => [
      r.population,
      shown(r.cell.denominator),
      r.matchedIn,
      shown(r.cell.numerator),
      r.cell.rate === null ? '–' : shareWords(r.cell.rate),
    ]),
    note: `Counts from 1 to ${SMALL_CELL - 1} are shown as “${hidden}” and their share left out.`,
  });
  // The tiers add up to the total: one tier hidden alone could be worked out from the other.
  const { secondary, tertiary } = matchRun.tiers;
  const eitherSmall = isSmallCell(secondary) || isSmallCell(tertiary);
  const tier = (n: number) => (eitherSmall ? 'Not shown' : shown(n));
  report.subheading('Family pairs by prevention tier');
  drawTable(report, {
    columns: [
      { heading: 'Tier', share: 0.7 },
      { heading: 'Family pairs', share: 0.3, align: 'right' },
    ],
    rows: [
      ['Secondary (no open CWS case)', tier(secondary)],
      ['Tertiary (open Family Maintenance or Reunification case)', tier(tertiary)],
      ['All mutual families', shown(matchRun.families)],
    ],
    ...(eitherSmall && {
      note: `One tier has fewer than ${SMALL_CELL} families, so neither tier is shown: either could be worked out from the other and the total.`,
    }),
  });
}
