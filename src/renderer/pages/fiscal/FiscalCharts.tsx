import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { FiscalSummary } from '../../../api/fiscal/summary.contract';
import { formatMoney, sfyLabel } from '../../components/countyAndYear';

/** Series colours, each at least 3:1 against white (WCAG 1.4.11); the tables name every figure. */
const PALETTE = [
  '#005ea2',
  '#b34700',
  '#54278f',
  '#00794b',
  '#8b0a03',
  '#5c5c5c',
  '#0f6460',
  '#936f38',
];
const dollars = (cents: number) => Math.round(cents) / 100;
const axisMoney = (value: number) => `$${Math.round(value).toLocaleString('en-US')}`;
const tooltipMoney = (value: unknown) => formatMoney(Math.round(Number(value) * 100));

type Named = (id: number) => string;

/** The drawings are left out of the accessibility tree: the tables beside them carry the figures. */
export function SpendingByQuarterChart({
  summary,
  streamName,
}: {
  summary: FiscalSummary;
  streamName: Named;
}) {
  const streams = summary.budgetVsActual.byStream.filter((s) => s.actualCents !== 0);
  const data = [1, 2, 3, 4].map((quarter) => {
    const row: Record<string, number | string> = { name: `Q${quarter}` };
    for (const s of streams) {
      row[streamName(s.streamId)] = dollars(s.quarters[quarter - 1]?.actualCents ?? 0);
    }
    return row;
  });
  return (
    <div aria-hidden="true">
      <ResponsiveContainer width="100%" height={320}>
        <BarChart data={data} accessibilityLayer={false} margin={{ left: 24, right: 24 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" />
          <YAxis tickFormatter={axisMoney} width={90} />
          <Tooltip formatter={tooltipMoney} />
          <Legend />
          {streams.map((s, i) => (
            <Bar
              key={s.streamId}
              dataKey={streamName(s.streamId)}
              stackId="spent"
              fill={PALETTE[i % PALETTE.length]}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function BudgetVsActualChart({
  summary,
  streamName,
}: {
  summary: FiscalSummary;
  streamName: Named;
}) {
  const data = summary.budgetVsActual.byStream.map((s) => ({
    name: streamName(s.streamId),
    Budget: dollars(s.budgetCents),
    Spent: dollars(s.actualCents),
  }));
  return (
    <div aria-hidden="true">
      <ResponsiveContainer width="100%" height={80 + data.length * 48}>
        <BarChart
          data={data}
          layout="vertical"
          accessibilityLayer={false}
          margin={{ left: 24, right: 24 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={axisMoney} />
          <YAxis type="category" dataKey="name" width={260} />
          <Tooltip formatter={tooltipMoney} />
          <Legend />
          <Bar dataKey="Budget" fill="#5c5c5c" />
          <Bar dataKey="Spent" fill="#005ea2" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function LeverageTrendChart({ summary }: { summary: FiscalSummary }) {
  const data = summary.leverage.map((l) => ({
    name: sfyLabel({ startYear: l.sfyStartYear }),
    Leveraged: dollars(l.leveragedCents),
    'General-fund savings': dollars(l.generalFundSavedCents),
  }));
  return (
    <div aria-hidden="true">
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={data} accessibilityLayer={false} margin={{ left: 24, right: 24 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis tickFormatter={axisMoney} width={90} />
          <Tooltip formatter={tooltipMoney} />
          <Legend />
          <Line dataKey="Leveraged" stroke="#005ea2" strokeWidth={3} />
          <Line
            dataKey="General-fund savings"
            stroke="#b34700"
            strokeWidth={3}
            strokeDasharray="6 3"
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
