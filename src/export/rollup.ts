/**
 * The statewide roll-up workbook: summary with totals and medians, one row per county, the model
 * by tier and status, funding streams across counties, and the counties that sent no package.
 */
import type ExcelJS from 'exceljs';
import { SOURCE_PROGRAM_LABELS } from '../core/fiscal/reference';
import type { SourceProgram } from '../core/fiscal/types';
import { sfyLabel } from '../core/fiscalCalendar';
import { TIER_LABELS, type Tier } from '../core/program/catalog';
import { STATUS_LABELS, type ComponentStatus } from '../core/program/model';
import type { RollupView } from '../core/reports/rollupView';
import { printReady } from './printSetup';
import {
  DATE_FORMAT,
  excelDate,
  figureTable,
  MONEY_FORMAT,
  table,
  type Column,
  type FigureRow,
} from './sheets';
import { createWorkbook, type CoverDetails } from './workbook';

const dollars = (cents: number) => cents / 100;
const money = <T>(heading: string, cents: (row: T) => number): Column<T> => ({
  heading,
  value: (row) => dollars(cents(row)),
  numFmt: MONEY_FORMAT,
  width: 17,
});

type CountyRow = RollupView['counties'][number];

const countyColumns: Column<CountyRow>[] = [
  { heading: 'County', value: (r) => r.name, width: 18 },
  { heading: 'FIPS', value: (r) => r.fips },
  { heading: 'Readiness level', value: (r) => r.readinessLevel ?? '', width: 16 },
  { heading: 'Tiers operating', value: (r) => r.tiersOperating },
  { heading: 'Components operating', value: (r) => r.componentsOperating },
  money('Budget', (r) => r.budgetCents),
  money('Spent', (r) => r.spentCents),
  money('Leveraged', (r) => r.leveragedCents),
  { heading: 'Leverage ratio', value: (r) => r.leverageRatio, numFmt: '0.00' },
  { heading: 'Mutual families', value: (r) => r.mutualFamilies },
  {
    heading: 'Package made',
    value: (r) => excelDate(r.generatedAt.slice(0, 10)),
    numFmt: DATE_FORMAT,
  },
];

export function rollupWorkbook(
  view: RollupView,
  appVersion: string,
  generatedAt: Date,
): ExcelJS.Workbook {
  const { rollup, statewide } = view;
  const cover: CoverDetails = {
    title: `Statewide roll-up: ${rollup.name}`,
    countyName: null,
    period: sfyLabel({ startYear: rollup.sfyStartYear }),
    appVersion,
    generatedAt,
    notes: [
      `${statewide.counties} of 58 counties sent a package; the others are listed on “Missing counties”.`,
      'The statewide leverage ratio is all leveraged funds ÷ all general fund committed; medians are over the counties with a value.',
    ],
  };
  const workbook = createWorkbook(cover);
  const { totals, medians } = statewide;
  const money = (label: string, total: number, median: number | null): FigureRow => ({
    label,
    values: [dollars(total), median === null ? null : dollars(median)],
    numFmt: MONEY_FORMAT,
  });
  figureTable(
    workbook.addWorksheet('Statewide'),
    ['Figure', 'Statewide total', 'County median'],
    [
      { label: 'Counties with a package', values: [statewide.counties, null] },
      { label: 'Tiers operating', values: [null, medians.tiersOperating] },
      {
        label: 'Components operating',
        values: [totals.componentsOperating, medians.componentsOperating],
      },
      money('Budget', totals.budgetCents, medians.budgetCents),
      money('Spent', totals.spentCents, medians.spentCents),
      money('Leveraged funds', totals.leveragedCents, medians.leveragedCents),
      money('General fund committed', totals.generalFundCommittedCents, null),
      {
        label: 'Leverage ratio',
        values: [totals.leverageRatio, medians.leverageRatio],
        numFmt: '0.00',
      },
    ],
  );
  table(workbook.addWorksheet('Counties'), countyColumns, view.counties);
  table(workbook.addWorksheet('By tier'), tierColumns, view.byTierStatus);
  table(workbook.addWorksheet('By stream'), streamColumns, view.byStream);
  table(workbook.addWorksheet('Missing counties'), missingColumns, view.missing);
  return printReady(workbook, cover);
}

const tierColumns: Column<RollupView['byTierStatus'][number]>[] = [
  {
    heading: 'Tier',
    value: (r) => (r.tier === 'cross-cutting' ? 'Cross-cutting' : TIER_LABELS[r.tier as Tier]),
    width: 16,
  },
  { heading: 'Status', value: (r) => STATUS_LABELS[r.status as ComponentStatus], width: 14 },
  { heading: 'Components', value: (r) => r.components },
  { heading: 'Counties', value: (r) => r.counties },
];

const streamColumns: Column<RollupView['byStream'][number]>[] = [
  { heading: 'Funding stream', value: (r) => r.stream, width: 40 },
  {
    heading: 'Program',
    value: (r) => SOURCE_PROGRAM_LABELS[r.sourceProgram as SourceProgram],
    width: 14,
  },
  money('Budget', (r) => r.budgetCents),
  money('Spent', (r) => r.spentCents),
  money('Leveraged', (r) => r.leveragedCents),
  { heading: 'Counties', value: (r) => r.counties },
];

const missingColumns: Column<RollupView['missing'][number]>[] = [
  { heading: 'County', value: (r) => r.name, width: 18 },
  { heading: 'FIPS', value: (r) => r.fips },
];
