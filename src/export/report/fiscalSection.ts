/** Fiscal: the year's budget and spending by funding stream, leverage by quarter, and totals. */
import { SOURCE_PROGRAM_LABELS } from '../../core/fiscal/reference';
import { drawBarChart, SERIES_COLORS } from './barChart';
import { leverageHeadline, spendingHeadline } from './headlines';
import type { CountyReport } from './reportData';
import type { ReportDocument } from './reportDocument';
import { drawTable } from './table';
import { exactMoney, shortMoney } from './words';

export function fiscalSection(report: ReportDocument, { pkg }: CountyReport) {
  const { fiscal } = pkg;
  report.section('Fiscal and leverage');
  report.headline(spendingHeadline(fiscal));
  report.headline(leverageHeadline(fiscal));
  report.paragraph(
    'Leveraged funds are money from one program or an outside source spent on services for mutual families that the other program would otherwise have paid for. The leverage ratio is leveraged funds ÷ the county general fund committed to Linkages in the year.',
    { size: 9 },
  );
  if (fiscal.byStream.length > 0) {
    drawBarChart(report, 'Budget and spending by funding stream', {
      series: [
        { name: 'Budget', color: SERIES_COLORS[0] },
        { name: 'Spent', color: SERIES_COLORS[1] },
      ],
      groups: fiscal.byStream.map((s) => ({
        label: s.stream,
        values: [s.budgetCents, s.spentCents],
      })),
      format: shortMoney,
    });
    drawTable(report, {
      columns: [
        { heading: 'Funding stream', share: 0.34 },
        { heading: 'Program', share: 0.15 },
        { heading: 'Budget', share: 0.17, align: 'right' },
        { heading: 'Spent', share: 0.17, align: 'right' },
        { heading: 'Leveraged', share: 0.17, align: 'right' },
      ],
      rows: fiscal.byStream.map((s) => [
        s.stream,
        SOURCE_PROGRAM_LABELS[s.sourceProgram],
        exactMoney(s.budgetCents),
        exactMoney(s.spentCents),
        exactMoney(s.leveragedCents),
      ]),
    });
  }
  drawBarChart(report, 'Spending and leverage by quarter', {
    series: [
      { name: 'Spent', color: SERIES_COLORS[1] },
      { name: 'Leveraged', color: SERIES_COLORS[0] },
    ],
    groups: fiscal.byQuarter.map((q) => ({
      label: `Quarter ${q.quarter}`,
      values: [q.spentCents, q.leveragedCents],
    })),
    format: shortMoney,
  });
  drawTable(report, {
    columns: [
      { heading: 'Quarter', share: 0.4 },
      { heading: 'Spent', share: 0.3, align: 'right' },
      { heading: 'Leveraged', share: 0.3, align: 'right' },
    ],
    rows: fiscal.byQuarter.map((q) => [
      `Q${q.quarter} (${QUARTER_MONTHS[q.quarter - 1] ?? ''})`,
      exactMoney(q.spentCents),
      exactMoney(q.leveragedCents),
    ]),
  });
  report.subheading('The year’s totals');
  drawTable(report, {
    columns: [
      { heading: 'Figure', share: 0.6 },
      { heading: 'Value', share: 0.4, align: 'right' },
    ],
    rows: [
      ['Budget', exactMoney(fiscal.budgetCents)],
      ['Spent', exactMoney(fiscal.spentCents)],
      ['Leveraged funds', exactMoney(fiscal.leveragedCents)],
      ['General-fund savings', exactMoney(fiscal.generalFundSavedCents)],
      ['General fund committed to Linkages', exactMoney(fiscal.generalFundCommittedCents)],
      [
        'Leverage ratio',
        fiscal.leverageRatio === null
          ? 'None (no general fund committed)'
          : fiscal.leverageRatio.toFixed(2),
      ],
    ],
  });
}

/** The SFY's quarters (DOMAIN.md): Q1 is July to September. */
const QUARTER_MONTHS = ['Jul–Sep', 'Oct–Dec', 'Jan–Mar', 'Apr–Jun'];
