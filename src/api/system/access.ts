/**
 * The service's first question about every call: may this caller make it, in the county it
 * reaches? Asked before the input is validated, so a refusal says nothing about the records.
 */
import { effectiveGrants } from '../../core/system/roleGrants';
import type { z } from 'zod';
import { ROLE_LABELS, ROLES, rolesIn, type Role, type RoleGrant } from '../../core/system/roles';
import { findMutualFamily } from '../../db/cocase/plans';
import { findRun } from '../../db/matching/repository';
import { findRespondent, findRound } from '../../db/readiness/repository';
import type { Method } from '../contract';
import type { MethodSpec } from '../contractTypes';
import type { ServiceContext } from '../context';
import { Forbidden } from '../errors';

/** Who makes a call: a signed-in user of the shared server, or the one local user. */
export interface Caller {
  /** Null for the local user of a single-user shell. */
  readonly userId: number | null;
  /** How the audit trail names them. */
  readonly actor: string;
  readonly grants: readonly RoleGrant[];
  /**
   * The stored id (token hash) of the session the call came with, on the shared server: what
   * "sign everyone else out" keeps, and restoring asks to be the only one.
   */
  readonly sessionId?: string;
}

/** The single-user shells act as one local user with every role of every county (DESIGN.md). */
export function localCaller(actor: string): Caller {
  return { userId: null, actor, grants: ROLES.map((role) => ({ role, countyId: null })) };
}

type CountyOf = (ctx: ServiceContext, id: never) => number | undefined;

/**
 * The input fields that say which county a call reaches, in the order they are asked: a county's
 * id, or a record of one. A method's input names at most one of them at its top level.
 */
const LOCATORS: Readonly<Record<string, CountyOf>> = {
  countyId: (_ctx, id: number) => id,
  roundId: (ctx, id: number) => findRound(ctx.workbench.db, id)?.countyId,
  respondentId: (ctx, id: number) => {
    const respondent = findRespondent(ctx.workbench.db, id);
    return respondent && findRound(ctx.workbench.db, respondent.roundId)?.countyId;
  },
  familyId: (ctx, id: number) => findMutualFamily(ctx.workbench.db, id)?.countyId,
  runId: (ctx, id: number) => findRun(ctx.workbench.db, id)?.countyId,
  jobId: (ctx, id: string) => ctx.jobs.status(id)?.countyId,
};

/** The locating field of a method's input, if any (looking through a transform to its object). */
export function locatorOf(spec: MethodSpec): string | null {
  const shape = objectShape(spec.input);
  return Object.keys(LOCATORS).find((field) => shape !== null && field in shape) ?? null;
}

function objectShape(schema: z.ZodType): Record<string, unknown> | null {
  const def = (schema as unknown as { def: { type: string; shape?: object; in?: z.ZodType } }).def;
  if (def.type === 'object') return def.shape as Record<string, unknown>;
  if (def.type === 'pipe' && def.in) return objectShape(def.in);
  return null;
}

function usableId(field: string, value: unknown): boolean {
  if (field === 'jobId') return typeof value === 'string' && value.length > 0;
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

/**
 * Refuses the call (Forbidden) unless the caller holds one of the method's roles: in the county
 * its input reaches, or in any county for a method that reaches none. A record that does not
 * exist is left for the handler to say so. The service asks twice: on the raw input, so a refusal
 * comes before any word about the input, and on the validated one, which the handler gets.
 * Returns the county reached (countyReached), which the service's change notice goes to.
 */
export function authorize(
  ctx: ServiceContext,
  method: Method,
  spec: MethodSpec,
  caller: Caller,
  input: unknown,
): number | null | undefined {
  const grants = effectiveGrants(caller.grants);
  const anywhere = grants.some((grant) => spec.roles.includes(grant.role));
  if (!anywhere) throw new Forbidden(refusal(method, spec.roles, false));
  const countyId = countyReached(ctx, spec, input);
  if (countyId === null || countyId === undefined) return countyId;
  const held = rolesIn(grants, countyId);
  if (!spec.roles.some((role) => held.has(role))) {
    throw new Forbidden(refusal(method, spec.roles, true));
  }
  return countyId;
}

/**
 * The county a call reaches, by its locating field: null for a method that reaches none;
 * undefined when it cannot be told (no usable id, no such record). The service authorizes by it
 * and, asked before the handler runs (a delete leaves nothing to look up after), sends a change
 * notice to that county's pages; an untold county's notice is not sent rather than sent to all.
 */
function countyReached(
  ctx: ServiceContext,
  spec: MethodSpec,
  input: unknown,
): number | null | undefined {
  const field = locatorOf(spec);
  if (field === null) return null;
  if (typeof input !== 'object' || input === null) return undefined;
  const value = (input as Record<string, unknown>)[field];
  if (!usableId(field, value)) return undefined;
  return (LOCATORS[field] as (ctx: ServiceContext, id: unknown) => number | undefined)(ctx, value);
}

function refusal(method: Method, roles: readonly Role[], inCounty: boolean): string {
  const who = roles.map((role) => ROLE_LABELS[role]).join(', ');
  const where = inCounty ? ' in this county' : '';
  return `You may not do this (${method}): it is for ${who}, and you do not hold that role${where}.`;
}
