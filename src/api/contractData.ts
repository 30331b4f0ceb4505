/**
 * What the contract says each method reads or changes, whether it returns identifiers and who may
 * call it, apart from its zod schemas: the renderer gets this map at build time
 * (vite.renderer.config.ts) and refreshes and hides by it, without shipping the schemas.
 */
import type { Role } from '../core/system/roles';
import type { Method } from './contract';
import type { DataName, Identifiers, MethodSpec } from './contractTypes';
import type { JobKind } from './jobs/jobTypes';

export interface MethodData {
  readonly reads?: readonly DataName[];
  readonly changes?: readonly DataName[];
  readonly job?: JobKind;
  readonly identifiers: Identifiers;
  /** Who may call it: the pages hide or disable what the signed-in user's roles cannot do. */
  readonly roles: readonly Role[];
}

export type ContractData = Readonly<Record<Method, MethodData>>;

export function dataOf(contract: Readonly<Record<Method, MethodSpec>>): ContractData {
  const data = {} as Record<Method, MethodData>;
  for (const method of Object.keys(contract) as Method[]) {
    const { reads, changes, identifiers, roles } = contract[method];
    const job = contract[method].changes ? contract[method].job : undefined;
    data[method] = {
      identifiers,
      roles,
      ...(reads && { reads }),
      ...(changes && { changes }),
      ...(job && { job }),
    };
  }
  return data;
}

/** The queries that read any of the data a change touches: what to refresh once it succeeded. */
export function queriesReading(data: ContractData, changed: readonly DataName[]): Method[] {
  return (Object.keys(data) as Method[]).filter(
    (method) => data[method].reads?.some((name) => changed.includes(name)) ?? false,
  );
}

/** What a successful call of `method` changed. A job's start changes nothing yet: its end does. */
export function dataChangedBy(data: ContractData, method: Method): readonly DataName[] {
  const { changes, job } = data[method];
  return changes !== undefined && job === undefined ? changes : [];
}

/** What a job changed once it ended well: what the method that starts that kind declares. */
export function dataChangedByJob(data: ContractData, kind: JobKind): readonly DataName[] {
  return Object.values(data).find((spec) => spec.job === kind)?.changes ?? [];
}
