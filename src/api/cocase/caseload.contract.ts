import { z } from 'zod';
import type { ContractSlice } from '../contractTypes';
import { CASELOAD_ASSIGN, CASEWORK_READ } from '../system/roleGroups';

const Id = z.number().int().positive();
export const CaseloadProgram = z.enum(['calworks', 'cws']);

export const CaseloadEntry = z.object({
  familyId: Id,
  calworksCase: z.string(),
  cwsCase: z.string(),
  program: CaseloadProgram,
  /** A county staff member (not a family member): the worker's user name and display name. */
  userName: z.string(),
  displayName: z.string(),
  assignedAt: z.string(),
  assignedBy: z.string(),
});

export const caseloadContract = {
  'cocase.caseload': {
    reads: ['families', 'users'],
    identifiers: 'none',
    roles: CASEWORK_READ,
    summary:
      'Which CalWORKs and CWS worker has which mutual family (by case numbers); only your own with "mine".',
    input: z.strictObject({ countyId: Id, mine: z.boolean().default(false) }),
    output: z.array(CaseloadEntry),
  },
  'cocase.assignWorker': {
    changes: ['families'],
    identifiers: 'none',
    roles: CASELOAD_ASSIGN,
    summary:
      'Puts the families with this case number (on the worker’s side) on a CalWORKs or CWS worker’s caseload, in place of whoever had them.',
    input: z.strictObject({
      countyId: Id,
      program: CaseloadProgram,
      caseNumber: z.string().trim().min(1, 'Type the case number.').max(60),
      userName: z.string().trim().min(1, 'Choose the worker.').max(64),
    }),
    output: z.object({ assigned: z.number().int() }),
  },
  'cocase.unassignWorker': {
    changes: ['families'],
    identifiers: 'none',
    roles: CASELOAD_ASSIGN,
    summary: 'Takes a family off its CalWORKs or CWS worker’s caseload.',
    input: z.strictObject({ familyId: Id, program: CaseloadProgram }),
    output: z.object({ ended: z.boolean() }),
  },
} as const satisfies ContractSlice;
