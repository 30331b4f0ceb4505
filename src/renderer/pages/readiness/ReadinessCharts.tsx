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
import type { RoundResults } from '../../../api/readiness.contract';
import { roundScore } from '../../../core/readiness/levels';

/** Series colours: each at least 3:1 against white (WCAG 1.4.11, non-text contrast). */
const COLOURS = { calworks: '#005ea2', cws: '#b34700', partner: '#54278f', previous: '#71767a' };

type Domains = RoundResults['domains'];

function height(domains: Domains): number {
  return 80 + domains.length * 44;
}

const shown = (value: number | null) => (value === null ? null : roundScore(value));

/** Grouped bars per domain: what each program's staff see. The table below carries the figures. */
export function DomainScoreChart({ domains }: { domains: Domains }) {
  const data = domains.map((d) => ({
    name: d.name,
    CalWORKs: shown(d.byProgram.calworks.mean),
    CWS: shown(d.byProgram.cws.mean),
    Partner: shown(d.byProgram.partner.mean),
  }));
  return (
    <ResponsiveContainer width="100%" height={height(domains)}>
      <BarChart data={data} layout="vertical" margin={{ left: 24, right: 24 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} />
        <YAxis type="category" dataKey="name" width={260} />
        <Tooltip />
        <Legend />
        <Bar dataKey="CalWORKs" fill={COLOURS.calworks} />
        <Bar dataKey="CWS" fill={COLOURS.cws} />
        <Bar dataKey="Partner" fill={COLOURS.partner} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** CalWORKs minus CWS per domain: bars right of zero where CalWORKs staff see more readiness. */
export function AlignmentGapChart({ domains }: { domains: Domains }) {
  const data = domains.map((d) => ({ name: d.name, 'CalWORKs − CWS': shown(d.alignmentGap) }));
  return (
    <ResponsiveContainer width="100%" height={height(domains)}>
      <BarChart data={data} layout="vertical" margin={{ left: 24, right: 24 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[-4, 4]} ticks={[-4, -3, -2, -1, 0, 1, 2, 3, 4]} />
        <YAxis type="category" dataKey="name" width={260} />
        <Tooltip />
        <ReferenceLine x={0} stroke="#1b1b1b" />
        <Bar dataKey="CalWORKs − CWS" fill={COLOURS.calworks} />
      </BarChart>
    </ResponsiveContainer>
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
    <ResponsiveContainer width="100%" height={height(domains)}>
      <BarChart data={data} layout="vertical" margin={{ left: 24, right: 24 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, 5]} ticks={[0, 1, 2, 3, 4, 5]} />
        <YAxis type="category" dataKey="name" width={260} />
        <Tooltip />
        <Legend />
        <Bar dataKey={previousTitle} fill={COLOURS.previous} />
        <Bar dataKey="This round" fill={COLOURS.calworks} />
      </BarChart>
    </ResponsiveContainer>
  );
}
