import { z } from 'zod';
import { cocasePlansContract } from './plans.contract';
import type { ContractSlice } from '../contractTypes';
import { IsoDay } from '../dates.contract';
import { ExportFile } from '../files.contract';
import { CASEWORK_READ, EVALUATION_READ } from '../system/roleGroups';

const Id = z.number().int().positive();

export const cocaseExportContract = {
  'cocase.exportWorklists': {
    reads: ['families'],
    identifiers: 'none',
    roles: CASEWORK_READ,
    summary:
      'The co-case worklists as a workbook (reviews due or overdue, families without a coordinated plan, open barriers): case numbers only, never names.',
    input: cocasePlansContract['cocase.worklists'].input,
    output: ExportFile,
  },
  'cocase.exportEvaluation': {
    reads: ['families', 'logicModel'],
    identifiers: 'none',
    roles: EVALUATION_READ,
    summary:
      'The evaluation workbook: every indicator per SFY and quarter for Linkages and the comparison group, numerators and denominators, cells under 11 as “<11”, and the logic model.',
    input: z.strictObject({ countyId: Id, asOf: IsoDay.optional() }),
    output: ExportFile,
  },
} satisfies ContractSlice;
