import { z } from 'zod';
import { IsoDayOrNull } from '../dates.contract';
import { ComponentCatalog, LeadProgram, Tier } from '../../core/program/catalog';
import { ComponentStatus } from '../../core/program/model';
import type { ContractSlice } from '../contractTypes';
import { ExportFile } from '../files.contract';
import { RecordVersion, SavedVersion } from '../recordVersion';
import { PLANNING_READ, PLANNING_WRITE } from '../system/roleGroups';

const Id = z.number().int().positive();

export const ModelComponent = z.object({
  componentId: z.string(),
  name: z.string(),
  tier: z.union([Tier, z.literal('cross-cutting')]),
  status: ComponentStatus,
  leadProgram: LeadProgram,
  startDate: z.string().nullable(),
  targetPopulation: z.number().int().nonnegative().nullable(),
  notes: z.string(),
  history: z.array(
    z.object({
      status: ComponentStatus,
      changedAt: z.string(),
      actor: z.string(),
      reason: z.string(),
    }),
  ),
  version: RecordVersion,
});
export type ModelComponent = z.infer<typeof ModelComponent>;

export const ProgramModel = z.object({
  components: z.array(ModelComponent),
  /** What the latest answered readiness round proposes that the model does not have yet. */
  recommendation: z
    .object({
      roundId: Id,
      roundTitle: z.string(),
      heldOn: z.string(),
      proposals: z.array(
        z.object({
          componentId: z.string(),
          name: z.string(),
          tier: z.union([Tier, z.literal('cross-cutting')]),
          status: ComponentStatus,
          reasons: z.array(z.string()),
        }),
      ),
    })
    .nullable(),
});
export type ProgramModel = z.infer<typeof ProgramModel>;

export const programContract = {
  'program.catalog': {
    reads: [],
    identifiers: 'none',
    roles: PLANNING_READ,
    summary: 'The component catalog: what counties run in each prevention tier.',
    input: z.object({}).strict(),
    output: ComponentCatalog,
  },
  'program.getModel': {
    reads: ['programModel', 'readiness'],
    identifiers: 'none',
    roles: PLANNING_READ,
    summary: "A county's program model with each component's history, and what readiness proposes.",
    input: z.object({ countyId: Id }).strict(),
    output: ProgramModel,
  },
  'program.exportWorkbook': {
    reads: ['programModel', 'rollout', 'team', 'trainings'],
    identifiers: 'none',
    roles: PLANNING_READ,
    summary:
      'The program workbook: model by tier and status, rollout plan, team and training totals.',
    input: z.object({ countyId: Id }).strict(),
    output: ExportFile,
  },
  'program.acceptRecommendation': {
    changes: ['programModel'],
    identifiers: 'none',
    roles: PLANNING_WRITE,
    summary:
      "Add what a readiness round's recommendation proposes, with its reasons, to the model.",
    input: z.object({ countyId: Id, roundId: Id }).strict(),
    output: ProgramModel,
  },
  'program.setComponent': {
    changes: ['programModel'],
    identifiers: 'none',
    roles: PLANNING_WRITE,
    summary: 'Add a component to the model or change its status, lead, start date, size or notes.',
    input: z
      .object({
        countyId: Id,
        componentId: z.string().max(48),
        /** Null when adding the component to the model. */
        version: SavedVersion,
        status: ComponentStatus,
        leadProgram: LeadProgram,
        startDate: IsoDayOrNull,
        targetPopulation: z
          .number()
          .int('The target population is a whole number of families.')
          .min(0, 'The target population cannot be negative.')
          .max(10_000_000)
          .nullable()
          .default(null),
        notes: z.string().max(4000).default(''),
        /** Why the status changed, kept in its history. */
        reason: z.string().max(500).default(''),
      })
      .strict(),
    output: ModelComponent,
  },
} as const satisfies ContractSlice;
