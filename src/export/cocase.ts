/**
 * The co-case workbooks: the worklists (case numbers only, never names) and the evaluation
 * (indicators per SFY and quarter for Linkages and the comparison group, numerators and
 * denominators in view, cells under 11 shown as "<11", and the county's logic model).
 */
import type ExcelJS from 'exceljs';
import { BARRIER_LABELS, type BarrierKind } from '../core/cocase/worklists';
import { differencePoints } from '../core/cocase/evaluation/figures';
import { INDICATORS } from '../core/cocase/evaluation/indicators';
import {
  LOGIC_MODEL_STAGE_LABELS,
  type LogicModelItem,
} from '../core/cocase/evaluation/logicModel';
import { dayInWords } from '../core/dateWords';
import { printReady } from './printSetup';
import { DATE_FORMAT, excelDate, table, type Cell, type Column } from './sheets';
import { createWorkbook, type CoverDetails } from './workbook';

interface Cover {
  readonly countyName: string;
  readonly asOf: string;
  readonly appVersion: string;
  readonly generatedAt: Date;
}

interface Family {
  readonly calworksCase: string;
  readonly cwsCase: string;
}

export interface WorklistsWorkbookInput extends Cover {
  readonly dueWithinDays: number;
  readonly planWithinDays: number;
  readonly reviews: readonly (Family & {
    lastMeeting: string;
    due: string;
    status: 'due' | 'overdue';
    overdueDays: number;
  })[];
  readonly withoutPlan: readonly (Family & { startDate: string; days: number })[];
  readonly openBarriers: readonly (Family & {
    kind: BarrierKind;
    openedOn: string;
    ageDays: number;
  })[];
}

export const WORKLIST_SHEETS = {
  reviews: 'Reviews due',
  withoutPlan: 'Without a plan',
  openBarriers: 'Open barriers',
} as const;

const caseColumns = <T extends Family>(): Column<T>[] => [
  { heading: 'CalWORKs case', value: (f) => f.calworksCase, width: 16 },
  { heading: 'CWS case', value: (f) => f.cwsCase, width: 16 },
];
const dateColumn = <T>(heading: string, value: (row: T) => string): Column<T> => ({
  heading,
  value: (row) => excelDate(value(row)),
  numFmt: DATE_FORMAT,
  width: 14,
});

export function buildWorklistsWorkbook(input: WorklistsWorkbookInput): ExcelJS.Workbook {
  const asOf = dayInWords(input.asOf);
  const cover: CoverDetails = {
    title: 'Co-case worklists',
    countyName: input.countyName,
    period: `As of ${asOf}`,
    appVersion: input.appVersion,
    generatedAt: input.generatedAt,
    notes: [
      `Joint reviews overdue, or due within ${input.dueWithinDays} days of ${asOf}.`,
      `Families in Linkages without a coordinated plan ${input.planWithinDays} days or more after they joined.`,
      'Open barriers, oldest first. Families are named by case number only, never by name.',
    ],
  };
  const workbook = createWorkbook(cover);
  type Review = WorklistsWorkbookInput['reviews'][number];
  table<Review>(
    workbook.addWorksheet(WORKLIST_SHEETS.reviews),
    [
      ...caseColumns<Review>(),
      dateColumn('Last joint meeting', (r) => r.lastMeeting),
      dateColumn('Review due', (r) => r.due),
      { heading: 'Status', value: (r) => (r.status === 'overdue' ? 'Overdue' : 'Due') },
      { heading: 'Days overdue', value: (r) => r.overdueDays },
    ],
    input.reviews,
  );
  type Waiting = WorklistsWorkbookInput['withoutPlan'][number];
  table<Waiting>(
    workbook.addWorksheet(WORKLIST_SHEETS.withoutPlan),
    [
      ...caseColumns<Waiting>(),
      dateColumn('Joined Linkages', (f) => f.startDate),
      { heading: 'Days without a plan', value: (f) => f.days },
    ],
    input.withoutPlan,
  );
  type Barrier = WorklistsWorkbookInput['openBarriers'][number];
  table<Barrier>(
    workbook.addWorksheet(WORKLIST_SHEETS.openBarriers),
    [
      ...caseColumns<Barrier>(),
      { heading: 'Barrier', value: (b) => BARRIER_LABELS[b.kind], width: 24 },
      dateColumn('Opened', (b) => b.openedOn),
      { heading: 'Age (days)', value: (b) => b.ageDays },
    ],
    input.openBarriers,
  );
  return printReady(workbook, cover);
}

interface RateCell {
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly rate: number | null;
  readonly suppressed: boolean;
}

export interface EvaluationFigureRow {
  readonly indicatorId: string;
  readonly label: string;
  /** null for an indicator this Workbench does not know (from a newer one's package). */
  readonly program: 'cws' | 'calworks' | null;
  readonly period: string;
  readonly periodKind: 'quarter' | 'sfy';
  readonly followUpComplete: boolean;
  readonly linkages: RateCell;
  readonly comparison: RateCell;
  readonly differencePoints: number | null;
}

export interface EvaluationWorkbookInput extends Cover {
  readonly smallCell: number;
  readonly families: { readonly linkages: number; readonly comparison: number };
  readonly figures: readonly EvaluationFigureRow[];
  readonly logicModel: readonly LogicModelItem[];
}

export const EVALUATION_SHEETS = {
  families: 'Families',
  bySfy: 'By SFY',
  byQuarter: 'By quarter',
  indicators: 'Indicators',
  logicModel: 'Logic model',
} as const;

const PROGRAM_LABELS = { cws: 'CWS', calworks: 'CalWORKs' } as const;
const RATE_FORMAT = '0.0%';

export function buildEvaluationWorkbook(input: EvaluationWorkbookInput): ExcelJS.Workbook {
  const hidden = `<${input.smallCell}`;
  const asOf = dayInWords(input.asOf);
  const cover: CoverDetails = {
    title: 'Linkages evaluation',
    countyName: input.countyName,
    period: `As of ${asOf}`,
    appVersion: input.appVersion,
    generatedAt: input.generatedAt,
    notes: [
      'Each rate is families with the event ÷ families counted; both are given.',
      `Counts from 1 to ${input.smallCell - 1} are shown as “${hidden}” (and their rate left out), as California's public child-welfare reports do: a small count could point at a family.`,
      'The comparison group is families matched the same way and served as usual. Difference = Linkages rate − comparison rate, in percentage points.',
      `“Follow-up still open”: the period ended less than the indicator's window before ${asOf}, so its rate can still change.`,
    ],
  };
  const workbook = createWorkbook(cover);
  table(
    workbook.addWorksheet(EVALUATION_SHEETS.families),
    [
      { heading: 'Group', value: (r: { group: string; families: number }) => r.group, width: 20 },
      { heading: 'Families', value: (r) => r.families },
    ],
    [
      { group: 'Linkages', families: input.families.linkages },
      { group: 'Comparison group', families: input.families.comparison },
    ],
  );
  const columns = evaluationFigureColumns(hidden);
  const sfy = input.figures.filter((f) => f.periodKind === 'sfy');
  const quarters = input.figures.filter((f) => f.periodKind === 'quarter');
  table(workbook.addWorksheet(EVALUATION_SHEETS.bySfy), columns, sfy);
  table(workbook.addWorksheet(EVALUATION_SHEETS.byQuarter), columns, quarters);
  table(workbook.addWorksheet(EVALUATION_SHEETS.indicators), indicatorColumns, INDICATORS);
  const labels = new Map(INDICATORS.map((i) => [i.id, i.label]));
  table(
    workbook.addWorksheet(EVALUATION_SHEETS.logicModel),
    [
      { heading: 'Stage', value: (i: LogicModelItem) => LOGIC_MODEL_STAGE_LABELS[i.stage] },
      { heading: 'Statement', value: (i) => i.text, width: 60 },
      {
        heading: 'Indicators',
        value: (i) => i.indicatorIds.map((id) => labels.get(id) ?? id).join('; '),
        width: 60,
      },
    ],
    input.logicModel,
  );
  return printReady(workbook, cover);
}

export function evaluationFigureColumns(hidden: string): Column<EvaluationFigureRow>[] {
  const count = (value: number | null): Cell => value ?? hidden;
  const group = (name: string, cell: (f: EvaluationFigureRow) => RateCell) => [
    {
      heading: `${name}: with the event`,
      value: (f: EvaluationFigureRow) => count(cell(f).numerator),
    },
    {
      heading: `${name}: families counted`,
      value: (f: EvaluationFigureRow) => count(cell(f).denominator),
    },
    {
      heading: `${name}: rate`,
      value: (f: EvaluationFigureRow) => cell(f).rate,
      numFmt: RATE_FORMAT,
    },
  ];
  return [
    { heading: 'Indicator', value: (f) => f.label, width: 44 },
    { heading: 'Program', value: (f) => (f.program ? PROGRAM_LABELS[f.program] : '') },
    { heading: 'Period', value: (f) => f.period, width: 14 },
    {
      heading: 'Follow-up',
      value: (f) => (f.followUpComplete ? 'Complete' : 'Still open'),
      width: 12,
    },
    ...group('Linkages', (f) => f.linkages),
    ...group('Comparison', (f) => f.comparison),
    { heading: 'Difference (points)', value: (f) => f.differencePoints, numFmt: '0.0' },
  ];
}

const indicatorColumns: Column<(typeof INDICATORS)[number]>[] = [
  { heading: 'Indicator', value: (i) => i.label, width: 44 },
  { heading: 'Program', value: (i) => PROGRAM_LABELS[i.program] },
  { heading: 'Families with the event', value: (i) => i.numerator, width: 50 },
  { heading: 'Families counted', value: (i) => i.denominator, width: 50 },
  { heading: 'Better when', value: (i) => (i.better === 'lower' ? 'Lower' : 'Higher') },
];

/** A report package's evaluation row, with its label, rates and difference worked out again. */
export function packageFigure(row: {
  indicator: string;
  period: string;
  followUp: 'complete' | 'open';
  linkages: { numerator: number | null; denominator: number | null };
  comparison: { numerator: number | null; denominator: number | null };
}): EvaluationFigureRow {
  const indicator = INDICATORS.find((i) => i.id === row.indicator);
  const cell = ({ numerator, denominator }: (typeof row)['linkages']): RateCell => ({
    numerator,
    denominator,
    rate: numerator !== null && denominator ? numerator / denominator : null,
    suppressed: numerator === null,
  });
  const linkages = cell(row.linkages);
  const comparison = cell(row.comparison);
  return {
    indicatorId: row.indicator,
    label: indicator?.label ?? row.indicator,
    program: indicator?.program ?? null,
    period: row.period,
    periodKind: / Q[1-4]$/.test(row.period) ? 'quarter' : 'sfy',
    followUpComplete: row.followUp === 'complete',
    linkages,
    comparison,
    differencePoints: differencePoints(linkages, comparison),
  };
}
