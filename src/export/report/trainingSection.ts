/** Joint training of CalWORKs, CWS and partner staff in the SFY. */
import { drawBarChart, SERIES_COLORS } from './barChart';
import { trainingHeadline } from './headlines';
import type { CountyReport } from './reportData';
import type { ReportDocument } from './reportDocument';
import { drawTable } from './table';
import { count, hoursOf } from './words';

export function trainingSection(report: ReportDocument, { pkg }: CountyReport) {
  const { training } = pkg;
  report.section('Training');
  report.headline(trainingHeadline(training));
  if (training.sessions === 0) return;
  const { calworks, cws, partner, total } = training.attendees;
  const attendees: [string, number][] = [
    ['CalWORKs staff', calworks],
    ['CWS staff', cws],
    ['Partner staff', partner],
  ];
  drawBarChart(report, 'Attendees by program', {
    series: [{ name: 'Attendees', color: SERIES_COLORS[0] }],
    groups: attendees.map(([label, n]) => ({ label, values: [n] })),
    format: count,
  });
  drawTable(report, {
    columns: [
      { heading: 'Figure', share: 0.7 },
      { heading: 'Value', share: 0.3, align: 'right' },
    ],
    rows: [
      ['Joint training sessions', count(training.sessions)],
      ['Hours', String(hoursOf(training.minutes))],
      ...attendees.map(([label, n]): [string, string] => [`${label} attending`, count(n)]),
      ['All attendees', count(total)],
    ],
  });
}
