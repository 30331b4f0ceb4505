/**
 * The program workbook: the model by tier and status, the rollout plan with its dates and
 * completion, the implementation team (role labels only) and joint training with totals per SFY.
 */
import type ExcelJS from 'exceljs';
import {
  LEAD_PROGRAM_LABELS,
  TIER_LABELS,
  type LeadProgram,
  type Tier,
} from '../core/program/catalog';
import { COMPONENT_STATUSES, type ComponentStatus } from '../core/program/model';
import {
  ROADMAP_STEPS,
  STAGES,
  TASK_STATUS_LABELS,
  type StageCompletion,
  type TaskStatus,
} from '../core/program/rollout';
import { teamProgramLabel, teamRoleLabel, type SfyTrainingTotals } from '../core/program/training';
import { dayInWords } from '../core/dateWords';
import { printReady } from './printSetup';
import { DATE_FORMAT, excelDate, table, type Column } from './sheets';
import { createWorkbook, type CoverDetails } from './workbook';

export interface ModelComponent {
  readonly componentId: string;
  readonly name: string;
  readonly tier: Tier | 'cross-cutting';
  readonly status: ComponentStatus;
  readonly leadProgram: LeadProgram;
  readonly startDate: string | null;
  readonly targetPopulation: number | null;
  readonly notes: string;
  /** The county's local date of the latest status change. */
  readonly statusSince: string | null;
}

export interface RolloutTask {
  readonly id: number;
  readonly title: string;
  readonly roadmapStep: string;
  readonly stage: string;
  readonly ownerRole: string;
  readonly program: LeadProgram;
  readonly startDate: string | null;
  readonly dueDate: string | null;
  readonly status: TaskStatus;
  readonly componentId: string | null;
  readonly notes: string;
  readonly dependsOn: readonly number[];
}

/** Contact notes stay in the Workbench: free text that may name people. */
export interface TeamSeat {
  readonly role: string;
  readonly program: string;
  readonly roleLabel: string;
}

export interface TrainingSession {
  readonly heldOn: string;
  readonly topic: string;
  readonly curriculum: string;
  readonly hours: number;
  readonly calworksAttendees: number;
  readonly cwsAttendees: number;
  readonly partnerAttendees: number;
  readonly notes: string;
}

type StageFigures = Omit<StageCompletion, 'stage'> & { readonly stage: string };

export interface ProgramWorkbookInput {
  readonly countyName: string;
  readonly model: readonly ModelComponent[];
  readonly plan: {
    readonly tasks: readonly RolloutTask[];
    readonly completion: readonly StageFigures[];
    readonly overdue: readonly number[];
  };
  readonly team: readonly TeamSeat[];
  readonly trainings: {
    readonly sessions: readonly TrainingSession[];
    readonly totals: readonly SfyTrainingTotals[];
  };
  readonly today: string;
  readonly appVersion: string;
  readonly generatedAt: Date;
}

export const PROGRAM_SHEETS = {
  model: 'Model',
  byTier: 'Model by tier',
  plan: 'Plan',
  stages: 'Stage completion',
  team: 'Team',
  trainings: 'Trainings',
  trainingTotals: 'Training totals',
} as const;

const TIERS = ['primary', 'secondary', 'tertiary', 'cross-cutting'] as const;
const tierLabel = (tier: string) =>
  tier === 'cross-cutting'
    ? 'Cross-cutting'
    : (TIER_LABELS[tier as keyof typeof TIER_LABELS] ?? tier);
const labelOf = (list: readonly { id: string; label: string }[], id: string) =>
  list.find((item) => item.id === id)?.label ?? id;
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const HOURS = '0.00';
const PERCENT = '0%';

export function buildProgramWorkbook(input: ProgramWorkbookInput): ExcelJS.Workbook {
  const cover: CoverDetails = {
    title: 'Program model and rollout plan',
    countyName: input.countyName,
    period: null,
    appVersion: input.appVersion,
    generatedAt: input.generatedAt,
    notes: [
      `Overdue means not done and due before ${dayInWords(input.today)}, the day the workbook was made.`,
      'The implementation team is listed by role label only; contact notes stay in the Workbench.',
      'Training hours are hours per session; attendee-hours are attendees × hours, summed.',
    ],
  };
  const workbook = createWorkbook(cover);
  const model = [...input.model].sort(
    (a, b) => TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier) || a.name.localeCompare(b.name),
  );
  table(workbook.addWorksheet(PROGRAM_SHEETS.model), modelColumns, model);
  addByTier(workbook.addWorksheet(PROGRAM_SHEETS.byTier), input.model);
  table(workbook.addWorksheet(PROGRAM_SHEETS.plan), planColumns(input), input.plan.tasks);
  table(workbook.addWorksheet(PROGRAM_SHEETS.stages), stageColumns, input.plan.completion);
  table(workbook.addWorksheet(PROGRAM_SHEETS.team), teamColumns, input.team);
  table(workbook.addWorksheet(PROGRAM_SHEETS.trainings), sessionColumns, input.trainings.sessions);
  table(workbook.addWorksheet(PROGRAM_SHEETS.trainingTotals), totalColumns, input.trainings.totals);
  return printReady(workbook, cover);
}

const modelColumns: Column<ModelComponent>[] = [
  { heading: 'Tier', value: (c) => tierLabel(c.tier), width: 14 },
  { heading: 'Component', value: (c) => c.name, width: 48 },
  { heading: 'Status', value: (c) => capitalized(c.status), width: 12 },
  { heading: 'Lead program', value: (c) => LEAD_PROGRAM_LABELS[c.leadProgram] },
  { heading: 'Start date', value: (c) => excelDate(c.startDate), numFmt: DATE_FORMAT, width: 12 },
  { heading: 'Target population (families)', value: (c) => c.targetPopulation },
  {
    heading: 'Status since',
    value: (c) => excelDate(c.statusSince),
    numFmt: DATE_FORMAT,
    width: 12,
  },
  { heading: 'Notes', value: (c) => c.notes, width: 48 },
];

/** Components per tier and status: how far each tier has come, at a glance. */
function addByTier(sheet: ExcelJS.Worksheet, components: readonly ModelComponent[]): void {
  const rows = TIERS.map((tier) => {
    const inTier = components.filter((c) => c.tier === tier);
    return {
      tier,
      counts: COMPONENT_STATUSES.map((s) => inTier.filter((c) => c.status === s).length),
      total: inTier.length,
    };
  });
  const totals = {
    tier: 'All tiers',
    counts: COMPONENT_STATUSES.map((_, i) => rows.reduce((sum, r) => sum + (r.counts[i] ?? 0), 0)),
    total: components.length,
  };
  table(
    sheet,
    [
      {
        heading: 'Tier',
        value: (r) => (r.tier === 'All tiers' ? r.tier : tierLabel(r.tier)),
        width: 14,
      },
      ...COMPONENT_STATUSES.map((status, i): Column<typeof totals> => ({
        heading: capitalized(status),
        value: (r) => r.counts[i] ?? 0,
      })),
      { heading: 'Total', value: (r) => r.total },
    ],
    [...rows, totals],
  );
  const totalRow = sheet.lastRow;
  if (totalRow) totalRow.font = { bold: true };
}

function planColumns(input: ProgramWorkbookInput): Column<RolloutTask>[] {
  const title = new Map(input.plan.tasks.map((t) => [t.id, t.title]));
  const component = new Map(input.model.map((c) => [c.componentId, c.name]));
  const overdue = new Set(input.plan.overdue);
  return [
    { heading: 'Task', value: (t) => t.title, width: 48 },
    { heading: 'Road-map step', value: (t) => labelOf(ROADMAP_STEPS, t.roadmapStep), width: 32 },
    { heading: 'Stage', value: (t) => labelOf(STAGES, t.stage), width: 22 },
    { heading: 'Owner (role)', value: (t) => t.ownerRole, width: 24 },
    { heading: 'Program', value: (t) => LEAD_PROGRAM_LABELS[t.program] },
    { heading: 'Start', value: (t) => excelDate(t.startDate), numFmt: DATE_FORMAT, width: 12 },
    { heading: 'Due', value: (t) => excelDate(t.dueDate), numFmt: DATE_FORMAT, width: 12 },
    { heading: 'Status', value: (t) => TASK_STATUS_LABELS[t.status], width: 12 },
    { heading: 'Overdue', value: (t) => (overdue.has(t.id) ? 'Yes' : 'No') },
    {
      heading: 'Component',
      value: (t) => (t.componentId ? (component.get(t.componentId) ?? t.componentId) : ''),
      width: 32,
    },
    {
      heading: 'Depends on',
      value: (t) => t.dependsOn.map((id) => title.get(id) ?? `task ${id}`).join('; '),
      width: 48,
    },
    { heading: 'Notes', value: (t) => t.notes, width: 40 },
  ];
}

const stageColumns: Column<StageFigures>[] = [
  { heading: 'Stage', value: (c) => labelOf(STAGES, c.stage), width: 24 },
  { heading: 'Tasks done', value: (c) => c.done },
  { heading: 'Tasks', value: (c) => c.total },
  // Core's whole percent (100 only when every task is done) as a fraction Excel can compute with.
  { heading: 'Complete', value: (c) => c.percent / 100, numFmt: PERCENT },
];

const teamColumns: Column<TeamSeat>[] = [
  { heading: 'Role', value: (m) => teamRoleLabel(m.role), width: 24 },
  { heading: 'Program', value: (m) => teamProgramLabel(m.program) },
  { heading: 'Role label', value: (m) => m.roleLabel, width: 36 },
];

const sessionColumns: Column<TrainingSession>[] = [
  { heading: 'Date', value: (s) => excelDate(s.heldOn), numFmt: DATE_FORMAT, width: 12 },
  { heading: 'Topic', value: (s) => s.topic, width: 40 },
  { heading: 'Curriculum', value: (s) => s.curriculum, width: 32 },
  { heading: 'Hours', value: (s) => s.hours, numFmt: HOURS },
  { heading: 'CalWORKs attendees', value: (s) => s.calworksAttendees },
  { heading: 'CWS attendees', value: (s) => s.cwsAttendees },
  { heading: 'Partner attendees', value: (s) => s.partnerAttendees },
  { heading: 'Notes', value: (s) => s.notes, width: 40 },
];

const totalColumns: Column<SfyTrainingTotals>[] = [
  { heading: 'State fiscal year', value: (t) => t.label, width: 18 },
  { heading: 'Sessions', value: (t) => t.sessions },
  { heading: 'Hours', value: (t) => t.minutes / 60, numFmt: HOURS },
  { heading: 'CalWORKs attendees', value: (t) => t.attendees.calworks },
  { heading: 'CWS attendees', value: (t) => t.attendees.cws },
  { heading: 'Partner attendees', value: (t) => t.attendees.partner },
  { heading: 'All attendees', value: (t) => t.attendees.total },
  {
    heading: 'CalWORKs attendee-hours',
    value: (t) => t.attendeeMinutes.calworks / 60,
    numFmt: HOURS,
  },
  { heading: 'CWS attendee-hours', value: (t) => t.attendeeMinutes.cws / 60, numFmt: HOURS },
  {
    heading: 'Partner attendee-hours',
    value: (t) => t.attendeeMinutes.partner / 60,
    numFmt: HOURS,
  },
  { heading: 'All attendee-hours', value: (t) => t.attendeeMinutes.total / 60, numFmt: HOURS },
];
