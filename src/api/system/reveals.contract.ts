import { z } from 'zod';
import type { ContractSlice } from '../contractTypes';
import { PRIVACY_REVIEW } from './roleGroups';

export const IdentifierRevealRecord = z.object({
  at: z.string(),
  /** Who saw them: a user name, or the local account of a single-user Workbench. */
  actor: z.string(),
  method: z.string(),
  runId: z.number().int().nullable(),
  /** The family by its case numbers (no names); empty for a whole run (review, export). */
  calworksCase: z.string(),
  cwsCase: z.string(),
  purpose: z.string(),
});

export const revealsContract = {
  'system.identifierReveals': {
    reads: ['reveals'],
    identifiers: 'none',
    roles: PRIVACY_REVIEW,
    summary:
      'Who saw identifiers of people, when, for which family and why: the county privacy officer’s report.',
    input: z.strictObject({
      countyId: z.number().int().positive(),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    output: z.array(IdentifierRevealRecord),
  },
} as const satisfies ContractSlice;
