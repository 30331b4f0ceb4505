/**
 * Grants as an administrator writes them: "cws:Sonoma", "calworks:06073", "oversight". Pure, so
 * `npm run users` and the Administration page read and show them the same way.
 */
import { isRole, ROLE_LABELS, ROLES, type Role, type RoleGrant } from './roles';

/**
 * Only these may be held for every county: oversight reads aggregates across counties, and an
 * administrator keeps the server's users. Everyone else works in named counties (issue 24).
 */
export const EVERY_COUNTY_ROLES: readonly Role[] = ['administrator', 'oversight'];

/**
 * Held only for every county: the administrator's users, sessions, backups and restore are the
 * whole server's, so one "administrator of Sonoma" would in fact hold every county.
 */
export const SERVER_WIDE_ROLES: readonly Role[] = ['administrator'];

/**
 * The grants a user acts by: a server-wide role named for one county (written before the rule) is
 * not held at all, rather than held everywhere.
 */
export function effectiveGrants(grants: readonly RoleGrant[]): RoleGrant[] {
  return grants.filter(
    (grant) => grant.countyId === null || !SERVER_WIDE_ROLES.includes(grant.role),
  );
}

/** Why a grant cannot be given, or null: the county-only and server-wide rules. */
export function grantProblem(grant: RoleGrant): string | null {
  if (grant.countyId === null && !EVERY_COUNTY_ROLES.includes(grant.role)) {
    return `${ROLE_LABELS[grant.role]} is held in a county; only administrators and the oversight committee may hold a role for every county.`;
  }
  if (grant.countyId !== null && SERVER_WIDE_ROLES.includes(grant.role)) {
    return `${ROLE_LABELS[grant.role]} is held for every county, not in one: it keeps the whole server’s users and data.`;
  }
  return null;
}

export interface CountyName {
  readonly id: number;
  readonly name: string;
  readonly fips: string;
}

/** A grant read from "ROLE[:COUNTY]", or the problem with it in plain words. */
export type ParsedGrant = { grant: RoleGrant } | { problem: string };

/** COUNTY is a county's name in any case ("san diego") or its 5-digit FIPS code ("06073"). */
export function parseGrant(text: string, counties: readonly CountyName[]): ParsedGrant {
  const colon = text.indexOf(':');
  const roleText = (colon < 0 ? text : text.slice(0, colon)).trim().toLowerCase();
  const countyText = colon < 0 ? null : text.slice(colon + 1).trim();
  if (!isRole(roleText)) {
    return { problem: `"${roleText}" is not a role; the roles are ${ROLES.join(', ')}.` };
  }
  if (countyText === null || countyText === '') {
    if (EVERY_COUNTY_ROLES.includes(roleText)) return { grant: { role: roleText, countyId: null } };
    return {
      problem: `The ${roleText} role is held in a county: write ${roleText}:COUNTY (a county's name or FIPS code). Only ${EVERY_COUNTY_ROLES.join(' and ')} may be held for every county.`,
    };
  }
  const wanted = countyText.toLowerCase();
  const county = counties.find((c) => c.fips === countyText || c.name.toLowerCase() === wanted);
  if (!county) {
    return {
      problem: `"${countyText}" is not a California county; give its name (e.g. Alameda, "San Diego") or its FIPS code (e.g. 06001).`,
    };
  }
  const grant = { role: roleText, countyId: county.id };
  const problem = grantProblem(grant);
  return problem === null ? { grant } : { problem };
}

/** "cws:Sonoma", "administrator": a grant as it is typed. */
export function grantText(grant: RoleGrant, counties: readonly CountyName[]): string {
  if (grant.countyId === null) return grant.role;
  const county = counties.find((c) => c.id === grant.countyId);
  return `${grant.role}:${county?.name ?? `county ${grant.countyId}`}`;
}

/** The same grant twice is said once; the store would refuse the second. */
export function withoutRepeats(grants: readonly RoleGrant[]): RoleGrant[] {
  const seen = new Set<string>();
  return grants.filter((grant) => {
    const key = `${grant.role}:${grant.countyId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
