import {
  Bar,
  BarChart,
  CartesianGrid,
  Rectangle,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type LabelProps,
} from 'recharts';
import { TableScroll } from '../../components/TableScroll';
import { bandedBins, logOddsBits, type Band, type ScoreHistogram, type Thresholds } from './bands';
import { formatWeight } from './WeightChart';

export const BAND_NAMES: Record<Band, string> = {
  linked: 'Linked',
  review: 'For review',
  'not-linked': 'Not linked',
};

/** Each at least 3:1 against white (WCAG 1.4.11); the legend and the tables name the bands. */
export const BAND_COLOURS: Record<Band, string> = {
  linked: '#005ea2',
  review: '#b34700',
  'not-linked': '#5c5c5c',
};
const INK = '#1b1b1b';

const count = (n: number) => n.toLocaleString('en-US');
const compact = (n: number) =>
  n >= 1e6 ? `${n / 1e6}M` : n >= 1e4 ? `${n / 1e3}k` : n.toLocaleString('en-US');

/** A threshold's name over its line, beside it: review's to the left, link's to the right. */
function thresholdLabel(text: string, side: 'left' | 'right') {
  return function label({ viewBox }: LabelProps) {
    if (!viewBox || !('x' in viewBox)) return <g />;
    return (
      <text
        x={viewBox.x + (side === 'left' ? -4 : 4)}
        y={viewBox.y - 8}
        textAnchor={side === 'left' ? 'end' : 'start'}
        fontSize={13}
        fontWeight={700}
        fill={INK}
      >
        {text}
      </text>
    );
  };
}

/**
 * Every compared pair's score in 1-bit bins (log scale), coloured by the band each bin falls in,
 * with the review band shaded and both thresholds drawn where they sit.
 */
export function ScoreHistogramChart({
  histogram,
  thresholds,
}: {
  histogram: ScoreHistogram;
  thresholds: Thresholds;
}) {
  const acceptBits = logOddsBits(thresholds.accept);
  const reviewBits = logOddsBits(thresholds.review);
  const bins = bandedBins(histogram, thresholds);
  const filled = bins.filter((bin) => bin.count > 0);
  // The drawn range: the bins with pairs, widened to show both thresholds.
  const low = Math.min(filled[0]?.from ?? 0, Math.floor(reviewBits) - 1);
  const high = Math.max((filled.at(-1)?.from ?? 0) + 1, Math.ceil(acceptBits) + 1);
  const drawn = bins
    .filter((bin) => bin.from >= low && bin.from < high)
    .map((bin) => ({ ...bin, middle: bin.from + 0.5, pairs: bin.count > 0 ? bin.count : null }));
  const largest = Math.max(1, ...filled.map((bin) => bin.count));
  const decades = Array.from({ length: Math.ceil(Math.log10(largest)) + 1 }, (_, i) => 10 ** i);
  const xTicks = Array.from(
    { length: Math.floor(high / 5) - Math.ceil(low / 5) + 1 },
    (_, i) => (Math.ceil(low / 5) + i) * 5,
  );
  const total = filled.reduce((sum, bin) => sum + bin.count, 0);
  // A name that would run off the plot's end goes on the line's other side.
  const nearEnd = (bits: number, end: number) => Math.abs(end - bits) < 0.15 * (high - low);

  const bar = (props: BarShapeProps) => (
    <Rectangle
      x={props.x}
      y={props.y}
      width={props.width}
      height={props.height}
      fill={BAND_COLOURS[drawn[props.originalDataIndex]?.band ?? 'not-linked']}
    />
  );

  return (
    <div className="run-chart">
      <p className="chart-legend">
        {(['not-linked', 'review', 'linked'] as const).map((band) => (
          <span key={band}>
            <span
              className="swatch"
              style={{ background: BAND_COLOURS[band] }}
              aria-hidden="true"
            />{' '}
            {BAND_NAMES[band]}
          </span>
        ))}
        <span>
          <span className="swatch swatch--line" aria-hidden="true" /> Thresholds
        </span>
      </p>
      <div
        role="img"
        aria-label={`Histogram of the scores of ${count(total)} compared pairs, in 1-bit bins on a log scale, from ${formatWeight(low)} to ${formatWeight(high)} bits, with the review threshold at ${formatWeight(reviewBits)} bits and the link threshold at ${formatWeight(acceptBits)} bits. The table “Pairs in each band” has the counts.`}
      >
        <ResponsiveContainer width="100%" height={300}>
          <BarChart
            data={drawn}
            margin={{ top: 28, right: 24, bottom: 24, left: 8 }}
            barCategoryGap={1}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              type="number"
              dataKey="middle"
              domain={[low, high]}
              ticks={xTicks}
              allowDataOverflow
              tickFormatter={(bits: number) => formatWeight(bits).replace('.0', '')}
              tick={{ fill: INK }}
              label={{
                value: 'Score: log2 odds of a match (bits)',
                position: 'insideBottom',
                offset: -16,
                fill: INK,
              }}
            />
            <YAxis
              scale="log"
              domain={[0.5, decades.at(-1) ?? 10]}
              ticks={decades}
              allowDataOverflow
              tickFormatter={compact}
              tick={{ fill: INK }}
              width={56}
            />
            <Tooltip
              cursor={{ fill: '#f1f3f6' }}
              formatter={(value) => [count(Number(value)), 'Pairs']}
              labelFormatter={(middle) => `From ${formatWeight(Number(middle) - 0.5)} bits`}
            />
            <ReferenceArea
              x1={reviewBits}
              x2={acceptBits}
              fill={BAND_COLOURS.review}
              fillOpacity={0.12}
              ifOverflow="hidden"
            />
            <Bar dataKey="pairs" shape={bar} isAnimationActive={false} />
            <ReferenceLine
              x={reviewBits}
              stroke={INK}
              strokeWidth={2}
              strokeDasharray="6 3"
              label={thresholdLabel(
                `Review from ${thresholds.review}`,
                nearEnd(reviewBits, low) ? 'right' : 'left',
              )}
            />
            <ReferenceLine
              x={acceptBits}
              stroke={INK}
              strokeWidth={2}
              strokeDasharray="6 3"
              label={thresholdLabel(
                `Link at ${thresholds.accept}`,
                nearEnd(acceptBits, high) ? 'left' : 'right',
              )}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}

/** The histogram's text alternative: the bins with pairs, and the band each is in. */
export function ScoreHistogramTable({
  histogram,
  thresholds,
}: {
  histogram: ScoreHistogram;
  thresholds: Thresholds;
}) {
  const filled = bandedBins(histogram, thresholds).filter((bin) => bin.count > 0);
  return (
    <details>
      <summary>The score histogram as a table</summary>
      <TableScroll label="Pairs by match weight">
        <table className="data-table">
          <caption>Pairs by match weight (1-bit bins)</caption>
          <thead>
            <tr>
              <th scope="col">Weight from (bits)</th>
              <th scope="col">Pairs</th>
              <th scope="col">Band</th>
            </tr>
          </thead>
          <tbody>
            {filled.map((bin) => (
              <tr key={bin.from}>
                <td className="number">{formatWeight(bin.from).replace('.0', '')}</td>
                <td className="number">{count(bin.count)}</td>
                <td>{BAND_NAMES[bin.band]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
