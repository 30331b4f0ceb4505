/** The figures a roll-up shows per county, with their labels and formats (table, map, legend). */
import type { RollupView } from '../../../api/reports/rollup.contract';
import { formatMoney } from '../../../core/money';

type CountyRow = RollupView['counties'][number];

export const FIGURES = [
  { key: 'leverageRatio', label: 'Leverage ratio', format: (v: number) => v.toFixed(2) },
  { key: 'budgetCents', label: 'Budget', format: (v: number) => formatMoney(Math.round(v)) },
  { key: 'spentCents', label: 'Spent', format: (v: number) => formatMoney(Math.round(v)) },
  {
    key: 'leveragedCents',
    label: 'Leveraged funds',
    format: (v: number) => formatMoney(Math.round(v)),
  },
  { key: 'tiersOperating', label: 'Tiers operating', format: (v: number) => String(v) },
  { key: 'componentsOperating', label: 'Components operating', format: (v: number) => String(v) },
] as const satisfies readonly {
  key: keyof CountyRow;
  label: string;
  format: (v: number) => string;
}[];

export type FigureKey = (typeof FIGURES)[number]['key'];

export function figureOf(key: FigureKey) {
  return FIGURES.find((f) => f.key === key) ?? FIGURES[0];
}

export const LEVEL_LABELS: Record<NonNullable<CountyRow['readinessLevel']>, string> = {
  foundation: 'Foundation',
  developing: 'Developing',
  ready: 'Ready',
  established: 'Established',
};
