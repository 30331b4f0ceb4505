import { z } from 'zod';
import { ROLES } from '../../core/system/roles';
import type { ContractSlice } from '../contractTypes';
import { ADMINISTRATION, EVERYONE } from './roleGroups';

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

export const UserSummary = z.object({
  userName: z.string(),
  displayName: z.string(),
  disabled: z.boolean(),
  hasPassword: z.boolean(),
  /** Linked to an account at the county's identity provider. */
  identityProvider: z.boolean(),
  grants: z.array(RoleGrantSchema),
});

export const usersContract = {
  'system.whoAmI': {
    reads: ['users'],
    identifiers: 'none',
    roles: EVERYONE,
    summary: 'Who is signed in, and their roles by county: what the pages show and hide by.',
    input: z.strictObject({}),
    output: SignedInUser,
  },
  'system.users': {
    reads: ['users'],
    identifiers: 'none',
    roles: ADMINISTRATION,
    summary: 'The shared server’s users and their roles by county (never a password).',
    input: z.strictObject({}),
    output: z.array(UserSummary),
  },
  'system.addUser': {
    changes: ['users'],
    identifiers: 'none',
    roles: ADMINISTRATION,
    summary:
      'Adds a user of the shared server with a first password (the policy’s) and their roles by county.',
    input: z.strictObject({
      userName: z.string().trim().min(1, 'Type a user name.').max(64),
      displayName: z.string().trim().max(100).default(''),
      password: z.string().min(1, 'Type a first password.').max(256),
      grants: z.array(RoleGrantSchema).min(1, 'Give the user at least one role.').max(200),
    }),
    output: UserSummary,
  },
} as const satisfies ContractSlice;
