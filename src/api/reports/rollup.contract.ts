import { z } from 'zod';
import { type ContractSlice } from '../contractTypes';
import { Rollup, RollupView } from '../../core/reports/rollupView';
import { ExportFile, uploadedFile } from '../files.contract';
import { ROLLUP } from '../system/roleGroups';

export { Rollup, RollupView };

const Id = z.number().int().positive();
const SfyYear = z.number().int().min(2000).max(2099);
const CountyRef = z.object({ fips: z.string(), name: z.string() });

const Sent = z.object({ fileName: z.string(), generatedAt: z.string() });

export const AddPackageResult = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('accepted'), county: CountyRef, replaced: z.boolean() }),
  z.object({ outcome: z.literal('refused'), reason: z.string() }),
  /** The roll-up has this county's package already: the committee chooses which stands. */
  z.object({ outcome: z.literal('choose'), county: CountyRef, existing: Sent, incoming: Sent }),
]);
export type AddPackageResult = z.infer<typeof AddPackageResult>;

export const rollupContract = {
  'reports.listRollups': {
    reads: ['rollups'],
    identifiers: 'none',
    roles: ROLLUP,
    summary: 'The statewide roll-ups kept in the Workbench, with how many counties each holds.',
    input: z.object({}).strict(),
    output: z.array(Rollup),
  },
  'reports.createRollup': {
    changes: ['rollups'],
    identifiers: 'none',
    roles: ROLLUP,
    summary: 'Start a roll-up for an SFY, to which county packages are added.',
    input: z
      .object({
        name: z.string().trim().min(1, 'Give the roll-up a name.').max(100),
        sfyStartYear: SfyYear,
      })
      .strict(),
    output: Rollup,
  },
  'reports.deleteRollup': {
    changes: ['rollups'],
    identifiers: 'none',
    roles: ROLLUP,
    summary: 'Remove a roll-up and the packages it holds (the county files are untouched).',
    input: z.object({ rollupId: Id }).strict(),
    output: z.object({ deleted: z.literal(true) }),
  },
  'reports.addPackage': {
    changes: ['rollups'],
    identifiers: 'none',
    roles: ROLLUP,
    summary:
      "Add one county package file to a roll-up: accepted, refused with the reason (nothing stored), or 'choose' when the county is in already; replace: true makes the new one stand.",
    input: uploadedFile(5)
      .extend({ rollupId: Id, replace: z.boolean().default(false) })
      .strict(),
    output: AddPackageResult,
  },
  'reports.removePackage': {
    changes: ['rollups'],
    identifiers: 'none',
    roles: ROLLUP,
    summary: "Take a county's package out of a roll-up.",
    input: z.object({ rollupId: Id, countyId: Id }).strict(),
    output: z.object({ removed: z.literal(true) }),
  },
  'reports.rollupView': {
    reads: ['rollups'],
    identifiers: 'none',
    roles: ROLLUP,
    summary:
      'A roll-up: one row per county, statewide totals and medians, by tier and stream, and the counties missing.',
    input: z.object({ rollupId: Id }).strict(),
    output: RollupView,
  },
  'reports.exportRollup': {
    reads: ['rollups'],
    identifiers: 'none',
    roles: ROLLUP,
    summary:
      'The roll-up workbook: statewide summary, one row per county, per tier and stream, missing counties.',
    input: z.object({ rollupId: Id }).strict(),
    output: ExportFile,
  },
} as const satisfies ContractSlice;
