import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
  type BarShapeProps,
  type LabelProps,
  type YAxisTickContentProps,
} from 'recharts';
import type { Output } from '../../../api/contract';
import { drawnWeight, levelWeight, weightLimit } from './bands';

type Model = Output<'matching.runView'>['model'];

/** Both at least 3:1 against white (WCAG 1.4.11); the bars' direction says the same thing. */
export const FOR_MATCH = '#005ea2';
export const AGAINST_MATCH = '#5c5c5c';
const INK = '#1b1b1b';

const ROW_PX = 26;
const LABEL_PX = 250;

interface WeightRow {
  /** The category key: the row's position, so equal level names of two fields stay apart. */
  readonly key: string;
  readonly field: string;
  readonly level: string;
  /** The first level of its field carries the field's name. */
  readonly first: boolean;
  readonly weight: number;
  /** Null on the blank rows that keep fields apart. */
  readonly drawn: number | null;
}

/** A weight as the table and the chart write it: one decimal, a true minus, ∞ when infinite. */
export function formatWeight(weight: number): string {
  if (Number.isNaN(weight)) return 'no data';
  if (weight === Infinity) return '+∞';
  if (weight === -Infinity) return '−∞';
  const text = weight.toFixed(1);
  return text === '-0.0' ? '0.0' : text.replace('-', '−');
}

function weightRows(model: Model): { rows: WeightRow[]; limit: number } {
  const weights = model.fields.map((field) =>
    field.levels.map((_, l) => levelWeight(field.m[l] ?? 0, field.u[l] ?? 0)),
  );
  const limit = weightLimit(weights.flat());
  const rows: WeightRow[] = [];
  model.fields.forEach((field, f) => {
    if (f > 0) {
      rows.push({
        key: String(rows.length),
        field: '',
        level: '',
        first: false,
        weight: 0,
        drawn: null,
      });
    }
    field.levels.forEach((level, l) => {
      const weight = weights[f]?.[l] ?? Number.NaN;
      rows.push({
        key: String(rows.length),
        field: field.name,
        level,
        first: l === 0,
        weight,
        drawn: drawnWeight(weight, limit),
      });
    });
  });
  return { rows, limit };
}

/** The strongest level each way, for the chart's accessible name. */
function extremes(rows: readonly WeightRow[]): string {
  const levels = rows.filter((row) => row.drawn !== null && !Number.isNaN(row.weight));
  const top = levels.reduce<WeightRow | undefined>(
    (a, b) => (a && a.weight >= b.weight ? a : b),
    undefined,
  );
  const bottom = levels.reduce<WeightRow | undefined>(
    (a, b) => (a && a.weight <= b.weight ? a : b),
    undefined,
  );
  const name = (row: WeightRow) => `${row.field} ${row.level} (${formatWeight(row.weight)} bits)`;
  return top && bottom ? ` Strongest for a match: ${name(top)}; against: ${name(bottom)}.` : '';
}

/**
 * Each field level's weight in bits as a bar from 0, right for a match and left against, fields
 * one under another. The table beside it carries the figures; the drawing's name sums it up.
 */
export function WeightChart({ model }: { model: Model }) {
  const { rows, limit } = weightRows(model);
  const unbounded = rows.some((row) => row.drawn !== null && !Number.isFinite(row.weight));
  const ticks = Array.from({ length: (2 * limit) / 5 + 1 }, (_, i) => -limit + 5 * i);

  const levelTick = ({ x, y, payload }: YAxisTickContentProps) => {
    const row = rows[Number(payload.value)];
    if (!row || row.drawn === null) return <g />;
    return (
      <g transform={`translate(${Number(x)},${Number(y)})`} fontSize={14} fill={INK}>
        {row.first && (
          <text x={-LABEL_PX + 4} dy={5} fontWeight={700} textAnchor="start">
            {row.field}
          </text>
        )}
        <text x={-8} dy={5} textAnchor="end">
          {row.level}
        </text>
      </g>
    );
  };

  // Recharts leaves out the blank rows' bars, so its indexes skip them: rows go by their key.
  const weightLabel = ({ viewBox, value }: LabelProps) => {
    const row = rows[Number(value)];
    if (!row || row.drawn === null || !viewBox || !('width' in viewBox)) return <g />;
    const left = Math.min(viewBox.x, viewBox.x + viewBox.width);
    const right = Math.max(viewBox.x, viewBox.x + viewBox.width);
    const ahead = (row.drawn ?? 0) >= 0;
    // A bar near the edge carries its figure inside, in white, clear of the level names.
    const inside = Math.abs(row.drawn ?? 0) > limit - 4;
    const towardsEnd = ahead !== inside;
    return (
      <text
        x={ahead ? right + (inside ? -4 : 4) : left + (inside ? 4 : -4)}
        y={viewBox.y + viewBox.height / 2}
        dy={4}
        textAnchor={towardsEnd ? 'start' : 'end'}
        fontSize={12}
        fill={inside ? '#ffffff' : INK}
      >
        {formatWeight(row.weight)}
      </text>
    );
  };

  const bar = (props: BarShapeProps) => {
    const row = rows[props.originalDataIndex];
    return (
      <Rectangle
        x={props.x}
        y={props.y}
        width={props.width}
        height={props.height}
        fill={(row?.drawn ?? 0) >= 0 ? FOR_MATCH : AGAINST_MATCH}
      />
    );
  };

  return (
    <div className="run-chart">
      <p className="chart-legend">
        <span>
          <span className="swatch" style={{ background: FOR_MATCH }} aria-hidden="true" /> Right of
          0: evidence for a match
        </span>
        <span>
          <span className="swatch" style={{ background: AGAINST_MATCH }} aria-hidden="true" /> Left
          of 0: evidence against
        </span>
      </p>
      <div
        role="img"
        aria-label={`Bar chart of the weight of each field level in bits, from −${limit} to +${limit}: bars to the right are evidence for a match, to the left against.${extremes(rows)} The table “Weights per field and level” has every figure.`}
      >
        <ResponsiveContainer width="100%" height={rows.length * ROW_PX + 56}>
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ top: 8, right: 48, bottom: 24, left: 8 }}
            barCategoryGap={3}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              domain={[-limit, limit]}
              ticks={ticks}
              allowDataOverflow
              tickFormatter={(bits: number) => formatWeight(bits).replace('.0', '')}
              label={{ value: 'Weight (bits)', position: 'insideBottom', offset: -16, fill: INK }}
              tick={{ fill: INK }}
            />
            <YAxis
              type="category"
              dataKey="key"
              width={LABEL_PX}
              tick={levelTick}
              tickLine={false}
              interval={0}
            />
            <ReferenceLine x={0} stroke={INK} />
            <Bar dataKey="drawn" shape={bar} isAnimationActive={false}>
              <LabelList dataKey="key" content={weightLabel} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      {unbounded && (
        <p className="hint">
          A level marked +∞ was never seen among non-matches (−∞: never among matches), so its
          weight is infinite; its bar stops at the chart’s edge, ±{limit} bits.
        </p>
      )}
    </div>
  );
}
