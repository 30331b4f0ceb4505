import { z } from 'zod';
import { PASSWORD_MAX_LENGTH } from '../../core/system/passwordPolicy';
import { ROLES } from '../../core/system/roles';
import { SESSION_BOUNDS } from '../../core/system/sessionPolicy';
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
export type UserSummary = z.infer<typeof UserSummary>;

/** A user named by the Administration page: the name as listed (any case finds them). */
const UserName = z.string().trim().min(1, 'Choose a user.').max(64);

const Grants = z.array(RoleGrantSchema).min(1, 'Give the user at least one role.').max(200);

export const SessionPolicySchema = z.object({
  idleMinutes: z
    .number({ message: 'Give the idle minutes as a whole number.' })
    .int('Give the idle minutes as a whole number.'),
  absoluteHours: z
    .number({ message: 'Give the hours as a whole number.' })
    .int('Give the hours as a whole number.'),
});

export const SessionPolicyView = SessionPolicySchema.extend({
  /** The bounds the page shows beside the fields and the service checks. */
  bounds: z.object({
    idleMinutes: z.object({ min: z.number(), max: z.number() }),
    absoluteHours: z.object({ min: z.number(), max: z.number() }),
  }),
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
      grants: Grants,
    }),
    output: UserSummary,
  },
  'system.setUserDisabled': {
    changes: ['users'],
    identifiers: 'none',
    roles: ADMINISTRATION,
    summary:
      'Disables a user (signing them out everywhere) or enables them again; never the last enabled administrator.',
    input: z.strictObject({ userName: UserName, disabled: z.boolean() }),
    output: UserSummary,
  },
  'system.resetPassword': {
    changes: ['users'],
    identifiers: 'none',
    roles: ADMINISTRATION,
    summary: 'Gives a user a new password (the policy’s) and signs them out everywhere.',
    input: z.strictObject({
      userName: UserName,
      password: z.string().min(1, 'Type a new password.').max(PASSWORD_MAX_LENGTH),
    }),
    output: UserSummary,
  },
  'system.setUserRoles': {
    changes: ['users'],
    identifiers: 'none',
    roles: ADMINISTRATION,
    summary:
      'Replaces a user’s roles by county; never leaves the server without an enabled administrator.',
    input: z.strictObject({ userName: UserName, grants: Grants }),
    output: UserSummary,
  },
  'system.sessionPolicy': {
    reads: ['settings'],
    identifiers: 'none',
    roles: ADMINISTRATION,
    summary: 'How long sessions last on the shared server: idle minutes and hours in all.',
    input: z.strictObject({}),
    output: SessionPolicyView,
  },
  'system.setSessionPolicy': {
    changes: ['settings'],
    identifiers: 'none',
    roles: ADMINISTRATION,
    summary: `Sets how long sessions last: ${SESSION_BOUNDS.idleMinutes.min}–${SESSION_BOUNDS.idleMinutes.max} idle minutes, ${SESSION_BOUNDS.absoluteHours.min}–${SESSION_BOUNDS.absoluteHours.max} hours in all; open sessions follow it at their next call.`,
    input: SessionPolicySchema.strict(),
    output: SessionPolicyView,
  },
  'system.signOutOthers': {
    changes: ['users'],
    identifiers: 'none',
    roles: ADMINISTRATION,
    summary:
      'Signs everyone out but the administrator asking (before a restore); says how many sessions ended.',
    input: z.strictObject({}),
    output: z.object({ sessionsEnded: z.number().int().nonnegative() }),
  },
} as const satisfies ContractSlice;
