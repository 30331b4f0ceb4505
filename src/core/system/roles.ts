/**
 * Who may do what on the shared server (DESIGN.md, "Users and roles"). A user holds roles per
 * county, several at once; administrator and oversight may also be held for every county.
 */
export const ROLES = [
  'coordinator',
  'fiscal',
  'calworks',
  'cws',
  'analyst',
  'supervisor',
  'oversight',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  coordinator: 'Coordinator',
  fiscal: 'Fiscal staff',
  calworks: 'CalWORKs staff',
  cws: 'CWS staff',
  analyst: 'Analyst',
  supervisor: 'Supervisor',
  oversight: 'Oversight committee',
  administrator: 'Administrator',
};

/** One role held in one county, or in every county when `countyId` is null. */
export interface RoleGrant {
  readonly role: Role;
  readonly countyId: number | null;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** The roles a user holds in this county (grants for every county included). */
export function rolesIn(grants: readonly RoleGrant[], countyId: number): Set<Role> {
  return new Set(
    grants
      .filter((grant) => grant.countyId === null || grant.countyId === countyId)
      .map((grant) => grant.role),
  );
}

/** Whether the user holds any grant in this county: the counties a user sees. */
export function belongsTo(grants: readonly RoleGrant[], countyId: number): boolean {
  return rolesIn(grants, countyId).size > 0;
}

/** The programs whose caseloads a user may hold in the county (issue 24: CalWORKs and CWS). */
export function caseloadProgramsIn(
  grants: readonly RoleGrant[],
  countyId: number,
): ('calworks' | 'cws')[] {
  const roles = rolesIn(grants, countyId);
  return (['calworks', 'cws'] as const).filter((program) => roles.has(program));
}
