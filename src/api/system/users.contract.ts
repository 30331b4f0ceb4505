import { z } from 'zod';
import { ROLES } from '../../core/system/roles';
import type { ContractSlice } from '../contractTypes';
import { EVERYONE } from './roleGroups';

export const RoleGrantSchema = z.object({
  role: z.enum(ROLES),
  /** Null: every county. */
  countyId: z.number().int().positive().nullable(),
});

export const SignedInUser = z.object({
  userName: z.string(),
  displayName: z.string(),
  /** False in the single-user shells, where the one local user holds every role. */
  shared: z.boolean(),
  grants: z.array(RoleGrantSchema),
});
export type SignedInUser = z.infer<typeof SignedInUser>;

export const usersContract = {
  'system.whoAmI': {
    reads: ['users'],
    identifiers: 'none',
    roles: EVERYONE,
    summary: 'Who is signed in, and their roles by county: what the pages show and hide by.',
    input: z.strictObject({}),
    output: SignedInUser,
  },
} as const satisfies ContractSlice;
