/**
 * The program workbook: the model by tier and status, the rollout plan with its dates and
 * completion, the implementation team (role labels only) and joint training with totals per SFY.
 */
import type ExcelJS from 'exceljs';
import type { ModelComponent } from '../api/program.contract';
import type { RolloutPlan, RolloutTask } from '../api/rollout.contract';
import type { TeamMember } from '../api/team.contract';
import type { TrainingSession, TrainingTotals } from '../api/training.contract';
import { TIER_LABELS } from '../core/program/catalog';
import { COMPONENT_STATUSES } from '../core/program/model';
import { ROADMAP_STEPS, STAGES } from '../core/program/rollout';
import { teamProgramLabel, teamRoleLabel } from '../core/program/training';
import { DATE_FORMAT, excelDate, table, type Column } from './sheets';
import { createWorkbook } from './workbook';

export interface ProgramWorkbookInput {
  readonly countyName: string;
  readonly model: readonly ModelComponent[];
  readonly plan: RolloutPlan;
  readonly team: readonly TeamMember[];
  readonly trainings: { sessions: readonly TrainingSession[]; totals: readonly TrainingTotals[] };
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
const LEAD: Record<string, string> = { calworks: 'CalWORKs', cws: 'CWS', joint: 'Joint' };
const TASK_STATUS: Record<RolloutTask['status'], string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  blocked: 'Blocked',
};
const labelOf = (list: readonly { id: string; label: string }[], id: string) =>
  list.find((item) => item.id === id)?.label ?? id;
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const HOURS = '0.00';
const PERCENT = '0%';

export function buildProgramWorkbook(input: ProgramWorkbookInput): ExcelJS.Workbook {
  const workbook = createWorkbook({
    title: 'Program model and rollout plan',
    countyName: input.countyName,
    period: null,
    appVersion: input.appVersion,
    generatedAt: input.generatedAt,
    notes: [
      `Overdue means not done and due before ${input.today}, the day the workbook was made.`,
      'The implementation team is listed by role label and contact notes only, as entered.',
      'Training hours are hours per session; attendee-hours are attendees × hours, summed.',
    ],
  });
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
  return workbook;
}

const modelColumns: Column<ModelComponent>[] = [
  { heading: 'Tier', value: (c) => tierLabel(c.tier), width: 14 },
  { heading: 'Component', value: (c) => c.name, width: 48 },
  { heading: 'Status', value: (c) => capitalized(c.status), width: 12 },
  { heading: 'Lead program', value: (c) => LEAD[c.leadProgram] ?? c.leadProgram },
  { heading: 'Start date', value: (c) => excelDate(c.startDate), numFmt: DATE_FORMAT, width: 12 },
  { heading: 'Target population (families)', value: (c) => c.targetPopulation },
  { heading: 'Status since', value: (c) => c.history.at(-1)?.changedAt.slice(0, 10) ?? null },
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
    { heading: 'Program', value: (t) => LEAD[t.program] ?? t.program },
    { heading: 'Start', value: (t) => excelDate(t.startDate), numFmt: DATE_FORMAT, width: 12 },
    { heading: 'Due', value: (t) => excelDate(t.dueDate), numFmt: DATE_FORMAT, width: 12 },
    { heading: 'Status', value: (t) => TASK_STATUS[t.status], width: 12 },
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

const stageColumns: Column<RolloutPlan['completion'][number]>[] = [
  { heading: 'Stage', value: (c) => labelOf(STAGES, c.stage), width: 24 },
  { heading: 'Tasks done', value: (c) => c.done },
  { heading: 'Tasks', value: (c) => c.total },
  // A fraction under a percent format, so Excel can compute with it.
  { heading: 'Complete', value: (c) => (c.total === 0 ? 0 : c.done / c.total), numFmt: PERCENT },
];

const teamColumns: Column<TeamMember>[] = [
  { heading: 'Role', value: (m) => teamRoleLabel(m.role), width: 24 },
  { heading: 'Program', value: (m) => teamProgramLabel(m.program) },
  { heading: 'Role label', value: (m) => m.roleLabel, width: 36 },
  { heading: 'Contact notes', value: (m) => m.contactNotes, width: 48 },
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

const totalColumns: Column<TrainingTotals>[] = [
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
