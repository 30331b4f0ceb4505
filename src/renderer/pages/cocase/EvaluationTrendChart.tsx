import { useState } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import {
  cellText,
  defaultTrendTable,
  hasTrend,
  trendDescription,
  trendPoints,
  type IndicatorTable,
  type PeriodKind,
} from './evaluationView';

/** Each at least 3:1 against white (WCAG 1.4.11); the lines differ by dash too, and the legend names them. */
const LINKAGES_COLOUR = '#005ea2';
const COMPARISON_COLOUR = '#b34700';
const INK = '#1b1b1b';

/** "SFY 2024-25 Q1" → "2024-25 Q1": the axis says what the periods are once. */
const shortPeriod = (period: string) => period.replace(/^SFY /, '');

/**
 * The chosen indicator's rate for Linkages and for the comparison group, period by period. A
 * period with a hidden count (or no families) is a gap in its line, never a zero; the indicator's
 * table below carries every figure, so the drawing is one image with a description.
 */
export function EvaluationTrend({
  tables,
  periodKind,
  smallCell,
}: {
  tables: readonly IndicatorTable[];
  periodKind: PeriodKind;
  smallCell: number;
}) {
  const [chosen, setChosen] = useState('');
  const table = tables.find((t) => t.indicatorId === chosen) ?? defaultTrendTable(tables);
  if (!table) return null;
  const points = trendPoints(table);
  const highest = Math.max(0, ...points.flatMap((p) => [p.linkages ?? 0, p.comparison ?? 0]));
  const top = Math.min(100, Math.max(10, Math.ceil(highest / 10) * 10));
  const figureOf = (period: unknown) => table.rows.find((row) => row.period === period);

  return (
    <section aria-labelledby="evaluation-trend-heading" className="evaluation-trend">
      <h2 id="evaluation-trend-heading">Trend</h2>
      <p>
        <label htmlFor="evaluation-trend-indicator">Indicator</label>{' '}
        <select
          id="evaluation-trend-indicator"
          value={table.indicatorId}
          onChange={(e) => setChosen(e.target.value)}
        >
          {tables.map((t) => (
            <option key={t.indicatorId} value={t.indicatorId}>
              {t.label}
            </option>
          ))}
        </select>
      </p>
      {!hasTrend(table) && <p>Nothing to draw yet: no period has a rate for this indicator.</p>}
      <div className="run-chart">
        <p className="chart-legend">
          <span>
            <span
              className="swatch evaluation-swatch"
              style={{ borderTopColor: LINKAGES_COLOUR }}
              aria-hidden="true"
            />{' '}
            Linkages
          </span>
          <span>
            <span
              className="swatch evaluation-swatch evaluation-swatch--dashed"
              style={{ borderTopColor: COMPARISON_COLOUR }}
              aria-hidden="true"
            />{' '}
            Comparison group
          </span>
        </p>
        <div role="img" aria-label={trendDescription(table, periodKind)}>
          <ResponsiveContainer width="100%" height={300}>
            <LineChart
              data={points}
              accessibilityLayer={false}
              margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
            >
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis
                dataKey="period"
                tickFormatter={shortPeriod}
                tick={{ fill: INK }}
                padding={{ left: 32, right: 32 }}
              />
              <YAxis
                domain={[0, top]}
                tickFormatter={(value: number) => `${value}%`}
                tick={{ fill: INK }}
                width={56}
              />
              <Tooltip
                formatter={(_value, name, item) => {
                  const figure = figureOf((item.payload as { period?: string }).period);
                  const cell = name === 'Linkages' ? figure?.linkages : figure?.comparison;
                  return cell ? cellText(cell, smallCell) : '';
                }}
              />
              <Line
                dataKey="linkages"
                name="Linkages"
                stroke={LINKAGES_COLOUR}
                strokeWidth={3}
                dot={{ r: 4, fill: LINKAGES_COLOUR }}
                isAnimationActive={false}
              />
              <Line
                dataKey="comparison"
                name="Comparison group"
                stroke={COMPARISON_COLOUR}
                strokeWidth={3}
                strokeDasharray="6 3"
                dot={{ r: 4, fill: COMPARISON_COLOUR }}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      </div>
    </section>
  );
}
