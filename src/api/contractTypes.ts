import type { z } from 'zod';
import type { Role } from '../core/system/roles';
import type { JobKind } from './jobs/jobTypes';

/**
 * The data the Workbench keeps, by name. Each method says which of them it reads or changes, so the
 * client refreshes every view of what a call changed without a list kept by hand on each page.
 */
export const DATA_NAMES = [
  'workspace',
  'settings',
  'backups',
  'readiness',
  'programModel',
  'rollout',
  'team',
  'trainings',
  'fiscalReference',
  'budgets',
  'ledger',
  'rollups',
  'extracts',
  /** Named column mappings of person extracts (matching.layouts). */
  'extractLayouts',
  'matchRuns',
  'families',
  'logicModel',
  'jobs',
  'users',
  'reveals',
] as const;
export type DataName = (typeof DATA_NAMES)[number];

/** Everything: what a restore from backup changes. */
export const ALL_DATA: readonly DataName[] = DATA_NAMES;

/** What undo reaches: the data of its scopes (model, plan, team, training, fiscal). */
export const UNDOABLE_DATA = [
  'programModel',
  'rollout',
  'team',
  'trainings',
  'fiscalReference',
  'budgets',
  'ledger',
] as const satisfies readonly DataName[];

/** A county's own records, all of which its report package sums up. */
export const COUNTY_DATA = [
  'readiness',
  ...UNDOABLE_DATA,
  'matchRuns',
  'families',
] as const satisfies readonly DataName[];

/**
 * Whether a method returns identifiers of people (names, dates of birth, SSNs): never, always (the
 * review screen, a family's names on request), or only when its input asks for them.
 */
export type Identifiers = 'none' | 'always' | 'onRequest';

interface MethodBase {
  readonly input: z.ZodType;
  readonly output: z.ZodType;
  /** What the method does, in words a coordinator would understand. */
  readonly summary: string;
  readonly identifiers: Identifiers;
  /**
   * Who may call it on the shared server (src/api/system/roleGroups.ts): the service refuses
   * anyone else before the handler runs. Single-user shells act with every role.
   */
  readonly roles: readonly Role[];
}

/** A query: changes nothing; `reads` is what a change must refresh it after. */
export interface QuerySpec extends MethodBase {
  readonly reads: readonly DataName[];
  readonly changes?: never;
}

/** A change. When it starts a job, the data changes when the job ends, not when it starts. */
export interface ChangeSpec extends MethodBase {
  readonly changes: readonly DataName[];
  readonly reads?: never;
  readonly job?: JobKind;
}

/** One API method: what it takes and gives (zod schemas), what it reads or changes. */
export type MethodSpec = QuerySpec | ChangeSpec;

export type ContractSlice = Record<string, MethodSpec>;
