import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ReactNode } from 'react';
import type { RoundResults } from '../../../api/readiness/contract';
import { roundScore } from '../../../core/readiness/levels';

/** Series colours: each at least 3:1 against white (WCAG 1.4.11, non-text contrast). */
const COLOURS = { calworks: '#005ea2', cws: '#b34700', partner: '#54278f', previous: '#71767a' };

type Domains = RoundResults['domains'];

const shown = (value: number | null) => (value === null ? null : roundScore(value));

/** Horizontal bars, one band per domain (domain names are long: they read best down the side). */
function DomainBars({
  data,
  domain,
  ticks,
  legend,
  children,
}: {
  data: Record<string, string | number | null>[];
  domain: [number, number];
  ticks: number[];
  legend: boolean;
  children: ReactNode;
}) {
  // The table beside each chart carries its figures, so the drawing is left out of the tab order
  // and of the accessibility tree rather than offered as an unnamed "application".
  return (
    <div aria-hidden="true">
      <ResponsiveContainer width="100%" height={80 + data.length * 44}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ left: 24, right: 24 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={domain} ticks={ticks} />
          <YAxis type="category" dataKey="name" width={260} />
          <Tooltip />
          {legend && <Legend />}
          {children}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

const SCALE_TICKS = [0, 1, 2, 3, 4, 5];

/** Grouped bars per domain: what each program's staff see. The table below carries the figures. */
export function DomainScoreChart({ domains }: { domains: Domains }) {
  const data = domains.map((d) => ({
    name: d.name,
    CalWORKs: shown(d.byProgram.calworks.mean),
    CWS: shown(d.byProgram.cws.mean),
    Partner: shown(d.byProgram.partner.mean),
  }));
  return (
    <DomainBars data={data} domain={[0, 5]} ticks={SCALE_TICKS} legend>
      <Bar dataKey="CalWORKs" fill={COLOURS.calworks} />
      <Bar dataKey="CWS" fill={COLOURS.cws} />
      <Bar dataKey="Partner" fill={COLOURS.partner} />
    </DomainBars>
  );
}

/** CalWORKs minus CWS per domain: bars right of zero where CalWORKs staff see more readiness. */
export function AlignmentGapChart({ domains }: { domains: Domains }) {
  const data = domains.map((d) => ({ name: d.name, 'CalWORKs − CWS': shown(d.alignmentGap) }));
  return (
    <DomainBars data={data} domain={[-4, 4]} ticks={[-4, -3, -2, -1, 0, 1, 2, 3, 4]} legend={false}>
      <ReferenceLine x={0} stroke="#1b1b1b" />
      <Bar dataKey="CalWORKs − CWS" fill={COLOURS.calworks} />
    </DomainBars>
  );
}

/** Each domain now and in the previous round. */
export function TrendChart({
  domains,
  previousTitle,
}: {
  domains: Domains;
  previousTitle: string;
}) {
  const data = domains.map((d) => {
    const now = shown(d.overall.mean);
    return {
      name: d.name,
      [previousTitle]: now === null || d.change === null ? null : roundScore(now - d.change),
      'This round': now,
    };
  });
  return (
    <DomainBars data={data} domain={[0, 5]} ticks={SCALE_TICKS} legend>
      <Bar dataKey={previousTitle} fill={COLOURS.previous} />
      <Bar dataKey="This round" fill={COLOURS.calworks} />
    </DomainBars>
  );
}
