/**
 * A horizontal bar chart in vector graphics: one group of bars per label, one bar per series,
 * each bar's figure written at its end. Always followed by a table of the same figures (the
 * caller's), so nothing is told by the picture alone. Kept whole on one page.
 */
import { INK, MUTED, RULE, type ReportDocument } from './reportDocument';

export interface ChartSeries {
  readonly name: string;
  readonly color: string;
}

export interface BarChart {
  readonly series: readonly ChartSeries[];
  /** One value per series; null where a figure is suppressed or missing (no bar is drawn). */
  readonly groups: readonly {
    readonly label: string;
    readonly values: readonly (number | null)[];
  }[];
  readonly format: (value: number) => string;
  /** The scale's end (5 for readiness scores, 1 for shares); else the largest value. */
  readonly max?: number;
}

/** Blue and orange tell series apart for most colour-blind readers too; both are 3:1 on white. */
export const SERIES_COLORS = ['#1f5f99', '#c25700', '#5c5c5c'] as const;

const BAR = 10;
const BAR_GAP = 2;
const GROUP_GAP = 8;
const LABEL_SHARE = 0.32;
const VALUE_ROOM = 64;
const SIZE = 8.5;
/** Room for a table's header and a row or two under the chart. */
const FIRST_TABLE_ROWS = 50;

/**
 * Draws the chart under its heading; heading, chart and the first rows of the table that follows
 * stay on one page.
 */
export function drawBarChart(report: ReportDocument, heading: string, chart: BarChart): void {
  const { pdf } = report;
  const labelWidth = report.width * LABEL_SHARE;
  const barLeft = report.left + labelWidth + 6;
  const barWidth = report.width - labelWidth - 6 - VALUE_ROOM;
  const max = chart.max ?? Math.max(0, ...chart.groups.flatMap((g) => g.values.map((v) => v ?? 0)));
  report.use('regular', SIZE);
  const groupHeights = chart.groups.map((g) =>
    Math.max(
      chart.series.length * (BAR + BAR_GAP),
      pdf.heightOfString(g.label, { width: labelWidth }),
    ),
  );
  const legendHeight = chart.series.length > 1 ? 16 : 0;
  const height = legendHeight + groupHeights.reduce((sum, h) => sum + h + GROUP_GAP, 0) + GROUP_GAP;
  report.subheading(heading, height + FIRST_TABLE_ROWS);
  let y = report.y;
  if (legendHeight > 0) {
    let x = barLeft;
    for (const series of chart.series) {
      pdf.rect(x, y + 1, 9, 9).fill(series.color);
      report.use('regular', SIZE, INK);
      pdf.text(series.name, x + 13, y + 1, { lineBreak: false });
      x += 13 + pdf.widthOfString(series.name) + 16;
    }
    y += legendHeight;
  }
  const top = y;
  chart.groups.forEach((group, g) => {
    y += GROUP_GAP / 2;
    report.use('regular', SIZE, INK);
    pdf.text(group.label, report.left, y, { width: labelWidth, align: 'right' });
    group.values.forEach((value, s) => {
      const barTop = y + s * (BAR + BAR_GAP);
      const length = value === null || max === 0 ? 0 : (Math.max(0, value) / max) * barWidth;
      if (length > 0) pdf.rect(barLeft, barTop, length, BAR).fill(chart.series[s]?.color ?? INK);
      report.use('regular', SIZE, value === null ? MUTED : INK);
      pdf.text(
        value === null ? 'not shown' : chart.format(value),
        barLeft + length + 4,
        barTop + 1,
        {
          lineBreak: false,
        },
      );
    });
    y += (groupHeights[g] ?? 0) + GROUP_GAP / 2;
  });
  pdf.moveTo(barLeft, top).lineTo(barLeft, y).lineWidth(0.6).strokeColor(RULE).stroke();
  report.y = y + GROUP_GAP;
  pdf.x = report.left;
}
