import { z } from 'zod';
import { IsoDayOrNull } from '../dates.contract';
import { LeadProgram } from '../../core/program/catalog';
import { ROADMAP_STEPS, STAGES } from '../../core/program/rollout';
import type { ContractSlice } from '../contractTypes';
import { RecordVersion, SavedVersion } from '../recordVersion';
import { PLANNING_READ, PLANNING_WRITE } from '../system/roleGroups';

const Id = z.number().int().positive();
const DateOrNull = IsoDayOrNull;
const Stage = z.enum(STAGES.map((s) => s.id) as [string, ...string[]]);
const RoadmapStep = z.enum(ROADMAP_STEPS.map((s) => s.id) as [string, ...string[]]);
const TaskStatus = z.enum(['not-started', 'in-progress', 'done', 'blocked']);

export const RolloutTask = z.object({
  id: Id,
  title: z.string(),
  roadmapStep: z.string(),
  stage: z.string(),
  ownerRole: z.string(),
  program: LeadProgram,
  startDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  status: TaskStatus,
  componentId: z.string().nullable(),
  notes: z.string(),
  dependsOn: z.array(Id),
  version: RecordVersion,
});
export type RolloutTask = z.infer<typeof RolloutTask>;

export const RolloutPlan = z.object({
  tasks: z.array(RolloutTask),
  completion: z.array(
    z.object({
      stage: z.string(),
      done: z.number().int(),
      total: z.number().int(),
      percent: z.number().int(),
    }),
  ),
  overdue: z.array(Id),
  dueSoon: z.array(Id),
  /** Dependency warnings standing in the plan as it is. */
  warnings: z.array(z.object({ taskId: Id, message: z.string() })),
});
export type RolloutPlan = z.infer<typeof RolloutPlan>;

export const rolloutContract = {
  'program.getPlan': {
    reads: ['rollout'],
    identifiers: 'none',
    roles: PLANNING_READ,
    summary: "A county's rollout plan: tasks, completion per stage, what is overdue or due soon.",
    input: z.object({ countyId: Id, today: DateOrNull }).strict(),
    output: RolloutPlan,
  },
  'program.saveTask': {
    changes: ['rollout'],
    identifiers: 'none',
    roles: PLANNING_WRITE,
    summary: 'Add a task (no id) or change one. A broken dependency needs confirmWarnings.',
    input: z
      .object({
        countyId: Id,
        id: Id.nullable().default(null),
        version: SavedVersion,
        title: z.string().trim().min(1, 'Give the task a title.').max(200),
        roadmapStep: RoadmapStep,
        stage: Stage,
        ownerRole: z.string().trim().max(80).default(''),
        program: LeadProgram,
        startDate: DateOrNull,
        dueDate: DateOrNull,
        status: TaskStatus.default('not-started'),
        componentId: z.string().max(48).nullable().default(null),
        notes: z.string().max(4000).default(''),
        dependsOn: z
          .array(Id)
          .max(100)
          .refine(
            (ids) => new Set(ids).size === ids.length,
            'A task is listed twice under Depends on.',
          )
          .default([]),
        confirmWarnings: z.boolean().default(false),
      })
      .strict(),
    output: RolloutTask,
  },
  'program.deleteTask': {
    changes: ['rollout'],
    identifiers: 'none',
    roles: PLANNING_WRITE,
    summary: 'Delete a task; when others depend on it, only with confirmDependents.',
    input: z
      .object({ countyId: Id, id: Id, confirmDependents: z.boolean().default(false) })
      .strict(),
    output: z.object({ deleted: z.literal(true) }),
  },
} as const satisfies ContractSlice;
