/**
 * Co-case and evaluation: the package's indicators for the SFY and its quarters, Linkages against
 * the comparison group. The package has already suppressed every count under its small-cell
 * limit (null); this section prints "<11" for those and never works one out again.
 */
import { sfyLabel } from '../../core/fiscalCalendar';
import { INDICATORS } from '../../core/cocase/evaluation/indicators';
import { packageFigure, type EvaluationFigureRow } from '../cocase';
import { drawBarChart, SERIES_COLORS } from './barChart';
import { evaluationHeadline } from './headlines';
import type { CountyReport } from './reportData';
import type { ReportDocument } from './reportDocument';
import { drawTable, type TableColumn } from './table';
import { count, shareWords } from './words';
import { dayInWords } from '../../core/dateWords';

type Cell = EvaluationFigureRow['linkages'];

export function evaluationSection(report: ReportDocument, { pkg }: CountyReport) {
  report.section('Co-case and evaluation');
  const { evaluation } = pkg;
  if (!evaluation) {
    report.headline(
      'The county records no mutual families in Linkages yet, so there is no evaluation.',
    );
    return;
  }
  const hidden = `<${evaluation.smallCell}`;
  const figures = evaluation.indicators.map(packageFigure);
  const year = figures.filter((f) => f.periodKind === 'sfy');
  const quarters = figures.filter((f) => f.periodKind === 'quarter');
  const better = (id: string) => INDICATORS.find((i) => i.id === id)?.better ?? null;
  report.headline(
    evaluationHeadline(
      year.map((f) => ({ better: better(f.indicatorId), differencePoints: f.differencePoints })),
    ),
  );
  report.paragraph(
    `${count(evaluation.families.linkages)} families are in Linkages and ${count(evaluation.families.comparison)} in the comparison group (families matched the same way and served as usual). Indicators as of ${dayInWords(evaluation.asOf)}.`,
  );
  const cellWords = (cell: Cell) => {
    const numerator = cell.numerator === null ? hidden : count(cell.numerator);
    const denominator = cell.denominator === null ? hidden : count(cell.denominator);
    const rate = cell.rate === null ? '' : ` (${shareWords(cell.rate)})`;
    return `${numerator} of ${denominator}${rate}`;
  };
  const difference = (points: number | null) =>
    points === null
      ? '–'
      : `${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points).toFixed(1)}`;
  const columns = (withPeriod: boolean): TableColumn[] => [
    { heading: 'Indicator', share: withPeriod ? 0.27 : 0.35 },
    ...(withPeriod ? [{ heading: 'Quarter', share: 0.1 }] : []),
    { heading: 'Follow-up', share: withPeriod ? 0.12 : 0.13 },
    {
      heading: 'Linkages: families with the event of those counted',
      share: 0.18,
      align: 'right' as const,
    },
    { heading: 'Comparison group: the same', share: 0.18, align: 'right' as const },
    { heading: 'Difference (points)', share: withPeriod ? 0.15 : 0.16, align: 'right' as const },
  ];
  const rows = (list: readonly EvaluationFigureRow[], withPeriod: boolean) =>
    list.map((f) => [
      f.label,
      ...(withPeriod ? [f.period.replace(/^SFY \S+ /, '')] : []),
      f.followUpComplete ? 'Complete' : 'Still open',
      cellWords(f.linkages),
      cellWords(f.comparison),
      difference(f.differencePoints),
    ]);
  const note = `Counts from 1 to ${evaluation.smallCell - 1} are shown as “${hidden}” and their rate left out: a small count could point at a family. Difference = Linkages rate − comparison rate. “Still open”: the indicator’s follow-up window has not ended, so the rate can still change.`;
  drawBarChart(
    report,
    `${sfyLabel({ startYear: pkg.sfyStartYear })}: Linkages and the comparison group`,
    {
      series: [
        { name: 'Linkages', color: SERIES_COLORS[0] },
        { name: 'Comparison group', color: SERIES_COLORS[1] },
      ],
      groups: year.map((f) => ({ label: f.label, values: [f.linkages.rate, f.comparison.rate] })),
      format: shareWords,
    },
  );
  drawTable(report, { columns: columns(false), rows: rows(year, false), note });
  if (quarters.length === 0) return;
  report.subheading('By quarter');
  drawTable(report, { columns: columns(true), rows: rows(quarters, true), note });
}
