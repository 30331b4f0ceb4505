import { z } from 'zod';
import type { ContractSlice } from '../contractTypes';
import { IsoDay } from '../dates.contract';
import { uploadedFile } from '../files.contract';
import { RecordVersion } from '../recordVersion';
import { CASEWORK_READ, EVALUATION_READ, FAMILY_INTAKE } from '../system/roleGroups';

const Id = z.number().int().positive();
const Group = z.enum(['linkages', 'comparison']);

export const MutualFamilyRecord = z.object({
  familyId: Id,
  calworksCase: z.string(),
  cwsCase: z.string(),
  tier: z.enum(['secondary', 'tertiary']),
  group: Group,
  startDate: z.string(),
  endDate: z.string().nullable(),
  calworksWorker: z.string(),
  cwsWorker: z.string(),
  matchRunId: Id.nullable(),
  version: RecordVersion,
});

const RateCell = z.object({
  numerator: z.number().int().nullable(),
  denominator: z.number().int().nullable(),
  rate: z.number().nullable(),
  suppressed: z.boolean(),
});

/** An outcomes file of up to 50 MB (a few hundred thousand events). */
const OUTCOMES_FILE_MAX_MB = 50;

export const cocaseContract = {
  'cocase.families': {
    reads: ['families'],
    identifiers: 'none',
    roles: CASEWORK_READ,
    summary: 'The county’s mutual family records: case numbers (no names), tier, group and dates.',
    input: z.strictObject({ countyId: Id }),
    output: z.array(MutualFamilyRecord),
  },
  'cocase.addFromRun': {
    changes: ['families'],
    identifiers: 'none',
    roles: FAMILY_INTAKE,
    summary:
      'Records a match run’s family pairs as mutual families (served by Linkages, or as the comparison group) from a start date; pairs recorded already are left as they are.',
    input: z.strictObject({
      countyId: Id,
      runId: Id,
      group: Group.default('linkages'),
      startDate: IsoDay,
    }),
    output: z.object({ added: z.number().int(), alreadyRecorded: z.number().int() }),
  },
  'cocase.importOutcomes': {
    changes: ['families'],
    identifiers: 'none',
    roles: FAMILY_INTAKE,
    summary:
      'Imports outcome events (calworks_case, cws_case, outcome, date) for recorded mutual families: all rows or none, every problem by row and column.',
    input: uploadedFile(OUTCOMES_FILE_MAX_MB).extend({ countyId: Id }).strict(),
    output: z.object({ imported: z.number().int() }),
  },
  'cocase.evaluation': {
    reads: ['families'],
    identifiers: 'none',
    roles: EVALUATION_READ,
    summary:
      'The evaluation indicators per SFY and quarter for Linkages and the comparison group, with their numerators and denominators, cells under 11 suppressed and the difference in points.',
    input: z.strictObject({ countyId: Id, asOf: IsoDay.optional() }),
    output: z.object({
      asOf: z.string(),
      smallCell: z.number().int(),
      families: z.object({ linkages: z.number().int(), comparison: z.number().int() }),
      figures: z.array(
        z.object({
          indicatorId: z.string(),
          label: z.string(),
          program: z.enum(['cws', 'calworks']),
          better: z.enum(['higher', 'lower']),
          numeratorText: z.string(),
          denominatorText: z.string(),
          period: z.string(),
          periodKind: z.enum(['quarter', 'sfy']),
          followUpComplete: z.boolean(),
          linkages: RateCell,
          comparison: RateCell,
          differencePoints: z.number().nullable(),
        }),
      ),
    }),
  },
} satisfies ContractSlice;
