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

/** Staff, not family members: their names are not identifiers of people. */
export const CaseloadWorker = z.object({
  userName: z.string(),
  displayName: z.string(),
  programs: z.array(CaseloadProgram),
});

export const caseloadContract = {
  'cocase.caseload': {
    reads: ['families', 'users'],
    identifiers: 'none',
    roles: CASEWORK_READ,
    summary:
      'Which CalWORKs and CWS worker has which mutual family (by case numbers); only your own with "mine", one family’s with its id.',
    input: z.strictObject({
      countyId: Id,
      mine: z.boolean().default(false),
      /** One family's workers, for its page. */
      familyId: Id.optional(),
    }),
    output: z.array(CaseloadEntry),
  },
  'cocase.workers': {
    reads: ['users'],
    identifiers: 'none',
    roles: CASELOAD_ASSIGN,
    summary:
      'The county’s CalWORKs and CWS staff who can sign in, to choose from when assigning a family.',
    input: z.strictObject({ countyId: Id }),
    output: z.array(CaseloadWorker),
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
